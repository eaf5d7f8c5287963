namespace Nacre.Rendering.Models;

/// <summary>
/// A model's place in the shared buffers and its nominal size at scale 1: each level of detail is an index range
/// (0 = full, 1 = medium, 2 = far silhouette).
/// </summary>
internal sealed class ModelShape
{
    public const int LodCount = 3;

    public required string Name { get; init; }

    public (int First, int Count)[] Lods { get; } = new (int, int)[LodCount];

    /// <summary>Height at scale 1, metres.</summary>
    public float Height { get; init; }

    /// <summary>Half size across (x) and along (z) at scale 1, metres.</summary>
    public float HalfX { get; init; }

    public float HalfZ { get; init; }

    public ModelFit Fit { get; init; }

    /// <summary>Wind sway amplitude (0 = rigid).</summary>
    public float Sway { get; init; }

    /// <summary>Small things (grass, flowers) cast no shadow.</summary>
    public bool CastsShadow { get; init; } = true;

    /// <summary>A row plant: drawn on its row's line, rows along world z (see <see cref="RowPlanting"/>).</summary>
    public bool InRows { get; init; }

    /// <summary>Index of this shape in the library (instance buckets are per shape and level).</summary>
    public int Slot { get; set; }
}
