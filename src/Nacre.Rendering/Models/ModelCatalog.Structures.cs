using System.Numerics;
using Nacre.Core;

namespace Nacre.Rendering.Models;

internal static partial class ModelCatalog
{
    private static IEnumerable<ModelRecipe> Structures()
    {
        yield return new(SemanticLabel.Cabin, "cabin", 5f, 3.5f, 2.7f, Cabin, ModelFit.Footprint);
        yield return new(SemanticLabel.Barn, "barn", 8.3f, 5.6f, 4.2f, Barn, ModelFit.Footprint);
        yield return new(SemanticLabel.Castle, "castle", 20f, 13f, 13f, Castle, ModelFit.Footprint);
        yield return new(SemanticLabel.Tower, "tower", 18f, 3.2f, 3.2f, Tower, ModelFit.Footprint);
        yield return new(SemanticLabel.Ruins, "ruins", 5f, 5f, 4f, Ruins, ModelFit.Footprint);
        yield return new(SemanticLabel.Lighthouse, "lighthouse", 21f, 2.8f, 2.8f, Lighthouse, ModelFit.Footprint);
        yield return new(SemanticLabel.Windmill, "windmill", 15f, 3.2f, 3.2f, Windmill, ModelFit.Footprint);
        yield return new(SemanticLabel.Bridge, "bridge", 2.2f, 2.5f, 10f, Bridge, ModelFit.Stretch);
        yield return new(SemanticLabel.Pier, "pier", 1.6f, 1.5f, 8f, Pier, ModelFit.Stretch);
        yield return new(SemanticLabel.Fence, "fence", 1.1f, 0.1f, 2f, Fence, ModelFit.Stretch, CastsShadow: true);
        yield return new(SemanticLabel.Wall, "wall", 1.6f, 0.35f, 2f, (b, lod) =>
        {
            b.Block(0, 0, 0, 0.7f, 1.5f, 4f, ModelBuilder.Tint());
            if (lod == 0)
            {
                b.Block(0, 1.5f, 0, 0.8f, 0.12f, 4f, ModelBuilder.Tint(215));
            }
        }, ModelFit.Stretch);
        yield return new(SemanticLabel.Church, "church", 19f, 4f, 8f, Church, ModelFit.Footprint);
        yield return new(SemanticLabel.Well, "well", 2.6f, 0.9f, 0.9f, (b, lod) =>
        {
            b.Cylinder(V(0, 0, 0), 0.9f, 0.9f, 0.8f, lod == 0 ? 8 : 5, ModelBuilder.Tint());
            if (lod < 2)
            {
                b.Block(-0.8f, 0.8f, 0, 0.12f, 1.4f, 0.12f, DarkWood);
                b.Block(0.8f, 0.8f, 0, 0.12f, 1.4f, 0.12f, DarkWood);
            }
            b.GableRoof(-1.1f, 1.1f, -0.8f, 0.8f, 2.1f, 0.6f, RoofRed, DarkWood);
        }, ModelFit.Footprint);
    }

    private static readonly uint WindowFrame = ModelBuilder.Paint(226, 222, 210);

    private static void Windows(ModelBuilder b, float hx, float hz, float y, float h, int perSide, bool front = true)
    {
        // Glowing panes in light frames with a sill, just proud of the walls on the long sides (and the front when asked).
        for (int i = 0; i < perSide; i++)
        {
            float t = (i + 0.5f) / perSide;
            float z = -hz + (2 * hz * t);
            b.Block(-hx - 0.02f, y - 0.1f, z, 0.06f, h + 0.2f, 1.0f, WindowFrame);
            b.Block(hx + 0.02f, y - 0.1f, z, 0.06f, h + 0.2f, 1.0f, WindowFrame);
            b.Block(-hx - 0.05f, y, z, 0.08f, h, 0.8f, Window);
            b.Block(hx + 0.05f, y, z, 0.08f, h, 0.8f, Window);
            b.Block(-hx - 0.08f, y - 0.12f, z, 0.16f, 0.08f, 1.1f, WindowFrame);
            b.Block(hx + 0.08f, y - 0.12f, z, 0.16f, 0.08f, 1.1f, WindowFrame);
        }
        if (front)
        {
            foreach (float x in (ReadOnlySpan<float>)[-hx * 0.55f, hx * 0.55f])
            {
                b.Block(x, y - 0.1f, -hz - 0.02f, 1.0f, h + 0.2f, 0.06f, WindowFrame);
                b.Block(x, y, -hz - 0.05f, 0.8f, h, 0.08f, Window);
                b.Block(x, y - 0.12f, -hz - 0.08f, 1.1f, 0.08f, 0.16f, WindowFrame);
            }
        }
    }

