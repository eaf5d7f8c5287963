using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Rendering.Terrain;

/// <summary>
/// Turns one <see cref="ChunkData"/> into terrain and water meshes at every level of detail. Pure and thread-safe:
/// runs on the streaming worker. Level l samples the 1 m height grid every 2^(l+1) m, so samples on a chunk edge
/// are shared with the neighbour at the same level; skirts (vertical strips hanging from every edge) hide the
/// cracks where a neighbour is coarser.
/// </summary>
internal static class TerrainMesher
{
    /// <summary>Allowance above the ground for the tallest object, metres, used for culling boxes.</summary>
    private const float ObjectHeadroom = 40f;

    public static int TerrainStep(int lod) => 2 << lod;

    /// <summary>Water is flat enough for a coarser grid than the ground under it.</summary>
    public static int WaterStep(int lod) => Math.Min(4 << lod, ChunkData.Cells);

    public static ChunkMesh Build(ChunkData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var vertices = new List<TerrainVertex>(600);
        var indices = new List<ushort>(3000);
        var lods = new TerrainLevel[ChunkMesh.LodCount];
        for (int lod = 0; lod < ChunkMesh.LodCount; lod++)
        {
            lods[lod] = AddTerrainLevel(data, TerrainStep(lod), vertices, indices);
        }

        var waterVertices = new List<TerrainVertex>();
        var waterIndices = new List<ushort>();
        var waterLods = new (int, int)[ChunkMesh.LodCount];
        for (int lod = 0; lod < ChunkMesh.LodCount; lod++)
        {
            int first = waterIndices.Count;
            AddWaterLevel(data, WaterStep(lod), waterVertices, waterIndices);
            waterLods[lod] = (first, waterIndices.Count - first);
        }

        float minY = float.MaxValue, maxY = float.MinValue;
        for (int i = 0; i < data.Height.Length; i++)
        {
            float h = data.Height[i];
            float w = data.WaterSurface[i];
            minY = MathF.Min(minY, h);
            maxY = MathF.Max(maxY, float.IsFinite(w) ? MathF.Max(h, w) : h);
        }
        float top = maxY;
        foreach (PlacedObject o in data.Objects)
        {
            top = MathF.Max(top, o.Position.Y + ObjectHeadroom);
        }

        return new ChunkMesh
        {
            Coord = data.Coord,
            Vertices = [.. vertices],
            Indices = [.. indices],
            TerrainLods = lods,
            WaterVertices = [.. waterVertices],
            WaterIndices = [.. waterIndices],
            WaterLods = waterLods,
            MinY = minY - 40f, // skirts hang below the ground
            MaxY = top,
            Objects = data.Objects,
            Effects = data.Effects,
        };
    }

