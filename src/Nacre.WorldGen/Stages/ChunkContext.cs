using Nacre.Core;
using Nacre.WorldGen.Layout;

namespace Nacre.WorldGen.Stages;

/// <summary>What the stages of one chunk share: the world model, the features near the chunk, and the chunk being built.</summary>
internal sealed class ChunkContext
{
    /// <summary>How far (m) around the chunk features are gathered: the widest river bank plus a building's reach.</summary>
    public const float Halo = 8f;

    public ChunkContext(WorldModel model, ChunkCoord coord)
    {
        Model = model;
        Coord = coord;
        Data = new ChunkData(coord);
        MinX = coord.MinX;
        MinZ = coord.MinZ;
        model.Gather(MinX - Halo, MinZ - Halo, MinX + ChunkCoord.Size + Halo, MinZ + ChunkCoord.Size + Halo, Features);
        const float Near = 30f;
        foreach (PlacedObject o in model.Site!.Objects)
        {
            if ((SemanticLabels.IsStructure(o.Label) || SemanticLabels.IsProp(o.Label))
                && o.Position.X > MinX - Near && o.Position.X < MinX + ChunkCoord.Size + Near
                && o.Position.Z > MinZ - Near && o.Position.Z < MinZ + ChunkCoord.Size + Near)
            {
                _planned.Add(o);
            }
        }
        foreach ((float x, float z, float r) in model.Site.Clearings)
        {
            if (x + r + Near > MinX && x - r - Near < MinX + ChunkCoord.Size && z + r + Near > MinZ && z - r - Near < MinZ + ChunkCoord.Size)
            {
                _clearings.Add((x, z, r));
            }
        }
    }

    private readonly List<PlacedObject> _planned = [];
    private readonly List<(float X, float Z, float R)> _clearings = [];

    public WorldModel Model { get; }

    public WorldSpec Spec => Model.Spec;

    public ChunkCoord Coord { get; }

    /// <summary>World x of the chunk's west edge, metres.</summary>
    public float MinX { get; }

    /// <summary>World z of the chunk's north edge, metres.</summary>
    public float MinZ { get; }

    public FeatureSet Features { get; } = new();

    public ChunkData Data { get; }

    /// <summary>Objects placed so far by the stages; sorted by id into <see cref="ChunkData.Objects"/> at the end.</summary>
    public List<PlacedObject> Objects { get; } = [];

    public SitePlan Site => Model.Site!;

    /// <summary>Ground height (m) at a point inside the chunk, bilinear between the samples (as the mesh is).</summary>
    public float GroundAt(float x, float z)
    {
        float lx = Math.Clamp(x - MinX, 0f, ChunkData.Cells - 0.0001f), lz = Math.Clamp(z - MinZ, 0f, ChunkData.Cells - 0.0001f);
        int ix = (int)lx, iz = (int)lz;
        float fx = lx - ix, fz = lz - iz;
        float[] h = Data.Height;
        int i = ChunkData.SampleIndex(ix, iz);
        float a = DetMath.Lerp(h[i], h[i + 1], fx);
        float b = DetMath.Lerp(h[i + ChunkData.Samples], h[i + ChunkData.Samples + 1], fx);
        return DetMath.Lerp(a, b, fz);
    }

    /// <summary>True when any corner of the cell containing (x, z) is under water or within <paramref name="margin"/> m of it.</summary>
    public bool NearWater(float x, float z, float margin)
    {
        int ix = Math.Clamp((int)(x - MinX), 0, ChunkData.Cells - 1), iz = Math.Clamp((int)(z - MinZ), 0, ChunkData.Cells - 1);
        float[] h = Data.Height, w = Data.WaterSurface;
        int i = ChunkData.SampleIndex(ix, iz);
        return w[i] > h[i] - margin || w[i + 1] > h[i + 1] - margin
            || w[i + ChunkData.Samples] > h[i + ChunkData.Samples] - margin || w[i + ChunkData.Samples + 1] > h[i + ChunkData.Samples + 1] - margin;
    }