    private static void Cabin(ModelBuilder b, int lod)
    {
        const float hx = 3.2f, hz = 2.4f, wall = 2.7f;
        b.Box(V(-hx, 0, -hz), V(hx, wall, hz), ModelBuilder.Tint());
        b.GableRoof(-hx - 0.45f, hx + 0.45f, -hz - 0.45f, hz + 0.45f, wall, 1.9f, RoofDark, ModelBuilder.Tint(220));
        if (lod == 2)
        {
            return;
        }
        b.Block(0, 0, -hz - 0.04f, 1f, 2f, 0.1f, DarkWood);
        b.Block(1.8f, 3.2f, 1f, 0.6f, 1.8f, 0.6f, StoneGrey);
        if (lod == 0)
        {
            Windows(b, hx, hz, 1.0f, 0.9f, 1);
            // Log ends at the corners and a porch step.
            b.Block(-hx, 0, -hz, 0.35f, wall, 0.35f, DarkWood);
            b.Block(hx, 0, -hz, 0.35f, wall, 0.35f, DarkWood);
            b.Block(0, 0, -hz - 0.6f, 2.4f, 0.25f, 1.2f, Wood);
        }
    }

    private static void Barn(ModelBuilder b, int lod)
    {
        // Long side faces the front (−Z), as WorldGen's barn footprint is wider than deep; the gambrel roof's ridge
        // runs along x. Built along z and turned a quarter, then the door is added on the front wall.
        const float hx = 5.6f, hz = 4.2f, wall = 4.6f;
        b.Transform = Matrix4x4.CreateRotationY(MathF.PI / 2);
        BarnBody(b, hz, hx, wall);
        b.Transform = Matrix4x4.Identity;
        if (lod == 2)
        {
            return;
        }
        // The big door with its white frame and cross brace.
        b.Block(0, 0, -hz - 0.05f, 3.6f, 3.6f, 0.1f, ModelBuilder.Tint(190));
        if (lod == 0)
        {
            b.Block(0, 3.5f, -hz - 0.1f, 3.8f, 0.2f, 0.1f, White);
            b.Block(-1.8f, 0, -hz - 0.1f, 0.2f, 3.6f, 0.1f, White);
            b.Block(1.8f, 0, -hz - 0.1f, 0.2f, 3.6f, 0.1f, White);
            b.Transform = Matrix4x4.CreateRotationZ(0.785f) * Matrix4x4.CreateTranslation(0, 1.8f, -hz - 0.12f);
            b.Block(0, -2.3f, 0, 0.2f, 4.6f, 0.06f, White);
            b.Transform = Matrix4x4.CreateRotationZ(-0.785f) * Matrix4x4.CreateTranslation(0, 1.8f, -hz - 0.12f);
            b.Block(0, -2.3f, 0, 0.2f, 4.6f, 0.06f, White);
            b.Transform = Matrix4x4.Identity;
            b.Block(-hx - 0.05f, 5.6f, 0, 0.1f, 1.1f, 1.2f, White);
        }
    }

    /// <summary>Walls and gambrel roof with the ridge along z: a steep lower slope, then a shallow upper one.</summary>
    private static void BarnBody(ModelBuilder b, float hx, float hz, float wall)
    {
        b.Box(V(-hx, 0, -hz), V(hx, wall, hz), ModelBuilder.Tint());
        float x1 = hx * 0.55f, y1 = wall + 2.0f, y2 = y1 + 1.7f;
        uint roof = ModelBuilder.Paint(86, 84, 82);
        uint gable = ModelBuilder.Tint(235);
        var c = V(0, wall + 1.5f, 0);
        foreach (float s in (ReadOnlySpan<float>)[-1f, 1f])
        {
            b.Quad(V(s * (hx + 0.3f), wall, -hz - 0.3f), V(s * (hx + 0.3f), wall, hz + 0.3f), V(s * x1, y1, hz + 0.3f), V(s * x1, y1, -hz - 0.3f), roof, c);
            b.Quad(V(s * x1, y1, -hz - 0.3f), V(s * x1, y1, hz + 0.3f), V(0, y2, hz + 0.3f), V(0, y2, -hz - 0.3f), roof, c);
        }
        foreach (float z in (ReadOnlySpan<float>)[-hz, hz])
        {
            b.Quad(V(-hx, wall, z), V(hx, wall, z), V(x1, y1, z), V(-x1, y1, z), gable, V(0, y1 - 1, 0));
            b.Triangle(V(-x1, y1, z), V(x1, y1, z), V(0, y2, z), gable, V(0, y1, 0));
        }
    }

