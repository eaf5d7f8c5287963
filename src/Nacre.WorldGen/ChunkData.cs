using Nacre.Core;

namespace Nacre.WorldGen;

/// <summary>
/// Everything generated for one 32 m × 32 m chunk: the output of <c>WorldGenerator.Generate</c>, a pure function of
/// (spec, seed, coordinate). Grids are flat, row-major (index = z · side + x) with 1 m spacing. Height samples sit on
/// cell corners and are shared with neighbours (the last row/column equals the next chunk's first), so meshes meet
/// without cracks. Treat as immutable once returned.
/// </summary>
public sealed class ChunkData
{
    /// <summary>Cells per side; one cell is 1 m.</summary>
    public const int Cells = ChunkCoord.Size;

    /// <summary>Height samples per side (cell corners).</summary>
    public const int Samples = Cells + 1;

    public ChunkData(ChunkCoord coord)
    {
        Coord = coord;
    }

    public ChunkCoord Coord { get; }

    /// <summary>Ground height at each corner sample, metres above sea level (sea level is y = 0).</summary>
    public float[] Height { get; } = new float[Samples * Samples];

    /// <summary>
    /// Water surface height at each corner sample, metres; <see cref="float.NegativeInfinity"/> where there is no
    /// water. Where it is above <see cref="Height"/> the ground is under water (sea, lake or river).
    /// </summary>
    public float[] WaterSurface { get; } = new float[Samples * Samples];

    /// <summary>Biome of each cell.</summary>
    public Biome[] Biome { get; } = new Biome[Cells * Cells];

    /// <summary>Ground material of each cell (grass, sand, rock, road…), for shading, maps and walking.</summary>
    public GroundKind[] Ground { get; } = new GroundKind[Cells * Cells];

    /// <summary>Every object whose anchor position lies in this chunk, ordered by <see cref="PlacedObject.Id"/>.</summary>
    public IReadOnlyList<PlacedObject> Objects { get; set; } = [];

    /// <summary>Effects anchored in this chunk (a plume, spray, surf) for the renderer; empty before generator v2.</summary>
    public IReadOnlyList<EffectEmitter> Effects { get; set; } = [];

    public static int SampleIndex(int x, int z) => (z * Samples) + x;

    public static int CellIndex(int x, int z) => (z * Cells) + x;

    /// <summary>Ground height at a local sample.</summary>
    public float HeightAt(int x, int z) => Height[SampleIndex(x, z)];

    /// <summary>True where the cell's centre is under water.</summary>
    public bool IsWater(int cellX, int cellZ)
    {
        int i = SampleIndex(cellX, cellZ);
        return WaterSurface[i] > Height[i];
    }
}
