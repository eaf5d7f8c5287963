using System.Numerics;
using Nacre.WorldGen;

namespace Nacre.Rendering.Models;

/// <summary>
/// Sets row plants (<see cref="ModelShape.InRows"/>) into straight rows: the generator scatters crops and flowers one
/// to a jittered 2 m cell, and each is drawn as a 2 m stretch of row on its cell's centre line, all rows along world z.
/// Only where it is drawn changes: the object, its id and its label stay the generator's.
/// </summary>
internal static class RowPlanting
{
    /// <summary>Distance between rows (m): the vegetation stage's ground-cover cell.</summary>
    public const float RowSpacing = 2f;

    /// <summary>How much of the instance's random size a row keeps (rows of one field stand about equally high).</summary>
    private const float SizeVariation = 0.4f;

    /// <summary>The object moved across onto its row's line (at most a metre), facing along the rows.</summary>
    public static PlacedObject Align(in PlacedObject o)
    {
        float x = (MathF.Floor(o.Position.X / RowSpacing) * RowSpacing) + (RowSpacing / 2f);
        float scale = o.Scale > 0f ? 1f + ((o.Scale - 1f) * SizeVariation) : 1f;
        return o with { Position = new Vector3(x, o.Position.Y, o.Position.Z), Yaw = 0f, Scale = scale };
    }

    /// <summary>Index of the row an x coordinate (m) lies in.</summary>
    public static int RowOf(float x) => (int)MathF.Floor(x / RowSpacing);
}