    private static void Castle(ModelBuilder b, int lod)
    {
        const float h = 12f;   // half size of the curtain wall square
        uint stone = ModelBuilder.Tint();
        uint dark = ModelBuilder.Tint(205);
        int sides = lod == 0 ? 8 : 6;
        // Curtain walls.
        b.Block(0, 0, -h, 2 * h, 7f, 1.6f, stone);
        b.Block(0, 0, h, 2 * h, 7f, 1.6f, stone);
        b.Block(-h, 0, 0, 1.6f, 7f, 2 * h, stone);
        b.Block(h, 0, 0, 1.6f, 7f, 2 * h, stone);
        // Keep.
        b.Block(0, 0, 1.5f, 10f, 15f, 10f, dark);
        b.HipRoof(-5.4f, 5.4f, -3.9f, 6.9f, 15f, 4.5f, ModelBuilder.Paint(70, 76, 96));
        foreach ((float x, float z) in (ReadOnlySpan<(float, float)>)[(-h, -h), (h, -h), (-h, h), (h, h)])
        {
            b.Cylinder(V(x, 0, z), 2.6f, 2.4f, 11f, sides, stone);
            b.Cone(V(x, 11f, z), 3.0f, 5f, sides, ModelBuilder.Paint(70, 76, 96));
        }
        if (lod == 2)
        {
            return;
        }
        // Gate and lit windows.
        b.Block(0, 0, -h - 0.85f, 4f, 4.5f, 0.2f, DarkWood);
        b.Block(-2.5f, 9f, -3.55f, 0.9f, 1.4f, 0.1f, Window);
        b.Block(2.5f, 9f, -3.55f, 0.9f, 1.4f, 0.1f, Window);
        if (lod == 0)
        {
            // Crenellations on the front wall.
            for (int i = 0; i < 8; i++)
            {
                float x = -h + 3f + (i * 2.6f);
                b.Block(x, 7f, -h, 1.2f, 1f, 1.7f, stone);
                b.Block(x, 7f, h, 1.2f, 1f, 1.7f, stone);
            }
        }
    }

    private static void Tower(ModelBuilder b, int lod)
    {
        int sides = lod == 0 ? 8 : lod == 1 ? 6 : 5;
        b.Cylinder(V(0, 0, 0), 3.2f, 2.8f, 13f, sides, ModelBuilder.Tint());
        b.Cylinder(V(0, 13f, 0), 3.3f, 3.3f, 1.2f, sides, ModelBuilder.Tint(215));
        b.Cone(V(0, 14.2f, 0), 3.6f, 4.2f, sides, ModelBuilder.Paint(112, 58, 46));
        if (lod < 2)
        {
            b.Block(0, 0, -3.05f, 1.2f, 2.2f, 0.2f, DarkWood);
            b.Block(0, 8f, -2.85f, 0.7f, 1.3f, 0.2f, Window);
            b.Block(0, 11f, 2.85f, 0.7f, 1.3f, 0.2f, Window);
        }
    }

    private static void Ruins(ModelBuilder b, int lod)
    {
        uint stone = ModelBuilder.Tint();
        b.Block(-2f, 0, -3.6f, 6f, 4.2f, 0.8f, stone);
        b.Block(-4.6f, 0, -0.5f, 0.8f, 2.8f, 6f, stone);
        b.Block(3.5f, 0, 2.5f, 3f, 1.6f, 0.8f, ModelBuilder.Tint(220));
        b.Block(-3.2f, 4.2f, -3.6f, 2.2f, 1.2f, 0.8f, stone);
        if (lod == 0)
        {
            b.Blob(V(1.5f, 0.3f, -1f), V(0.8f, 0.5f, 0.7f), 0, ModelBuilder.Tint(200));
            b.Blob(V(-1.5f, 0.25f, 2f), V(0.6f, 0.4f, 0.6f), 0, ModelBuilder.Tint(210));
            b.Block(0.8f, 0, -3.6f, 1f, 5.4f, 0.8f, stone);
        }
    }

    private static void Lighthouse(ModelBuilder b, int lod)
    {
        int sides = lod == 0 ? 10 : lod == 1 ? 7 : 5;
        // Bands: the instance colour (white by default, or the prompt's accent) and a fixed red.
        uint red = ModelBuilder.Paint(178, 42, 36);
        uint body = ModelBuilder.Tint();
        float y = 0;
        for (int i = 0; i < 4; i++)
        {
            float r0 = 2.8f - (0.3f * i), r1 = 2.5f - (0.3f * i);
            b.Cylinder(V(0, y, 0), r0, r1, 4f, sides, i % 2 == 0 ? body : red, topCap: i == 3);
            y += 4f;
        }
        b.Cylinder(V(0, y, 0), 2.2f, 2.2f, 0.4f, sides, DarkStone);
        b.Cylinder(V(0, y + 0.4f, 0), 1.3f, 1.3f, 2f, sides, ModelBuilder.Paint(255, 236, 170, ModelBuilder.Glow));
        b.Cone(V(0, y + 2.4f, 0), 1.7f, 1.8f, sides, red);
        if (lod < 2)
        {
            b.Block(0, 0, -2.75f, 1.1f, 2f, 0.2f, DarkWood);
        }
    }