    /// <summary>
    /// True where (x, z) is in shallow water at a shore (a lake's, a river's or a delta's, not the open sea's), at most 0.7 m
    /// deep, or within a few centimetres of the waterline: where reeds grow (generator v2).
    /// </summary>
    public bool InShallows(float x, float z)
    {
        int ix = Math.Clamp((int)(x - MinX), 0, ChunkData.Cells - 1), iz = Math.Clamp((int)(z - MinZ), 0, ChunkData.Cells - 1);
        float[] w = Data.WaterSurface;
        int i = ChunkData.SampleIndex(ix, iz);
        float level = MathF.Max(MathF.Max(w[i], w[i + 1]), MathF.Max(w[i + ChunkData.Samples], w[i + ChunkData.Samples + 1]));
        float depth = level - GroundAt(x, z);
        // Not in the open sea's shallows, except in a delta or an estuary, whose channels are at sea level.
        bool brackish = Model.Landforms.Recipe?.Kind is Landform.Delta or Landform.Estuary;
        return depth > -0.05f && depth <= 0.7f && !(Model.HasSea && level == 0f && !brackish);
    }

    /// <summary>Largest height difference (m) across the cell containing (x, z): 1 is a 45° slope.</summary>
    public float CellSlope(float x, float z)
    {
        int ix = Math.Clamp((int)(x - MinX), 0, ChunkData.Cells - 1), iz = Math.Clamp((int)(z - MinZ), 0, ChunkData.Cells - 1);
        float[] h = Data.Height;
        int i = ChunkData.SampleIndex(ix, iz);
        float a = h[i], b = h[i + 1], c = h[i + ChunkData.Samples], d = h[i + ChunkData.Samples + 1];
        return MathF.Max(MathF.Max(a, b), MathF.Max(c, d)) - MathF.Min(MathF.Min(a, b), MathF.Min(c, d));
    }

    public Biome BiomeAt(float x, float z) =>
        Data.Biome[ChunkData.CellIndex(Math.Clamp((int)(x - MinX), 0, ChunkData.Cells - 1), Math.Clamp((int)(z - MinZ), 0, ChunkData.Cells - 1))];

    public GroundKind GroundKindAt(float x, float z) =>
        Data.Ground[ChunkData.CellIndex(Math.Clamp((int)(x - MinX), 0, ChunkData.Cells - 1), Math.Clamp((int)(z - MinZ), 0, ChunkData.Cells - 1))];

    /// <summary>
    /// True where scattered things (trees, rocks, animals) must not go: on roads, on building pads and near
    /// bridges and piers, and in the spawn clearing and its line of sight. <paramref name="radius"/> is the thing's own size, metres.
    /// </summary>
    public bool IsReserved(float x, float z, float radius)
    {
        GroundKind g = GroundKindAt(x, z);
        if (g is GroundKind.Road or GroundKind.Path or GroundKind.Pavement)
        {
            return true;
        }
        foreach (Pad p in Features.Pads)
        {
            float dx = x - p.X, dz = z - p.Z, r = p.Radius + radius + 1f;
            if ((dx * dx) + (dz * dz) < r * r)
            {
                return true;
            }
        }
        foreach (Layout.RoadSegment road in Features.Roads)
        {
            if (road.Nearest(x, z, out _, out _) < road.HalfWidth + radius + 0.5f)
            {
                return true;
            }
        }
        foreach ((float cx, float cz, float cr) in _clearings)
        {
            float dx = x - cx, dz = z - cz, rr = cr + radius;
            if ((dx * dx) + (dz * dz) < rr * rr)
            {
                return true;
            }
        }
        return NearPlanned(x, z, radius);
    }

    private bool NearPlanned(float x, float z, float radius)
    {
        foreach (PlacedObject o in _planned)
        {
            float dx = x - o.Position.X, dz = z - o.Position.Z;
            float r = MathF.Max(o.HalfExtents.X, o.HalfExtents.Z) + radius + 1f;
            if ((dx * dx) + (dz * dz) < r * r)
            {
                return true;
            }
        }
        return false;
    }
}
