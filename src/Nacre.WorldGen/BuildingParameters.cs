using Nacre.Core;

namespace Nacre.WorldGen;

/// <summary>The shape of a building's roof.</summary>
public enum RoofKind : byte { Gable, Hip, Flat, Mansard }

/// <summary>
/// How a house, cottage or shop is built, packed into its <see cref="PlacedObject.Variant"/> byte so the renderer can
/// build its model from what the generator decided (generator v2 chooses them per building, so a town is not copies
/// of one house). The footprint is the object's <see cref="PlacedObject.HalfExtents"/> and the wall material its
/// <see cref="PlacedObject.Material"/> and tint; this type carries the rest.
/// <para>Encoding: bits 0–1 the <see cref="RoofKind"/>, bits 2–3 the storeys minus one (1–4), bits 4–7 free for
/// small details (chimney, shutters) a renderer may read. A renderer that keeps 16 models per label in the order of
/// the low four bits can pick one by <c>variant % 16</c>. Generator v1 wrote random variant bytes; they decode to
/// some valid set of parameters, so v1 buildings draw as one of the same models.</para>
/// </summary>
/// <param name="Roof">Roof shape.</param>
/// <param name="Storeys">Floors above ground, 1–4.</param>
/// <param name="Detail">Free bits for small details, 0–15.</param>
public readonly record struct BuildingParameters(RoofKind Roof, int Storeys, int Detail)
{
    /// <summary>Number of distinct (roof, storeys) models a label needs: the low four bits of the variant.</summary>
    public const int ModelCount = 16;

    /// <summary>Height of one storey, metres.</summary>
    public const float StoreyHeight = 2.8f;

    /// <summary>Labels whose variant byte holds building parameters.</summary>
    public static bool AppliesTo(SemanticLabel label) => label is SemanticLabel.House or SemanticLabel.Cottage or SemanticLabel.Shop;

    public byte ToVariant() => (byte)(((int)Roof & 3) | ((Math.Clamp(Storeys, 1, 4) - 1) << 2) | ((Detail & 15) << 4));

    public static BuildingParameters FromVariant(byte variant) => new((RoofKind)(variant & 3), ((variant >> 2) & 3) + 1, variant >> 4);

    /// <summary>Height from the ground to the eaves, metres.</summary>
    public float WallHeight => (Storeys * StoreyHeight) + 0.3f;

    /// <summary>How far the roof rises above the eaves over a building <paramref name="halfWidth"/> m across its ridge, metres.</summary>
    public float RoofRise(float halfWidth) => Roof switch
    {
        RoofKind.Flat => 0.5f,
        RoofKind.Mansard => 2.4f,
        RoofKind.Hip => 0.6f * halfWidth,
        _ => 0.75f * halfWidth,
    };
}