    private static void Windmill(ModelBuilder b, int lod)
    {
        int sides = lod == 0 ? 8 : 6;
        b.Cylinder(V(0, 0, 0), 3.2f, 2.2f, 10f, sides, ModelBuilder.Tint());
        b.Cone(V(0, 10f, 0), 2.6f, 2.6f, sides, RoofDark);
        // Four sails on a hub at the front (−Z).
        var hub = V(0, 10.4f, -2.6f);
        int sails = lod == 2 ? 2 : 4;
        for (int i = 0; i < sails; i++)
        {
            float a = 0.35f + (i * MathF.Tau / 4);
            var d = V(MathF.Cos(a), MathF.Sin(a), 0);
            var s = V(-d.Y, d.X, 0) * 0.7f;
            Vector3 inner = hub + (d * 1.2f), outer = hub + (d * 7f);
            b.Card(inner, outer, outer + s, inner + s, ModelBuilder.Paint(226, 220, 204));
        }
        if (lod < 2)
        {
            b.Block(0, 0, -2.9f, 1.2f, 2f, 0.2f, DarkWood);
            b.Block(0, 5f, -2.6f, 0.8f, 1.1f, 0.2f, Window);
        }
    }

    private static void Bridge(ModelBuilder b, int lod)
    {
        uint deck = ModelBuilder.Tint();
        b.Block(0, 1.2f, 0, 5f, 0.5f, 20f, deck, bottom: true);
        b.Block(-2.35f, 1.7f, 0, 0.3f, 0.9f, 20f, ModelBuilder.Tint(215));
        b.Block(2.35f, 1.7f, 0, 0.3f, 0.9f, 20f, ModelBuilder.Tint(215));
        if (lod < 2)
        {
            foreach (float z in (ReadOnlySpan<float>)[-6f, 6f])
            {
                b.Block(0, -3f, z, 4f, 4.2f, 1.2f, ModelBuilder.Tint(200));
            }
        }
    }

    private static void Pier(ModelBuilder b, int lod)
    {
        b.Block(0, 0.9f, 0, 3f, 0.25f, 16f, ModelBuilder.Tint(), bottom: true);
        if (lod == 2)
        {
            return;
        }
        for (int i = 0; i < 5; i++)
        {
            float z = -7.5f + (i * 3.75f);
            b.Block(-1.3f, -2.5f, z, 0.25f, lod == 0 ? 4.3f : 3.4f, 0.25f, DarkWood);
            b.Block(1.3f, -2.5f, z, 0.25f, lod == 0 ? 4.3f : 3.4f, 0.25f, DarkWood);
        }
    }

    private static void Fence(ModelBuilder b, int lod)
    {
        uint wood = ModelBuilder.Tint();
        b.Block(0, 0.45f, 0, 0.06f, 0.12f, 4f, wood);
        b.Block(0, 0.85f, 0, 0.06f, 0.12f, 4f, wood);
        if (lod < 2)
        {
            b.Block(0, 0, -1.9f, 0.14f, 1.1f, 0.14f, ModelBuilder.Tint(200));
            b.Block(0, 0, 0, 0.14f, 1.1f, 0.14f, ModelBuilder.Tint(200));
            b.Block(0, 0, 1.9f, 0.14f, 1.1f, 0.14f, ModelBuilder.Tint(200));
        }
    }

    private static void Church(ModelBuilder b, int lod)
    {
        uint wall = ModelBuilder.Tint();
        b.Box(V(-3.8f, 0, -4f), V(3.8f, 6.5f, 8f), wall);
        b.GableRoof(-4.2f, 4.2f, -4f, 8.3f, 6.5f, 3.6f, RoofDark, wall);
        b.Box(V(-2f, 0, -8f), V(2f, 11f, -4f), ModelBuilder.Tint(235));
        b.HipRoof(-2.2f, 2.2f, -8.2f, -3.8f, 11f, 7.5f, RoofDark);
        if (lod < 2)
        {
            b.Block(0, 0, -8.05f, 1.4f, 2.6f, 0.1f, DarkWood);
            b.Transform = Matrix4x4.CreateTranslation(0, 0, 2f);
            Windows(b, 3.8f, 5.2f, 2.5f, 2.2f, lod == 0 ? 3 : 2, front: false);
            b.Transform = Matrix4x4.Identity;
        }
    }
}
