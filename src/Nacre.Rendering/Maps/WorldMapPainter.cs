using Nacre.Core;
using Nacre.WorldGen;
using SkiaSharp;

namespace Nacre.Rendering.Maps;

/// <summary>
/// Paints a top-down map of a generated world: ground coloured by material and biome, hill-shaded with faint 10 m
/// contours; water tinted by depth with a shore line; roads; buildings as shaded footprints; trees as crowns; props
/// and animals as small marks; the spawn point with its view cone; a title, legend, scale bar and north arrow.
/// Deterministic: the same world and request always give the same pixels. Uses every core for chunk generation.
/// </summary>
public static partial class WorldMapPainter
{
    /// <summary>Paints the map; returns RGBA8 pixels, row-major, top row (north) first, <see cref="MapRequest.Pixels"/> square.</summary>
    public static byte[] Paint(WorldGenerator world, MapRequest request)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(request);
        var area = new MapArea(request);
        ChunkData[] chunks = GenerateChunks(world, area);
        var raster = new byte[request.Pixels * request.Pixels * 4];
        PaintGround(area, chunks, raster);
        var info = new SKImageInfo(request.Pixels, request.Pixels, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        System.Runtime.InteropServices.Marshal.Copy(raster, 0, bitmap.GetPixels(), raster.Length);
        using (var canvas = new SKCanvas(bitmap))
        {
            var objects = chunks.SelectMany(c => c.Objects).Where(o => area.Contains(o.Position.X, o.Position.Z, 8f)).ToList();
            DrawObjects(canvas, area, objects);
            DrawSpawn(canvas, area, world.Spawn);
            DrawFurniture(canvas, area, request, objects);
        }
        return bitmap.Bytes;
    }

    /// <summary>The mapping between world metres and pixels.</summary>
    internal readonly struct MapArea(MapRequest r)
    {
        public readonly int Pixels = r.Pixels;
        public readonly float Mpp = r.Resolution;
        public readonly float Left = r.CenterX - (r.SizeMetres / 2f);
        public readonly float Top = r.CenterZ - (r.SizeMetres / 2f);
        public readonly float Size = r.SizeMetres;

        public SKPoint ToPixel(float x, float z) => new((x - Left) / Mpp, (z - Top) / Mpp);

        public bool Contains(float x, float z, float margin) =>
            x >= Left - margin && x <= Left + Size + margin && z >= Top - margin && z <= Top + Size + margin;
    }

    private static ChunkData[] GenerateChunks(WorldGenerator world, MapArea a)
    {
        ChunkCoord c0 = ChunkCoord.FromWorld(a.Left - 1f, a.Top - 1f);
        ChunkCoord c1 = ChunkCoord.FromWorld(a.Left + a.Size + 1f, a.Top + a.Size + 1f);
        var coords = new List<ChunkCoord>();
        for (int z = c0.Z; z <= c1.Z; z++)
        {
            for (int x = c0.X; x <= c1.X; x++)
            {
                coords.Add(new ChunkCoord(x, z));
            }
        }
        var chunks = new ChunkData[coords.Count];
        // Generation is pure, so threads change only how fast the map is made, never its pixels.
        Parallel.For(0, coords.Count, i => chunks[i] = world.Generate(coords[i]));
        return chunks;
    }

    /// <summary>Random access to the generated samples by world position.</summary>
    private sealed class ChunkGrid
    {
        private readonly Dictionary<ChunkCoord, ChunkData> _chunks;

        public ChunkGrid(IEnumerable<ChunkData> chunks) => _chunks = chunks.ToDictionary(c => c.Coord);

        public (ChunkData Chunk, int Cx, int Cz, float Fx, float Fz) Locate(float x, float z)
        {
            var c = ChunkCoord.FromWorld(x, z);
            ChunkData d = _chunks[c];
            float lx = x - c.MinX, lz = z - c.MinZ;
            int cx = Math.Min((int)lx, ChunkData.Cells - 1), cz = Math.Min((int)lz, ChunkData.Cells - 1);
            return (d, cx, cz, lx - cx, lz - cz);
        }

        public static float Bilinear(float[] s, int cx, int cz, float fx, float fz)
        {
            int i = ChunkData.SampleIndex(cx, cz);
            float a = s[i] + ((s[i + 1] - s[i]) * fx);
            float b = s[i + ChunkData.Samples] + ((s[i + ChunkData.Samples + 1] - s[i + ChunkData.Samples]) * fx);
            return a + ((b - a) * fz);
        }
    }

