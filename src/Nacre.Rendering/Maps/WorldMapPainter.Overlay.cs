using System.Globalization;
using Nacre.Core;
using Nacre.Simulation;
using Nacre.WorldGen;
using SkiaSharp;

namespace Nacre.Rendering.Maps;

public static partial class WorldMapPainter
{
    private static SKTypeface LoadTypeface(bool bold)
    {
        // An explicit file so every run draws the same glyphs; the family lookup is the fallback.
        string file = bold ? "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf" : "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        return (File.Exists(file) ? SKTypeface.FromFile(file) : null)
            ?? SKTypeface.FromFamilyName("DejaVu Sans", bold ? SKFontStyle.Bold : SKFontStyle.Normal)
            ?? SKTypeface.Default;
    }

    private static void DrawObjects(SKCanvas canvas, MapArea a, List<PlacedObject> objects)
    {
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1f };
        float px = 1f / a.Mpp; // pixels per metre
        // Ground cover first, then shadows of everything tall, then crowns, then built things on top.
        foreach (PlacedObject o in objects)
        {
            if (o.Label is SemanticLabel.GrassTuft or SemanticLabel.Flower or SemanticLabel.Crop or SemanticLabel.Reed && px >= 1.5f)
            {
                float r = MathF.Max(MapPalette.CrownRadius(o.Label) * o.Scale * px, 0.6f);
                fill.Color = MapPalette.ToSk(o.Tint, o.Label == SemanticLabel.Flower ? (byte)255 : (byte)170);
                canvas.DrawCircle(a.ToPixel(o.Position.X, o.Position.Z), r, fill);
            }
        }
        fill.Color = new SKColor(20, 30, 20, 70);
        foreach (PlacedObject o in objects)
        {
            float crown = MapPalette.CrownRadius(o.Label);
            if (SemanticLabels.IsTree(o.Label) || o.Label == SemanticLabel.Bush)
            {
                SKPoint p = a.ToPixel(o.Position.X, o.Position.Z);
                float r = MathF.Max(crown * o.Scale * px, 1.1f);
                canvas.DrawCircle(p.X + (r * 0.45f), p.Y + (r * 0.45f), r, fill);
            }
        }
        foreach (PlacedObject o in objects)
        {
            if (SemanticLabels.IsTree(o.Label) || o.Label is SemanticLabel.Bush or SemanticLabel.Cactus)
            {
                DrawCrown(canvas, a, o, fill, px);
            }
        }
        foreach (PlacedObject o in objects)
        {
            if (SemanticLabels.IsStructure(o.Label))
            {
                DrawStructure(canvas, a, o, fill, stroke, px);
            }
            else if (SemanticLabels.IsProp(o.Label) || SemanticLabels.IsNaturalProp(o.Label))
            {
                DrawProp(canvas, a, o, fill, stroke, px);
            }
        }
        foreach (PlacedObject o in objects)
        {
            if (SemanticLabels.IsCharacter(o.Label))
            {
                SKPoint p = a.ToPixel(o.Position.X, o.Position.Z);
                float r = MathF.Max(0.9f * px, 2.2f);
                fill.Color = MapPalette.Character(o.Label);
                canvas.DrawCircle(p, r, fill);
                stroke.Color = new SKColor(30, 30, 30, 200);
                stroke.StrokeWidth = 0.8f;
                canvas.DrawCircle(p, r, stroke);
            }
        }
    }

    private static void DrawCrown(SKCanvas canvas, MapArea a, PlacedObject o, SKPaint fill, float px)
    {
        SKPoint p = a.ToPixel(o.Position.X, o.Position.Z);
        float r = MathF.Max(MapPalette.CrownRadius(o.Label) * o.Scale * px, 1.1f);
        SKColor c = MapPalette.ToSk(o.Tint);
        fill.Color = MapPalette.Darken(c, 0.78f);
        canvas.DrawCircle(p, r, fill);
        if (r >= 2.5f)
        {
            // A lit side towards the north-west gives each crown some volume.
            fill.Color = MapPalette.Lighten(c, 0.12f);
            canvas.DrawCircle(p.X - (r * 0.22f), p.Y - (r * 0.22f), r * 0.62f, fill);
        }
        if (o.Label == SemanticLabel.Conifer && r >= 3f)
        {
            fill.Color = MapPalette.Darken(c, 0.55f);
            canvas.DrawCircle(p, r * 0.18f, fill);
        }
    }

    private static void DrawStructure(SKCanvas canvas, MapArea a, PlacedObject o, SKPaint fill, SKPaint stroke, float px)
    {
        SKPoint p = a.ToPixel(o.Position.X, o.Position.Z);
        float hx = MathF.Max(o.HalfExtents.X * px, 1.5f), hz = MathF.Max(o.HalfExtents.Z * px, 1.5f);
        float height = o.HalfExtents.Y * 2f;
        SKColor roof = MapPalette.ToSk(o.Tint);
        canvas.Save();
        canvas.Translate(p);
        bool round = o.Label is SemanticLabel.Tower or SemanticLabel.Lighthouse or SemanticLabel.Windmill or SemanticLabel.Well;
        if (o.Label is not (SemanticLabel.Bridge or SemanticLabel.Pier or SemanticLabel.Fence or SemanticLabel.Wall))
        {
            // Cast shadow to the south-east, longer for taller buildings.
            float s = MathF.Min(height * 0.35f * px, hx * 1.5f);
            fill.Color = new SKColor(10, 16, 10, 90);
            if (round)
            {
                canvas.DrawCircle(s * 0.7f, s * 0.7f, hx, fill);
            }
            else
            {
                canvas.Save();
                canvas.Translate(s * 0.7f, s * 0.7f);
                canvas.RotateDegrees(o.Yaw * 180f / MathF.PI);
                canvas.DrawRect(-hx, -hz, 2f * hx, 2f * hz, fill);
                canvas.Restore();
            }
        }
        canvas.RotateDegrees(o.Yaw * 180f / MathF.PI);
        stroke.Color = new SKColor(40, 32, 28, 230);
        stroke.StrokeWidth = MathF.Max(1f, px * 0.25f);
        switch (o.Label)
        {
            case SemanticLabel.Bridge or SemanticLabel.Pier:
                fill.Color = roof;
                canvas.DrawRect(-hx, -hz, 2f * hx, 2f * hz, fill);
                stroke.Color = MapPalette.Darken(roof, 0.5f);
                canvas.DrawLine(-hx, -hz, -hx, hz, stroke);
                canvas.DrawLine(hx, -hz, hx, hz, stroke);
                break;
            case SemanticLabel.Fence or SemanticLabel.Wall:
                stroke.Color = MapPalette.Darken(roof, 0.7f);
                canvas.DrawLine(0f, -hz, 0f, hz, stroke);
                break;
            case SemanticLabel.Castle:
                fill.Color = roof;
                canvas.DrawRect(-hx, -hz, 2f * hx, 2f * hz, fill);
                canvas.DrawRect(-hx, -hz, 2f * hx, 2f * hz, stroke);
                fill.Color = MapPalette.Darken(roof, 0.75f);
                canvas.DrawRect(-hx * 0.45f, -hz * 0.45f, hx * 0.9f, hz * 0.9f, fill);
                float t = hx * 0.28f;
                foreach ((float sx, float sz) in new[] { (-1f, -1f), (1f, -1f), (-1f, 1f), (1f, 1f) })
                {
                    fill.Color = MapPalette.Lighten(roof, 0.15f);
                    canvas.DrawCircle(sx * hx, sz * hz, t, fill);
                    canvas.DrawCircle(sx * hx, sz * hz, t, stroke);
                }
                break;
            case SemanticLabel.Windmill:
                fill.Color = roof;
                canvas.DrawCircle(0f, 0f, hx, fill);
                canvas.DrawCircle(0f, 0f, hx, stroke);
                stroke.Color = new SKColor(90, 70, 50);
                stroke.StrokeWidth = MathF.Max(1f, px * 0.5f);
                canvas.DrawLine(-hx * 2f, -hx * 2f, hx * 2f, hx * 2f, stroke);
                canvas.DrawLine(-hx * 2f, hx * 2f, hx * 2f, -hx * 2f, stroke);
                break;
            case SemanticLabel.Tower or SemanticLabel.Lighthouse or SemanticLabel.Well:
                fill.Color = roof;
                canvas.DrawCircle(0f, 0f, hx, fill);
                canvas.DrawCircle(0f, 0f, hx, stroke);
                if (o.Label == SemanticLabel.Lighthouse)
                {
                    fill.Color = new SKColor(200, 40, 40);
                    canvas.DrawCircle(0f, 0f, hx * 0.45f, fill);
                }
                break;
            default:
                // A pitched roof: two halves either side of a ridge along the building's length, lit and shaded.
                fill.Color = MapPalette.Lighten(roof, 0.08f);
                canvas.DrawRect(-hx, -hz, hx, 2f * hz, fill);
                fill.Color = MapPalette.Darken(roof, 0.78f);
                canvas.DrawRect(0f, -hz, hx, 2f * hz, fill);
                canvas.DrawRect(-hx, -hz, 2f * hx, 2f * hz, stroke);
                stroke.Color = MapPalette.Darken(roof, 0.55f);
                canvas.DrawLine(0f, -hz, 0f, hz, stroke);
                break;
        }
        canvas.Restore();
    }

    private static void DrawProp(SKCanvas canvas, MapArea a, PlacedObject o, SKPaint fill, SKPaint stroke, float px)
    {
        SKPoint p = a.ToPixel(o.Position.X, o.Position.Z);
        SKColor c = MapPalette.ToSk(o.Tint);
        float hx = MathF.Max(o.HalfExtents.X * px, 1f), hz = MathF.Max(o.HalfExtents.Z * px, 1f);
        canvas.Save();
        canvas.Translate(p);
        canvas.RotateDegrees(o.Yaw * 180f / MathF.PI);
        stroke.Color = new SKColor(30, 30, 30, 200);
        stroke.StrokeWidth = 0.8f;
        switch (o.Label)
        {
            case SemanticLabel.Boulder or SemanticLabel.Stone or SemanticLabel.Stump or SemanticLabel.Barrel:
                float r = MathF.Max(MathF.Max(o.HalfExtents.X, 0.35f) * o.Scale * px, 1.2f);
                fill.Color = c;
                canvas.DrawCircle(0f, 0f, r, fill);
                canvas.DrawCircle(0f, 0f, r, stroke);
                break;
            case SemanticLabel.LampPost:
                fill.Color = new SKColor(250, 220, 110);
                canvas.DrawCircle(0f, 0f, MathF.Max(0.4f * px, 1.5f), fill);
                canvas.DrawCircle(0f, 0f, MathF.Max(0.4f * px, 1.5f), stroke);
                break;
            case SemanticLabel.Boat:
                fill.Color = c;
                using (var b = new SKPathBuilder())
                {
                    b.MoveTo(0f, -hz);
                    b.LineTo(hx, -hz * 0.2f);
                    b.LineTo(hx * 0.8f, hz);
                    b.LineTo(-hx * 0.8f, hz);
                    b.LineTo(-hx, -hz * 0.2f);
                    b.Close();
                    using SKPath hull = b.Detach();
                    canvas.DrawPath(hull, fill);
                    canvas.DrawPath(hull, stroke);
                }
                break;
            default:
                fill.Color = c;
                canvas.DrawRect(-hx, -hz, 2f * hx, 2f * hz, fill);
                canvas.DrawRect(-hx, -hz, 2f * hx, 2f * hz, stroke);
                break;
        }
        canvas.Restore();
    }

    private static void DrawSpawn(SKCanvas canvas, MapArea a, SpawnPoint spawn)
    {
        SKPoint p = a.ToPixel(spawn.Position.X, spawn.Position.Z);
        float fov = Lens.Default.HorizontalFov;
        float reach = spawn.SubjectPosition is { } s
            ? MathF.Sqrt(((s.X - spawn.Position.X) * (s.X - spawn.Position.X)) + ((s.Z - spawn.Position.Z) * (s.Z - spawn.Position.Z))) + 20f
            : 60f;
        float r = reach / a.Mpp;
        using var builder = new SKPathBuilder();
        builder.MoveTo(p);
        const int Steps = 24;
        for (int k = 0; k <= Steps; k++)
        {
            float yaw = spawn.Yaw - (fov / 2f) + (fov * k / Steps);
            builder.LineTo(p.X + (MathF.Sin(yaw) * r), p.Y - (MathF.Cos(yaw) * r));
        }
        builder.Close();
        using SKPath cone = builder.Detach();
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = new SKColor(255, 255, 255, 64) };
        canvas.DrawPath(cone, paint);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = 1.5f;
        paint.Color = new SKColor(255, 255, 255, 200);
        canvas.DrawPath(cone, paint);
        if (spawn.SubjectPosition is { } subject)
        {
            SKPoint q = a.ToPixel(subject.X, subject.Z);
            paint.Color = new SKColor(255, 210, 60, 230);
            paint.StrokeWidth = 2f;
            canvas.DrawCircle(q, MathF.Max(9f / a.Mpp, 9f), paint);
        }
        paint.Style = SKPaintStyle.Fill;
        paint.Color = new SKColor(20, 20, 24);
        canvas.DrawCircle(p, 7f, paint);
        paint.Color = new SKColor(255, 255, 255);
        canvas.DrawCircle(p, 4.5f, paint);
    }

    /// <summary>Title, legend, scale bar and north arrow.</summary>
    private static void DrawFurniture(SKCanvas canvas, MapArea a, MapRequest request, List<PlacedObject> objects)
    {
        using SKTypeface regular = LoadTypeface(bold: false);
        using SKTypeface bold = LoadTypeface(bold: true);
        float u = a.Pixels / 1024f; // layout unit: sizes are designed for a 1024 px map
        using var panel = new SKPaint { IsAntialias = true, Color = new SKColor(250, 250, 246, 225) };
        using var ink = new SKPaint { IsAntialias = true, Color = new SKColor(28, 30, 34) };
        using var titleFont = new SKFont(bold, 19f * u);
        using var font = new SKFont(regular, 13f * u);

        // Title: the prompt, wrapped to two lines, then the subtitle.
        List<string> lines = Wrap(request.Title, titleFont, 600f * u, 2);
        float tw = Math.Max(lines.Select(l => titleFont.MeasureText(l)).DefaultIfEmpty(0f).Max(), font.MeasureText(request.Subtitle)) + (28f * u);
        float th = (lines.Count * 24f * u) + (30f * u);
        canvas.DrawRoundRect(new SKRect(12f * u, 12f * u, (12f * u) + tw, (12f * u) + th), 8f * u, 8f * u, panel);
        float y = 36f * u;
        foreach (string line in lines)
        {
            canvas.DrawText(line, 26f * u, y, SKTextAlign.Left, titleFont, ink);
            y += 24f * u;
        }
        ink.Color = new SKColor(80, 84, 90);
        canvas.DrawText(request.Subtitle, 26f * u, y + (2f * u), SKTextAlign.Left, font, ink);

        DrawLegend(canvas, a, objects, font, panel, u);
        DrawScaleBar(canvas, a, font, panel, u);
        DrawNorthArrow(canvas, a, bold, panel, u);
    }

    private static List<string> Wrap(string text, SKFont font, float width, int maxLines)
    {
        var lines = new List<string>();
        string current = "";
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string next = current.Length == 0 ? word : current + " " + word;
            if (font.MeasureText(next) > width && current.Length > 0)
            {
                lines.Add(current);
                current = word;
                if (lines.Count == maxLines)
                {
                    break;
                }
            }
            else
            {
                current = next;
            }
        }
        if (lines.Count < maxLines && current.Length > 0)
        {
            lines.Add(current);
        }
        else if (lines.Count == maxLines && current.Length > 0 && !text.EndsWith(current, StringComparison.Ordinal))
        {
            lines[^1] += " …";
        }
        return lines;
    }

    private static void DrawLegend(SKCanvas canvas, MapArea a, List<PlacedObject> objects, SKFont font, SKPaint panel, float u)
    {
        // Everything shown except ground cover, most numerous first; buildings always listed.
        var counts = objects
            .Where(o => a.Contains(o.Position.X, o.Position.Z, 0f) && o.Label is not (SemanticLabel.GrassTuft or SemanticLabel.Flower or SemanticLabel.Crop or SemanticLabel.Reed or SemanticLabel.Stone))
            .GroupBy(o => o.Label)
            .Select(g => (Label: g.Key, Count: g.Count(), Tint: g.First().Tint))
            .OrderByDescending(g => SemanticLabels.IsStructure(g.Label))
            .ThenByDescending(g => g.Count)
            .ThenBy(g => g.Label)
            .Take(12)
            .ToList();
        if (counts.Count == 0)
        {
            return;
        }
        float row = 19f * u, w = 190f * u, h = (counts.Count * row) + (16f * u);
        float x0 = a.Pixels - w - (12f * u), y0 = a.Pixels - h - (12f * u);
        canvas.DrawRoundRect(new SKRect(x0, y0, x0 + w, y0 + h), 8f * u, 8f * u, panel);
        using var fill = new SKPaint { IsAntialias = true };
        using var ink = new SKPaint { IsAntialias = true, Color = new SKColor(28, 30, 34) };
        float y = y0 + (8f * u);
        foreach ((SemanticLabel label, int count, Rgb tint) in counts)
        {
            fill.Color = SemanticLabels.IsCharacter(label) ? MapPalette.Character(label) : MapPalette.ToSk(tint);
            float cx = x0 + (20f * u), cy = y + (row / 2f);
            if (SemanticLabels.IsStructure(label))
            {
                canvas.DrawRect(cx - (6f * u), cy - (5f * u), 12f * u, 10f * u, fill);
            }
            else
            {
                canvas.DrawCircle(cx, cy, 5.5f * u, fill);
            }
            canvas.DrawText(SemanticLabels.Name(label), x0 + (34f * u), cy + (4.5f * u), SKTextAlign.Left, font, ink);
            canvas.DrawText(count.ToString(CultureInfo.InvariantCulture), x0 + w - (12f * u), cy + (4.5f * u), SKTextAlign.Right, font, ink);
            y += row;
        }
    }

    private static void DrawScaleBar(SKCanvas canvas, MapArea a, SKFont font, SKPaint panel, float u)
    {
        float target = a.Size / 5f;
        float[] nice = [5f, 10f, 20f, 25f, 50f, 100f, 200f, 250f, 500f, 1000f, 2000f];
        float metres = nice.LastOrDefault(m => m <= target, 5f);
        float len = metres / a.Mpp;
        float x0 = 24f * u, y0 = a.Pixels - (30f * u);
        canvas.DrawRoundRect(new SKRect(x0 - (12f * u), y0 - (26f * u), x0 + len + (60f * u), y0 + (16f * u)), 8f * u, 8f * u, panel);
        using var paint = new SKPaint { IsAntialias = true, Color = new SKColor(28, 30, 34) };
        canvas.DrawRect(x0, y0, len, 6f * u, paint);
        paint.Color = SKColors.White;
        canvas.DrawRect(x0 + (len / 4f), y0 + (1f * u), len / 4f, 4f * u, paint);
        canvas.DrawRect(x0 + (3f * len / 4f), y0 + (1f * u), len / 4f, 4f * u, paint);
        paint.Color = new SKColor(28, 30, 34);
        canvas.DrawText("0", x0, y0 - (6f * u), SKTextAlign.Center, font, paint);
        canvas.DrawText(metres.ToString(CultureInfo.InvariantCulture) + " m", x0 + len, y0 - (6f * u), SKTextAlign.Center, font, paint);
    }

    private static void DrawNorthArrow(SKCanvas canvas, MapArea a, SKTypeface bold, SKPaint panel, float u)
    {
        float cx = a.Pixels - (36f * u), cy = 44f * u;
        canvas.DrawCircle(cx, cy, 24f * u, panel);
        using var paint = new SKPaint { IsAntialias = true, Color = new SKColor(28, 30, 34) };
        using var builder = new SKPathBuilder();
        builder.MoveTo(cx, cy - (16f * u));
        builder.LineTo(cx + (7f * u), cy + (4f * u));
        builder.LineTo(cx, cy);
        builder.LineTo(cx - (7f * u), cy + (4f * u));
        builder.Close();
        using SKPath arrow = builder.Detach();
        canvas.DrawPath(arrow, paint);
        using var font = new SKFont(bold, 12f * u);
        canvas.DrawText("N", cx, cy + (18f * u), SKTextAlign.Center, font, paint);
    }
}
