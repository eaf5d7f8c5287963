using System.Numerics;
using Nacre.Core;

namespace Nacre.Rendering.Models;

internal static partial class ModelCatalog
{
    private static readonly uint Sandstone = ModelBuilder.Paint(214, 200, 170);
    private static readonly uint WaterBlue = ModelBuilder.Paint(88, 132, 168);

    /// <summary>What settlement layouts build (generator v2): farm, market, western street, graveyard, temple, monastery, harbour.</summary>
    private static IEnumerable<ModelRecipe> Settlement()
    {
        yield return new(SemanticLabel.Silo, "silo", 11.4f, 2.2f, 2.2f, Silo, ModelFit.Footprint);
        yield return new(SemanticLabel.MarketStall, "market stall", 2.6f, 1.5f, 1.1f, MarketStall);
        yield return new(SemanticLabel.Saloon, "saloon", 8.6f, 6f, 5f, Saloon, ModelFit.Footprint);
        yield return new(SemanticLabel.Gravestone, "gravestone", 0.95f, 0.35f, 0.12f, (b, lod) =>
        {
            b.Block(0, 0, 0, 0.6f, 0.65f, 0.16f, ModelBuilder.Tint());
            b.Transform = Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 0.65f, -0.08f);
            b.Cylinder(V(0, 0, 0), 0.3f, 0.3f, 0.16f, lod == 0 ? 8 : 5, ModelBuilder.Tint());
            b.Transform = Matrix4x4.Identity;
        }, CastsShadow: false);
        yield return new(SemanticLabel.Gravestone, "grave cross", 1.1f, 0.35f, 0.12f, (b, lod) =>
        {
            b.Block(0, 0, 0, 0.14f, 1.1f, 0.14f, ModelBuilder.Tint());
            b.Block(0, 0.68f, 0, 0.6f, 0.14f, 0.14f, ModelBuilder.Tint());
            b.Block(0, 0, 0, 0.4f, 0.12f, 0.3f, ModelBuilder.Tint(210));
        }, CastsShadow: false);
        yield return new(SemanticLabel.Shrine, "shrine", 3.3f, 1.3f, 1.3f, Shrine, ModelFit.Footprint);
        yield return new(SemanticLabel.Temple, "temple", 11f, 9f, 12f, Temple, ModelFit.Footprint);
        yield return new(SemanticLabel.Jetty, "jetty", 1.2f, 1f, 6f, Jetty, ModelFit.Stretch);
        yield return new(SemanticLabel.Fountain, "fountain", 2.4f, 2.2f, 2.2f, Fountain, ModelFit.Footprint);
        yield return new(SemanticLabel.Warehouse, "warehouse", 7.4f, 7f, 12f, Warehouse, ModelFit.Footprint);
        yield return new(SemanticLabel.Monastery, "monastery", 18f, 12f, 14f, Monastery, ModelFit.Footprint);
    }

    private static void Silo(ModelBuilder b, int lod)
    {
        int sides = lod == 0 ? 12 : lod == 1 ? 8 : 6;
        b.Cylinder(V(0, 0, 0), 2f, 2f, 9.6f, sides, ModelBuilder.Tint(), topCap: false);
        b.Blob(V(0, 9.6f, 0), V(2.05f, 1.7f, 2.05f), lod == 2 ? 0 : 1, ModelBuilder.Tint(225), 0f);
        if (lod == 0)
        {
            for (int i = 1; i < 4; i++)
            {
                b.Cylinder(V(0, i * 2.4f, 0), 2.04f, 2.04f, 0.15f, sides, ModelBuilder.Tint(190), topCap: false);
            }
            b.Block(0, 0, -2.05f, 0.4f, 9.6f, 0.1f, Metal);  // the ladder
        }
    }

    private static void MarketStall(ModelBuilder b, int lod)
    {
        b.Block(0, 0.8f, 0, 2.6f, 0.1f, 1.4f, Wood);
        foreach ((float x, float z) in (ReadOnlySpan<(float, float)>)[(-1.3f, -0.8f), (1.3f, -0.8f), (-1.3f, 0.8f), (1.3f, 0.8f)])
        {
            b.Block(x, 0, z, 0.1f, z < 0 ? 2.1f : 2.5f, 0.1f, DarkWood);
        }
        // A striped awning sloping down to the front, in the instance's colour and white.
        int stripes = lod == 0 ? 6 : 2;
        for (int i = 0; i < stripes; i++)
        {
            float x0 = -1.45f + (2.9f * i / stripes), x1 = -1.45f + (2.9f * (i + 1) / stripes);
            b.Card(V(x0, 2.1f, -1.05f), V(x1, 2.1f, -1.05f), V(x1, 2.5f, 0.95f), V(x0, 2.5f, 0.95f), i % 2 == 0 ? ModelBuilder.Tint() : White);
        }
        if (lod == 0)
        {
            b.Block(-0.7f, 0.9f, 0, 0.6f, 0.25f, 0.5f, ModelBuilder.Paint(214, 120, 40));
            b.Block(0.1f, 0.9f, 0.1f, 0.6f, 0.2f, 0.5f, ModelBuilder.Paint(120, 160, 60));
            b.Block(0.8f, 0.9f, -0.1f, 0.5f, 0.3f, 0.5f, ModelBuilder.Paint(190, 40, 40));
        }
    }

    private static void Saloon(ModelBuilder b, int lod)
    {
        const float hx = 5.5f, hz = 4.2f, wall = 6.2f;
        b.Box(V(-hx, 0, -hz), V(hx, wall, hz), ModelBuilder.Tint());
        b.Block(0, wall, 0, (2 * hx) + 0.2f, 0.3f, (2 * hz) + 0.2f, ModelBuilder.Tint(180));
        // The tall false front hides the roof, with the name board across it.
        b.Block(0, 0, -hz - 0.15f, 2 * hx, 8.6f, 0.3f, ModelBuilder.Tint(220));
        b.Block(0, 6.6f, -hz - 0.35f, 7f, 1.1f, 0.1f, ModelBuilder.Paint(226, 214, 170));
        // Porch roof over the boardwalk on four posts, and the boardwalk itself.
        b.Block(0, 3.1f, -hz - 1.6f, 2 * hx, 0.15f, 3f, DarkWood);
        b.Block(0, 0, -hz - 1.6f, 2 * hx, 0.25f, 3f, Wood);
        if (lod == 2)
        {
            return;
        }
        foreach (float x in (ReadOnlySpan<float>)[-hx + 0.2f, -1.8f, 1.8f, hx - 0.2f])
        {
            b.Block(x, 0.25f, -hz - 2.95f, 0.18f, 2.85f, 0.18f, DarkWood);
        }
        b.Block(0, 0.25f, -hz - 0.2f, 1.6f, 1.6f, 0.1f, DarkWood);           // swinging doors
        b.Block(0, 3.25f, -hz - 1.2f, 2 * hx, 0.9f, 0.1f, DarkWood);         // balcony rail
        if (lod == 0)
        {
            Windows(b, hx, hz, 1.2f, 1.3f, 2, front: false);
            Windows(b, hx, hz, 4.0f, 1.2f, 2, front: false);
            b.Block(-3.5f, 0.9f, -hz - 0.2f, 1.2f, 1.4f, 0.1f, Window);
            b.Block(3.5f, 0.9f, -hz - 0.2f, 1.2f, 1.4f, 0.1f, Window);
            b.Block(-2.5f, 4.1f, -hz - 0.2f, 1f, 1.4f, 0.1f, Window);
            b.Block(2.5f, 4.1f, -hz - 0.2f, 1f, 1.4f, 0.1f, Window);
        }
    }

    private static void Shrine(ModelBuilder b, int lod)
    {
        b.Block(0, 0, 0, 2.6f, 0.45f, 2.6f, StoneGrey);
        b.Block(0, 0.45f, 0, 1.6f, 1.5f, 1.6f, ModelBuilder.Tint());
        b.HipRoof(-1.35f, 1.35f, -1.35f, 1.35f, 1.95f, 1.2f, RoofDark);
        if (lod < 2)
        {
            b.Block(0, 0.6f, -0.82f, 0.8f, 1.0f, 0.06f, ModelBuilder.Paint(60, 40, 30));
            b.Block(-1.15f, 0.45f, -1.15f, 0.14f, 1.5f, 0.14f, ModelBuilder.Tint(200));
            b.Block(1.15f, 0.45f, -1.15f, 0.14f, 1.5f, 0.14f, ModelBuilder.Tint(200));
        }
        if (lod == 0)
        {
            b.Cylinder(V(0, 3.1f, 0), 0.12f, 0.02f, 0.25f, 5, ModelBuilder.Paint(200, 170, 80));
        }
    }

    private static void Temple(ModelBuilder b, int lod)
    {
        uint stone = ModelBuilder.Tint();
        // Three broad steps, the walled cella inside a ring of columns, the entablature and a low hipped roof.
        for (int i = 0; i < 3; i++)
        {
            b.Block(0, i * 0.6f, 0, 18f - (1.4f * i), 0.6f, 24f - (1.4f * i), ModelBuilder.Tint(215 + (10 * i)));
        }
        b.Block(0, 1.8f, 0.8f, 10f, 5.6f, 15f, stone);
        b.Block(0, 7.4f, 0, 15.4f, 0.9f, 21.4f, ModelBuilder.Tint(235));
        b.HipRoof(-8f, 8f, -11f, 11f, 8.3f, 2.6f, RoofRed);
        if (lod == 2)
        {
            return;
        }
        int along = lod == 0 ? 8 : 4, across = lod == 0 ? 6 : 3;
        int sides = lod == 0 ? 6 : 4;
        for (int i = 0; i < along; i++)
        {
            float z = -9.8f + (19.6f * i / (along - 1));
            b.Cylinder(V(-7f, 1.8f, z), 0.5f, 0.42f, 5.6f, sides, White);
            b.Cylinder(V(7f, 1.8f, z), 0.5f, 0.42f, 5.6f, sides, White);
        }
        for (int i = 1; i < across - 1; i++)
        {
            float x = -7f + (14f * i / (across - 1));
            b.Cylinder(V(x, 1.8f, -9.8f), 0.5f, 0.42f, 5.6f, sides, White);
            b.Cylinder(V(x, 1.8f, 9.8f), 0.5f, 0.42f, 5.6f, sides, White);
        }
        b.Block(0, 1.8f, -6.76f, 2.4f, 3.8f, 0.1f, DarkWood);
    }

    private static void Jetty(ModelBuilder b, int lod)
    {
        b.Block(0, 0.8f, 0, 1.9f, 0.18f, 12f, ModelBuilder.Tint(), bottom: true);
        if (lod == 2)
        {
            return;
        }
        for (int i = 0; i < 4; i++)
        {
            float z = -5.6f + (i * 3.73f);
            b.Block(-0.85f, -2.2f, z, 0.2f, 3.2f, 0.2f, DarkWood);
            b.Block(0.85f, -2.2f, z, 0.2f, 3.2f, 0.2f, DarkWood);
        }
        if (lod == 0)
        {
            b.Block(-0.85f, 0.98f, -5.8f, 0.22f, 0.5f, 0.22f, DarkWood);    // mooring posts at the far end
            b.Block(0.85f, 0.98f, -5.8f, 0.22f, 0.5f, 0.22f, DarkWood);
        }
    }

    private static void Fountain(ModelBuilder b, int lod)
    {
        int sides = lod == 0 ? 14 : lod == 1 ? 10 : 6;
        uint stone = ModelBuilder.Tint();
        b.Cylinder(V(0, 0, 0), 2.2f, 2.1f, 0.6f, sides, stone);
        b.Cylinder(V(0, 0.6f, 0), 1.95f, 1.95f, 0.02f, sides, WaterBlue);
        b.Cylinder(V(0, 0, 0), 0.32f, 0.26f, 1.9f, lod == 0 ? 6 : 4, stone);
        if (lod == 2)
        {
            return;
        }
        b.Cylinder(V(0, 1.45f, 0), 0.6f, 0.9f, 0.28f, sides, ModelBuilder.Tint(220));
        b.Cone(V(0, 1.9f, 0), 0.35f, 0.5f, 6, ModelBuilder.Paint(190, 220, 236));
    }

    private static void Warehouse(ModelBuilder b, int lod)
    {
        const float hx = 6.8f, hz = 11.8f, wall = 5f;
        b.Box(V(-hx, 0, -hz), V(hx, wall, hz), ModelBuilder.Tint());
        b.GableRoof(-hx - 0.3f, hx + 0.3f, -hz - 0.3f, hz + 0.3f, wall, 2.2f, ModelBuilder.Paint(96, 98, 100), ModelBuilder.Tint(225));
        if (lod == 2)
        {
            return;
        }
        b.Block(0, 0, -hz - 0.05f, 4.4f, 4f, 0.1f, DarkWood);                 // loading doors at the gable end
        if (lod == 0)
        {
            b.Block(-hx - 0.05f, 0, -4f, 0.1f, 3.4f, 3.6f, DarkWood);
            b.Block(-hx - 0.05f, 0, 5f, 0.1f, 3.4f, 3.6f, DarkWood);
            b.Block(0, 5.6f, -hz - 0.1f, 1.6f, 0.9f, 0.1f, Window);
        }
    }

    private static void Monastery(ModelBuilder b, int lod)
    {
        uint wall = ModelBuilder.Tint();
        // The church: a nave along z with its bell tower at the front (−Z), on the west side of the footprint.
        b.Box(V(-10.5f, 0, -6f), V(-3.5f, 8f, 13f), wall);
        b.GableRoof(-11f, -3f, -6f, 13.4f, 8f, 3.8f, RoofRed, wall);
        b.Box(V(-9.2f, 0, -13.5f), V(-4.8f, 15f, -6f), ModelBuilder.Tint(235));
        b.HipRoof(-9.5f, -4.5f, -13.8f, -5.7f, 15f, 3f, RoofRed);
        // The cloister: a square of low walls with lean-to roofs round an open garth, east of the nave.
        float x0 = -3.5f, x1 = 11.5f, z0 = -4f, z1 = 11f;
        b.Block((x0 + x1) / 2, 0, z0 + 0.4f, x1 - x0, 3.4f, 0.8f, wall);
        b.Block((x0 + x1) / 2, 0, z1 - 0.4f, x1 - x0, 3.4f, 0.8f, wall);
        b.Block(x1 - 0.4f, 0, (z0 + z1) / 2, 0.8f, 3.4f, z1 - z0, wall);
        uint roof = ModelBuilder.Paint(150, 66, 48);
        var garth = V((x0 + x1) / 2, 0, (z0 + z1) / 2);
        b.Quad(V(x0, 3.4f, z0 - 0.3f), V(x1, 3.4f, z0 - 0.3f), V(x1 - 3f, 2.6f, z0 + 3f), V(x0, 2.6f, z0 + 3f), roof, garth);
        b.Quad(V(x0, 3.4f, z1 + 0.3f), V(x1, 3.4f, z1 + 0.3f), V(x1 - 3f, 2.6f, z1 - 3f), V(x0, 2.6f, z1 - 3f), roof, garth);
        b.Quad(V(x1 + 0.3f, 3.4f, z0), V(x1 + 0.3f, 3.4f, z1), V(x1 - 3f, 2.6f, z1 - 3f), V(x1 - 3f, 2.6f, z0 + 3f), roof, garth);
        if (lod == 2)
        {
            return;
        }
        b.Block(-7f, 0, -13.55f, 1.6f, 3f, 0.1f, DarkWood);
        b.Block(-7f, 10.5f, -13.55f, 1.2f, 1.8f, 0.1f, ModelBuilder.Paint(40, 36, 34));   // belfry opening
        if (lod == 0)
        {
            for (int i = 0; i < 4; i++)
            {
                float z = -2f + (i * 4f);
                b.Block(-3.45f, 3.5f, z, 0.1f, 2.4f, 1f, Window);
                b.Block(-10.55f, 3.5f, z, 0.1f, 2.4f, 1f, Window);
            }
            b.Cylinder(V((x0 + x1) / 2, 0, (z0 + z1) / 2), 0.9f, 0.9f, 0.8f, 8, StoneGrey);   // the garth's well
        }
    }
}