    private static void PaintGround(MapArea a, ChunkData[] chunks, byte[] rgba)
    {
        int n = a.Pixels;
        var grid = new ChunkGrid(chunks);
        var height = new float[n * n];
        var depth = new float[n * n]; // water depth, metres; ≤ 0 on land
        var colour = new (float R, float G, float B)[n * n];
        for (int py = 0; py < n; py++)
        {
            float z = a.Top + ((py + 0.5f) * a.Mpp);
            for (int px = 0; px < n; px++)
            {
                float x = a.Left + ((px + 0.5f) * a.Mpp);
                (ChunkData c, int cx, int cz, float fx, float fz) = grid.Locate(x, z);
                float h = ChunkGrid.Bilinear(c.Height, cx, cz, fx, fz);
                float w = WaterAt(c, cx, cz, fx, fz);
                int i = (py * n) + px;
                height[i] = h;
                depth[i] = w - h;
                int cell = ChunkData.CellIndex(cx, cz);
                colour[i] = MapPalette.Ground(c.Ground[cell], c.Biome[cell]);
            }
        }
        // Hill shading from the north-west at 45°, heights exaggerated so gentle land still reads.
        float exaggeration = 2.2f;
        float lx = -0.5f, ly = 0.7071f, lz = -0.5f;
        for (int py = 0; py < n; py++)
        {
            for (int px = 0; px < n; px++)
            {
                int i = (py * n) + px;
                float hl = height[(py * n) + Math.Max(px - 1, 0)], hr = height[(py * n) + Math.Min(px + 1, n - 1)];
                float hu = height[(Math.Max(py - 1, 0) * n) + px], hd = height[(Math.Min(py + 1, n - 1) * n) + px];
                float dx = (hr - hl) * exaggeration / (2f * a.Mpp), dz = (hd - hu) * exaggeration / (2f * a.Mpp);
                float inv = 1f / MathF.Sqrt((dx * dx) + (dz * dz) + 1f);
                float shade = ((-dx * lx) + ly + (-dz * lz)) * inv; // n = (−dx, 1, −dz)/|…|
                (float r, float g, float b) = colour[i];
                if (depth[i] > 0f)
                {
                    float t = MathF.Min(1f, MathF.Sqrt(depth[i] / 7f));
                    (float sr, float sg, float sb) = MapPalette.ShallowWater;
                    (float dr, float dg, float db) = MapPalette.DeepWater;
                    r = sr + ((dr - sr) * t);
                    g = sg + ((dg - sg) * t);
                    b = sb + ((db - sb) * t);
                    shade = 0.9f + (0.1f * shade);
                }
                else
                {
                    shade = 0.42f + (0.78f * MathF.Max(shade, 0f));
                    // Faint contour every 10 m.
                    float band = MathF.Floor(height[i] / 10f);
                    if (band != MathF.Floor(hr / 10f) || band != MathF.Floor(hd / 10f))
                    {
                        shade *= 0.88f;
                    }
                }
                int o = i * 4;
                rgba[o] = (byte)Math.Clamp(r * shade, 0f, 255f);
                rgba[o + 1] = (byte)Math.Clamp(g * shade, 0f, 255f);
                rgba[o + 2] = (byte)Math.Clamp(b * shade, 0f, 255f);
                rgba[o + 3] = 255;
            }
        }
        DrawShores(n, depth, rgba);
    }

    private static float WaterAt(ChunkData c, int cx, int cz, float fx, float fz)
    {
        float[] w = c.WaterSurface;
        int i = ChunkData.SampleIndex(cx, cz);
        float a = w[i], b = w[i + 1], d = w[i + ChunkData.Samples], e = w[i + ChunkData.Samples + 1];
        if (float.IsNegativeInfinity(a) || float.IsNegativeInfinity(b) || float.IsNegativeInfinity(d) || float.IsNegativeInfinity(e))
        {
            float m = MathF.Max(MathF.Max(a, b), MathF.Max(d, e));
            return float.IsNegativeInfinity(m) ? float.NegativeInfinity : m;
        }
        return ChunkGrid.Bilinear(w, cx, cz, fx, fz);
    }

    /// <summary>A light surf line on the water side of every shore and a dark edge on the land side.</summary>
    private static void DrawShores(int n, float[] depth, byte[] rgba)
    {
        for (int py = 1; py < n - 1; py++)
        {
            for (int px = 1; px < n - 1; px++)
            {
                int i = (py * n) + px;
                bool wet = depth[i] > 0f;
                bool edge = (depth[i - 1] > 0f) != wet || (depth[i + 1] > 0f) != wet || (depth[i - n] > 0f) != wet || (depth[i + n] > 0f) != wet;
                if (!edge)
                {
                    continue;
                }
                SKColor c = wet ? MapPalette.Shore : MapPalette.WaterEdge;
                float k = wet ? 0.75f : 0.55f;
                int o = i * 4;
                rgba[o] = (byte)((rgba[o] * (1f - k)) + (c.Red * k));
                rgba[o + 1] = (byte)((rgba[o + 1] * (1f - k)) + (c.Green * k));
                rgba[o + 2] = (byte)((rgba[o + 2] * (1f - k)) + (c.Blue * k));
            }
        }
    }
}
