using System.Numerics;
using Nacre.Core;

namespace Nacre.Rendering.Models;

/// <summary>
/// Which plant model a crop or flower is drawn with, from the world's <see cref="Planting"/> and where it grows. A
/// patchwork's fields are 48 m blocks, each one crop; tulips grow in bands of three rows of one colour.
/// </summary>
internal static class PlantNames
{
    /// <summary>Side of one field of a patchwork (m).</summary>
    public const float FieldSize = 48f;

    /// <summary>Rows of one colour in a tulip field.</summary>
    public const int RowsPerBand = 3;

    public static readonly string[] Tulips = ["tulips red", "tulips yellow", "tulips pink", "tulips white", "tulips orange", "tulips purple"];

    public static readonly string[] WildFlowers = ["wild flowers yellow", "wild flowers white", "wild flowers blue", "wild flowers pink", "wild flowers red"];

    private static readonly ulong FieldSalt = StableHash.Of("planting.field");
    private static readonly ulong BandSalt = StableHash.Of("planting.band");

    public static string Crop(CropKind kind, Vector3 at) => (kind == CropKind.Mixed ? FieldCrop(at) : kind) switch
    {
        CropKind.Vines => "vines",
        CropKind.Maize => "maize",
        CropKind.Sunflowers => "sunflowers",
        CropKind.Lavender => "lavender",
        _ => "wheat",
    };

    public static string Flower(FlowerKind kind, Vector3 at, byte variant) => kind switch
    {
        FlowerKind.Tulips => Tulips[Band(at) % (ulong)Tulips.Length],
        FlowerKind.Sunflowers => "sunflowers",
        FlowerKind.Lavender => "lavender",
        FlowerKind.Poppies => "wild flowers red",
        _ => WildFlowers[variant % WildFlowers.Length],
    };

    /// <summary>A patchwork field's crop: wheat most often, then vines, maize, sunflowers and lavender.</summary>
    private static CropKind FieldCrop(Vector3 at)
    {
        float u = StableHash.ToUnitFloat(StableHash.Combine(FieldSalt, (int)MathF.Floor(at.X / FieldSize), (int)MathF.Floor(at.Z / FieldSize)));
        return u < 0.4f ? CropKind.Wheat : u < 0.55f ? CropKind.Vines : u < 0.7f ? CropKind.Maize : u < 0.85f ? CropKind.Sunflowers : CropKind.Lavender;
    }

    private static ulong Band(Vector3 at)
    {
        int band = (int)MathF.Floor(RowPlanting.RowOf(at.X) / (float)RowsPerBand);
        return StableHash.Combine(BandSalt, band, (int)MathF.Floor(at.Z / FieldSize));
    }
}