    private static TerrainLevel AddTerrainLevel(ChunkData data, int step, List<TerrainVertex> vertices, List<ushort> indices)
    {
        int gridFirst = indices.Count;
        int n = ChunkData.Cells / step;       // quads per side
        int side = n + 1;
        int baseVertex = vertices.Count;
        float originX = data.Coord.MinX, originZ = data.Coord.MinZ;

        for (int j = 0; j <= n; j++)
        {
            for (int i = 0; i <= n; i++)
            {
                int sx = i * step, sz = j * step;
                float h = data.HeightAt(sx, sz);
                // Slope from central differences on the 1 m grid (one-sided at chunk edges) for the material; the
                // shading normal uses the level's own step, so coarse levels shade like the shape they draw.
                int xl = Math.Max(sx - 1, 0), xr = Math.Min(sx + 1, ChunkData.Cells);
                int zl = Math.Max(sz - 1, 0), zr = Math.Min(sz + 1, ChunkData.Cells);
                float dx = (data.HeightAt(xr, sz) - data.HeightAt(xl, sz)) / (xr - xl);
                float dz = (data.HeightAt(sx, zr) - data.HeightAt(sx, zl)) / (zr - zl);
                float normalY = 1f / MathF.Sqrt(1f + (dx * dx) + (dz * dz));
                int xl2 = Math.Max(sx - step, 0), xr2 = Math.Min(sx + step, ChunkData.Cells);
                int zl2 = Math.Max(sz - step, 0), zr2 = Math.Min(sz + step, ChunkData.Cells);
                float gx = (data.HeightAt(xr2, sz) - data.HeightAt(xl2, sz)) / (xr2 - xl2);
                float gz = (data.HeightAt(sx, zr2) - data.HeightAt(sx, zl2)) / (zr2 - zl2);
                uint normal = TerrainVertex.PackNormal(new Vector3(-gx, 1f, -gz));
                int cx = Math.Min(sx, ChunkData.Cells - 1), cz = Math.Min(sz, ChunkData.Cells - 1);
                int cell = ChunkData.CellIndex(cx, cz);
                GroundKind kind = data.Ground[cell];
                Biome biome = data.Biome[cell];
                int wx = (int)originX + sx, wz = (int)originZ + sz;
                float wet = ShoreWetness(data, sx, sz, h);
                Vector3 color = GroundPalette.Shade(kind, biome, 1f - normalY, h, wet, wx, wz);
                byte shine = kind is GroundKind.Road or GroundKind.Pavement ? (byte)90
                    : kind == GroundKind.Lava ? GroundPalette.Emissive
                    : (byte)(wet * 70f); // wet sand glints
                uint label = (uint)GroundPalette.Label(kind) | ((uint)(AmbientOcclusion(data, sx, sz, h) * 255f + 0.5f) << 16);
                vertices.Add(new TerrainVertex(originX + sx, h, originZ + sz, GroundPalette.Pack(color, shine), label, normal));
            }
        }

        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < n; i++)
            {
                int a = baseVertex + (j * side) + i;
                int b = a + 1, c = a + side, d = c + 1;
                // Split each quad along the diagonal that follows the ground best (less folding).
                float ha = vertices[a].Y, hb = vertices[b].Y, hc = vertices[c].Y, hd = vertices[d].Y;
                if (MathF.Abs(ha - hd) <= MathF.Abs(hb - hc))
                {
                    AddTriangle(indices, a, c, d);
                    AddTriangle(indices, a, d, b);
                }
                else
                {
                    AddTriangle(indices, a, c, b);
                    AddTriangle(indices, b, c, d);
                }
            }
        }

        var grid = (gridFirst, indices.Count - gridFirst);

        // Skirts: a strip hanging below each edge, in its own index range, drawn only toward a neighbour at
        // another level (where the edges do not match).
        float depth = 1f + (1.5f * step);
        var north = AddSkirt(vertices, indices, baseVertex, side, depth, i => i, i => 0);
        var east = AddSkirt(vertices, indices, baseVertex, side, depth, i => n, i => i);
        var south = AddSkirt(vertices, indices, baseVertex, side, depth, i => n - i, i => n);
        var west = AddSkirt(vertices, indices, baseVertex, side, depth, i => 0, i => n - i);
        return new TerrainLevel(grid, north, east, south, west);
    }

    /// <summary>
    /// How wet the ground at a sample is from water beside it: 1 at the water line, fading over 0.9 m of height above the
    /// nearest water surface within 3 m (in this chunk); 0 for ground under water or far from it.
    /// </summary>
    private static float ShoreWetness(ChunkData data, int sx, int sz, float h)
    {
        const int Reach = 3;
        float best = float.PositiveInfinity;
        for (int z = Math.Max(sz - Reach, 0); z <= Math.Min(sz + Reach, ChunkData.Cells); z++)
        {
            for (int x = Math.Max(sx - Reach, 0); x <= Math.Min(sx + Reach, ChunkData.Cells); x++)
            {
                int s = ChunkData.SampleIndex(x, z);
                float w = data.WaterSurface[s];
                if (float.IsFinite(w) && w > data.Height[s])
                {
                    best = MathF.Min(best, h - w);
                }
            }
        }
        return best < 0f ? 0f : 1f - Math.Clamp(best / 0.9f, 0f, 1f);
    }

    /// <summary>
    /// Ambient occlusion of a sample from the height field, 0.35 (deep in a gully) … 1 (open ground): the mean sine of
    /// the horizon angle in eight directions at 2 m and 6 m (clamped to the chunk, so it is gentle by design).
    /// </summary>
    private static float AmbientOcclusion(ChunkData data, int sx, int sz, float h)
    {
        ReadOnlySpan<(int X, int Z)> directions = [(1, 0), (1, 1), (0, 1), (-1, 1), (-1, 0), (-1, -1), (0, -1), (1, -1)];
        float occlusion = 0f;
        foreach (int radius in (ReadOnlySpan<int>)[2, 6])
        {
            foreach ((int dx, int dz) in directions)
            {
                int x = Math.Clamp(sx + (dx * radius), 0, ChunkData.Cells), z = Math.Clamp(sz + (dz * radius), 0, ChunkData.Cells);
                float run = MathF.Max(MathF.Sqrt(((x - sx) * (x - sx)) + ((z - sz) * (z - sz))), 1f);
                float rise = MathF.Max(data.HeightAt(x, z) - h, 0f) / run;
                occlusion += rise / MathF.Sqrt(1f + (rise * rise));
            }
        }
        return 1f - (0.65f * occlusion / 16f);
    }

    private static (int, int) AddSkirt(List<TerrainVertex> vertices, List<ushort> indices, int baseVertex, int side, float depth,
        Func<int, int> col, Func<int, int> row)
    {
        int first = indices.Count;
        int n = side - 1;
        int skirtBase = vertices.Count;
        for (int k = 0; k <= n; k++)
        {
            TerrainVertex top = vertices[baseVertex + (row(k) * side) + col(k)];
            top.Y -= depth;
            vertices.Add(top);
        }
        for (int k = 0; k < n; k++)
        {
            int t0 = baseVertex + (row(k) * side) + col(k);
            int t1 = baseVertex + (row(k + 1) * side) + col(k + 1);
            int b0 = skirtBase + k, b1 = skirtBase + k + 1;
            AddTriangle(indices, t0, b0, b1);
            AddTriangle(indices, t0, b1, t1);
        }
        return (first, indices.Count - first);
    }

    private static void AddWaterLevel(ChunkData data, int step, List<TerrainVertex> vertices, List<ushort> indices)
    {
        int n = ChunkData.Cells / step;
        float originX = data.Coord.MinX, originZ = data.Coord.MinZ;
        Biome centreBiome = data.Biome[ChunkData.CellIndex(ChunkData.Cells / 2, ChunkData.Cells / 2)];
        Vector3 tint = centreBiome switch
        {
            Biome.Swamp => new Vector3(0.20f, 0.26f, 0.16f),
            Biome.Tundra => new Vector3(0.14f, 0.24f, 0.30f),
            Biome.Beach or Biome.PalmGrove => new Vector3(0.10f, 0.42f, 0.46f),
            _ => new Vector3(0.10f, 0.27f, 0.33f),
        };

        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < n; i++)
            {
                // A block gets a water quad when any sample in it is under water; the ground above the water plane
                // hides the quad's dry part by depth, so shores follow the terrain, not the grid.
                float maxSurface = float.NegativeInfinity;
                bool wet = false;
                for (int z = j * step; z <= (j + 1) * step; z++)
                {
                    for (int x = i * step; x <= (i + 1) * step; x++)
                    {
                        int s = ChunkData.SampleIndex(x, z);
                        float w = data.WaterSurface[s];
                        if (float.IsFinite(w))
                        {
                            maxSurface = MathF.Max(maxSurface, w);
                            wet |= w > data.Height[s];
                        }
                    }
                }
                if (!wet)
                {
                    continue;
                }
                int v = vertices.Count;
                for (int k = 0; k < 4; k++)
                {
                    int sx = (i + (k & 1)) * step, sz = (j + (k >> 1)) * step;
                    int s = ChunkData.SampleIndex(sx, sz);
                    float w = data.WaterSurface[s];
                    float y = float.IsFinite(w) ? w : maxSurface;
                    // Alpha: the depth of water there (20 steps a metre up to 12.75 m), for the depth colour and shore foam.
                    byte depth = (byte)Math.Clamp((y - data.Height[s]) * 20f, 0f, 255f);
                    vertices.Add(new TerrainVertex(originX + sx, y, originZ + sz, GroundPalette.Pack(tint, depth), (uint)SemanticLabel.Water, TerrainVertex.Up));
                }
                AddTriangle(indices, v, v + 2, v + 3);
                AddTriangle(indices, v, v + 3, v + 1);
            }
        }
    }

    private static void AddTriangle(List<ushort> indices, int a, int b, int c)
    {
        indices.Add((ushort)a);
        indices.Add((ushort)b);
        indices.Add((ushort)c);
    }
}
