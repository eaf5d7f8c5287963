using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Simulation.Directing;

/// <summary>
/// The generated world as the director sees it: ground height, water, ground kind and biome at a point, and the
/// labelled objects of the chunks around a place. Reads chunks from the pure generator and caches them (generation is
/// a pure function of the coordinate, so the cache never changes a result). Not thread-safe: one session owns one.
/// </summary>
public sealed class DirectorWorld
{
    private readonly Func<ChunkCoord, ChunkData> _generate;
    private readonly Dictionary<ChunkCoord, ChunkData> _chunks = [];
    private readonly int _capacity;

    /// <param name="generate">The pure chunk generator, e.g. <c>new WorldGenerator(spec).Generate</c>.</param>
    /// <param name="capacity">Chunks kept before the cache is cleared (a 21 × 21 search needs 441).</param>
    public DirectorWorld(Func<ChunkCoord, ChunkData> generate, int capacity = 1200)
    {
        ArgumentNullException.ThrowIfNull(generate);
        _generate = generate;
        _capacity = capacity;
    }

    /// <summary>The chunk at <paramref name="coord"/>, generated on first use.</summary>
    public ChunkData Chunk(ChunkCoord coord)
    {
        if (!_chunks.TryGetValue(coord, out ChunkData? c))
        {
            if (_chunks.Count >= _capacity)
            {
                _chunks.Clear();
            }
            c = _generate(coord);
            _chunks.Add(coord, c);
        }
        return c;
    }

    /// <summary>Ground height at (x, z), metres above sea level: bilinear between the 1 m corner samples.</summary>
    public float GroundHeight(float x, float z) => Sample(x, z, static (c, i) => c.Height[i]);

    /// <summary>Water surface at (x, z), metres, or negative infinity where there is no water.</summary>
    public float WaterSurface(float x, float z)
    {
        ChunkCoord cc = ChunkCoord.FromWorld(x, z);
        ChunkData c = Chunk(cc);
        int ix = Math.Clamp((int)MathF.Round(x - cc.MinX), 0, ChunkData.Cells), iz = Math.Clamp((int)MathF.Round(z - cc.MinZ), 0, ChunkData.Cells);
        return c.WaterSurface[ChunkData.SampleIndex(ix, iz)];
    }

    /// <summary>True where (x, z) is under water.</summary>
    public bool IsWater(float x, float z) => WaterSurface(x, z) > GroundHeight(x, z);

    /// <summary>Highest of ground and water surface at (x, z): what a camera or a placed object must stay above.</summary>
    public float SurfaceHeight(float x, float z) => MathF.Max(GroundHeight(x, z), WaterSurface(x, z));

    public GroundKind GroundAt(float x, float z)
    {
        ChunkCoord cc = ChunkCoord.FromWorld(x, z);
        (int ix, int iz) = Cell(cc, x, z);
        return Chunk(cc).Ground[ChunkData.CellIndex(ix, iz)];
    }

    public Biome BiomeAt(float x, float z)
    {
        ChunkCoord cc = ChunkCoord.FromWorld(x, z);
        (int ix, int iz) = Cell(cc, x, z);
        return Chunk(cc).Biome[ChunkData.CellIndex(ix, iz)];
    }

    /// <summary>
    /// Generated objects whose anchors lie within <paramref name="radius"/> metres (horizontal) of
    /// <paramref name="centre"/>, in a fixed order (chunk rings outward, then id), so every caller sees the same list.
    /// </summary>
    public List<PlacedObject> ObjectsNear(Vector3 centre, float radius)
    {
        var found = new List<PlacedObject>();
        float r2 = radius * radius;
        foreach (ChunkCoord cc in ChunksAround(centre, radius))
        {
            foreach (PlacedObject o in Chunk(cc).Objects)
            {
                float dx = o.Position.X - centre.X, dz = o.Position.Z - centre.Z;
                if ((dx * dx) + (dz * dz) <= r2)
                {
                    found.Add(o);
                }
            }
        }
        return found;
    }

    /// <summary>Chunks touching the disc of <paramref name="radius"/> around <paramref name="centre"/>, nearest ring first.</summary>
    public static IEnumerable<ChunkCoord> ChunksAround(Vector3 centre, float radius)
    {
        ChunkCoord mid = ChunkCoord.FromWorld(centre.X, centre.Z);
        int rings = (int)MathF.Ceiling(radius / ChunkCoord.Size);
        for (int ring = 0; ring <= rings; ring++)
        {
            for (int dz = -ring; dz <= ring; dz++)
            {
                for (int dx = -ring; dx <= ring; dx++)
                {
                    if (Math.Max(Math.Abs(dx), Math.Abs(dz)) == ring)
                    {
                        yield return new ChunkCoord(mid.X + dx, mid.Z + dz);
                    }
                }
            }
        }
    }

    private static (int X, int Z) Cell(ChunkCoord cc, float x, float z) =>
        (Math.Clamp((int)(x - cc.MinX), 0, ChunkData.Cells - 1), Math.Clamp((int)(z - cc.MinZ), 0, ChunkData.Cells - 1));

    private float Sample(float x, float z, Func<ChunkData, int, float> read)
    {
        ChunkCoord cc = ChunkCoord.FromWorld(x, z);
        ChunkData c = Chunk(cc);
        float lx = x - cc.MinX, lz = z - cc.MinZ;
        int ix = Math.Clamp((int)lx, 0, ChunkData.Cells - 1), iz = Math.Clamp((int)lz, 0, ChunkData.Cells - 1);
        float fx = Math.Clamp(lx - ix, 0f, 1f), fz = Math.Clamp(lz - iz, 0f, 1f);
        float h00 = read(c, ChunkData.SampleIndex(ix, iz)), h10 = read(c, ChunkData.SampleIndex(ix + 1, iz));
        float h01 = read(c, ChunkData.SampleIndex(ix, iz + 1)), h11 = read(c, ChunkData.SampleIndex(ix + 1, iz + 1));
        float top = h00 + ((h10 - h00) * fx), bottom = h01 + ((h11 - h01) * fx);
        return top + ((bottom - top) * fz);
    }
}
