using Nacre.WorldGen;
using SkiaSharp;

namespace Nacre.Studio.Previews;

/// <summary>
/// The studio's quick top-down map of a world around its spawn point: ground shaded by height and slope (light
/// from the north-west), water by depth, and where you will stand and look. Sampled straight from the generator's
/// height and water fields (no chunk objects), so it takes a fraction of a second.
/// </summary>
public static class PreviewMap
{
    /// <summary>Paints a <paramref name="pixels"/>² PNG covering <paramref name="sizeMetres"/> around the spawn point (north up).</summary>
    public static byte[] Paint(WorldGenerator generator, SpawnPoint spawn, int sizeMetres, int pixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixels, 16);
        // Sample every 2 px; the image is drawn smooth from that grid.
        int n = pixels / 2;
        float step = sizeMetres / (float)n;
        float x0 = spawn.Position.X - (sizeMetres / 2f), z0 = spawn.Position.Z - (sizeMetres / 2f);
        float[] ground = new float[n * n];
        float[] water = new float[n * n];
        Parallel.For(0, n, j =>
        {
            for (int i = 0; i < n; i++)
            {
                float x = x0 + ((i + 0.5f) * step), z = z0 + ((j + 0.5f) * step);
                ground[(j * n) + i] = generator.GroundHeight(x, z);
                water[(j * n) + i] = generator.WaterSurface(x, z);
            }
        });
        // Colour by height above the lowest ground in view, over a fixed range, so plains stay green and only real
        // mountains turn to rock and snow.
        float lo = ground.Min();
        const float ReliefRange = 220f; // metres from meadow to snow

        using var grid = new SKBitmap(new SKImageInfo(n, n, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Span<byte> px = grid.GetPixelSpan();
        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < n; i++)
            {
                int k = (j * n) + i;
                float h = ground[k];
                (float r, float g, float b) = water[k] > h ? Water(water[k] - h) : Land(Math.Clamp((h - lo) / ReliefRange, 0f, 1f));
                // Hillshade: slope towards the north-west light brightens, away darkens.
                float dx = ground[(j * n) + Math.Min(n - 1, i + 1)] - ground[(j * n) + Math.Max(0, i - 1)];
                float dz = ground[(Math.Min(n - 1, j + 1) * n) + i] - ground[(Math.Max(0, j - 1) * n) + i];
                float shade = water[k] > h ? 1f : Math.Clamp(1f + ((dx + dz) / (2f * step) * 1.6f), 0.45f, 1.45f);
                px[(k * 4) + 0] = ToByte(r * shade);
                px[(k * 4) + 1] = ToByte(g * shade);
                px[(k * 4) + 2] = ToByte(b * shade);
                px[(k * 4) + 3] = 255;
            }
        }

        using var map = new SKBitmap(new SKImageInfo(pixels, pixels, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(map))
        using (SKImage image = SKImage.FromBitmap(grid))
        {
            canvas.DrawImage(image, new SKRect(0, 0, pixels, pixels), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
            float scale = pixels / (float)sizeMetres;
            var centre = new SKPoint(pixels / 2f, pixels / 2f);
            if (spawn.SubjectPosition is { } subject)
            {
                var s = new SKPoint((subject.X - x0) * scale, (subject.Z - z0) * scale);
                using var ring = new SKPaint { Color = new SKColor(246, 213, 230), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2.5f };
                canvas.DrawCircle(s, 7f, ring);
            }
            // View cone: the heading (0 = north = up on the map) ± 37° (the 24 mm walking lens).
            using var cone = new SKPaint { Color = new SKColor(255, 255, 255, 70), IsAntialias = true, Style = SKPaintStyle.Fill };
            using var builder = new SKPathBuilder();
            builder.MoveTo(centre);
            const float half = 37f * MathF.PI / 180f;
            for (int a = -8; a <= 8; a++)
            {
                float yaw = spawn.Yaw + (half * a / 8f);
                builder.LineTo(centre.X + (MathF.Sin(yaw) * 60f), centre.Y - (MathF.Cos(yaw) * 60f));
            }
            builder.Close();
            using SKPath path = builder.Detach();
            canvas.DrawPath(path, cone);
            using var dot = new SKPaint { Color = SKColors.White, IsAntialias = true };
            using var rim = new SKPaint { Color = new SKColor(12, 20, 22), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2f };
            canvas.DrawCircle(centre, 5f, dot);
            canvas.DrawCircle(centre, 5f, rim);
        }
        using SKData png = map.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>Land colour by relative height t (0 lowest … 1 highest in view): meadow, forest, rock, snow.</summary>
    private static (float R, float G, float B) Land(float t) => t switch
    {
        < 0.35f => Mix((118, 150, 92), (84, 122, 72), t / 0.35f),
        < 0.7f => Mix((84, 122, 72), (128, 116, 96), (t - 0.35f) / 0.35f),
        _ => Mix((128, 116, 96), (226, 226, 232), (t - 0.7f) / 0.3f),
    };

    /// <summary>Water colour by depth, metres.</summary>
    private static (float R, float G, float B) Water(float depth) => Mix((92, 150, 176), (34, 70, 104), Math.Clamp(depth / 6f, 0f, 1f));

    private static (float, float, float) Mix((int R, int G, int B) a, (int R, int G, int B) b, float t) =>
        (a.R + ((b.R - a.R) * t), a.G + ((b.G - a.G) * t), a.B + ((b.B - a.B) * t));

    private static byte ToByte(float v) => (byte)Math.Clamp(v, 0f, 255f);
}
