using System.Numerics;
using Nacre.Core;

namespace Nacre.Rendering.Models;

internal static partial class ModelCatalog
{
    private static IEnumerable<ModelRecipe> Props()
    {
        yield return new(SemanticLabel.Car, "car", 1.5f, 0.9f, 2.1f, Car);
        yield return new(SemanticLabel.Truck, "truck", 3.2f, 1.2f, 3.5f, Truck);
        yield return new(SemanticLabel.Boat, "boat", 2.2f, 1.2f, 3f, Boat);
        yield return new(SemanticLabel.Bench, "bench", 0.9f, 0.8f, 0.3f, (b, lod) =>
        {
            b.Block(0, 0.42f, 0, 1.6f, 0.08f, 0.45f, ModelBuilder.Tint());
            b.Block(0, 0.5f, 0.2f, 1.6f, 0.4f, 0.06f, ModelBuilder.Tint(225));
            if (lod < 2)
            {
                b.Block(-0.7f, 0, 0, 0.08f, 0.42f, 0.4f, Metal);
                b.Block(0.7f, 0, 0, 0.08f, 0.42f, 0.4f, Metal);
            }
        });
        yield return new(SemanticLabel.LampPost, "lamp post", 4f, 0.3f, 0.3f, (b, lod) =>
        {
            b.Cylinder(V(0, 0, 0), 0.09f, 0.07f, 3.6f, lod == 0 ? 5 : 3, ModelBuilder.Paint(46, 50, 54), topCap: false);
            b.Block(0, 3.55f, 0, 0.4f, 0.45f, 0.4f, ModelBuilder.Paint(255, 226, 160, ModelBuilder.Glow));
            b.HipRoof(-0.28f, 0.28f, -0.28f, 0.28f, 4.0f, 0.2f, ModelBuilder.Paint(46, 50, 54));
        });
        yield return new(SemanticLabel.Sign, "sign", 2.2f, 0.6f, 0.1f, (b, lod) =>
        {
            b.Block(0, 0, 0, 0.1f, 1.6f, 0.1f, DarkWood);
            b.Block(0, 1.3f, -0.06f, 1.2f, 0.7f, 0.06f, ModelBuilder.Tint());
        });
        yield return new(SemanticLabel.Bicycle, "bicycle", 1f, 0.1f, 0.85f, (b, lod) =>
        {
            b.Cylinder(V(0, 0, -0.55f), 0.35f, 0.35f, 0.05f, 6, Rubber);
            b.Cylinder(V(0, 0, 0.55f), 0.35f, 0.35f, 0.05f, 6, Rubber);
            b.Block(0, 0.35f, 0, 0.05f, 0.5f, 1.0f, ModelBuilder.Tint());
        }, CastsShadow: false);
        yield return new(SemanticLabel.Barrel, "barrel", 1f, 0.35f, 0.35f, (b, lod) =>
            b.Cylinder(V(0, 0, 0), 0.33f, 0.3f, 0.95f, lod == 0 ? 7 : 4, ModelBuilder.Tint()));
        yield return new(SemanticLabel.Crate, "crate", 0.8f, 0.4f, 0.4f, (b, lod) =>
            b.Block(0, 0, 0, 0.8f, 0.8f, 0.8f, ModelBuilder.Tint()));
        yield return new(SemanticLabel.Campfire, "campfire", 0.9f, 0.6f, 0.6f, (b, lod) =>
        {
            for (int i = 0; i < (lod == 0 ? 6 : 3); i++)
            {
                float a = i * MathF.Tau / 6;
                b.Blob(V(MathF.Cos(a) * 0.55f, 0.08f, MathF.Sin(a) * 0.55f), V(0.16f, 0.12f, 0.16f), 0, StoneGrey);
            }
            b.Cone(V(0, 0, 0), 0.3f, 0.8f, 5, ModelBuilder.Paint(255, 150, 50, ModelBuilder.Glow));
        }, CastsShadow: false);
        yield return new(SemanticLabel.Tent, "tent", 1.6f, 1.1f, 1.4f, (b, lod) =>
        {
            uint cloth = ModelBuilder.Tint();
            b.Quad(V(-1.1f, 0, -1.4f), V(-1.1f, 0, 1.4f), V(0, 1.5f, 1.4f), V(0, 1.5f, -1.4f), cloth, V(0, 0.4f, 0));
            b.Quad(V(1.1f, 0, -1.4f), V(1.1f, 0, 1.4f), V(0, 1.5f, 1.4f), V(0, 1.5f, -1.4f), cloth, V(0, 0.4f, 0));
            b.Triangle(V(-1.1f, 0, 1.4f), V(1.1f, 0, 1.4f), V(0, 1.5f, 1.4f), ModelBuilder.Tint(210), V(0, 0.4f, 0));
            b.Triangle(V(-1.1f, 0, -1.4f), V(1.1f, 0, -1.4f), V(0, 1.5f, -1.4f), ModelBuilder.Paint(40, 36, 30), V(0, 0.4f, 0));
        });
        yield return new(SemanticLabel.Cart, "cart", 1.2f, 0.9f, 1.6f, Cart);
        yield return new(SemanticLabel.Shipwreck, "shipwreck", 3f, 2.2f, 6f, Shipwreck);
    }

    private static void Cart(ModelBuilder b, int lod)
    {
        b.Block(0, 0.55f, 0.2f, 1.4f, 0.12f, 2.4f, ModelBuilder.Tint());
        b.Block(-0.66f, 0.67f, 0.2f, 0.08f, 0.4f, 2.4f, ModelBuilder.Tint(220));
        b.Block(0.66f, 0.67f, 0.2f, 0.08f, 0.4f, 2.4f, ModelBuilder.Tint(220));
        b.Block(0, 0.67f, 1.36f, 1.4f, 0.4f, 0.08f, ModelBuilder.Tint(220));
        // Two wheels on one axle across x.
        int sides = lod == 0 ? 10 : 6;
        foreach (float x in (ReadOnlySpan<float>)[-0.82f, 0.82f])
        {
            b.Transform = Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(x + 0.06f, 0.55f, 0.3f);
            b.Cylinder(V(0, 0, 0), 0.55f, 0.55f, 0.12f, sides, DarkWood);
        }
        b.Transform = Matrix4x4.Identity;
        if (lod < 2)
        {
            // Shafts reaching forward for the horse or donkey.
            b.Block(-0.45f, 0.6f, -1.6f, 0.08f, 0.08f, 1.8f, DarkWood);
            b.Block(0.45f, 0.6f, -1.6f, 0.08f, 0.08f, 1.8f, DarkWood);
        }
    }

    private static void Shipwreck(ModelBuilder b, int lod)
    {
        // A big hull heeled over and settled bow-down into the sand, its deck gone, a broken mast and bare ribs aft.
        uint hull = ModelBuilder.Tint();
        b.Transform = Matrix4x4.CreateRotationX(0.07f) * Matrix4x4.CreateRotationZ(0.38f) * Matrix4x4.CreateTranslation(0, -0.4f, 0);
        var c = V(0, 1.2f, 0.5f);
        Vector3 bow = V(0, 2.4f, -6.2f), keelBow = V(0, 0, -4.8f);
        Vector3 pl = V(-2.2f, 2.4f, -2f), pr = V(2.2f, 2.4f, -2f), sl = V(-2f, 2.4f, 2.5f), sr = V(2f, 2.4f, 2.5f);
        Vector3 kl = V(-1.1f, 0, -1.6f), kr = V(1.1f, 0, -1.6f), ksl = V(-1f, 0, 2.5f), ksr = V(1f, 0, 2.5f);
        b.Quad(keelBow, bow, pl, kl, hull, c);
        b.Quad(keelBow, bow, pr, kr, hull, c);
        b.Quad(kl, pl, sl, ksl, hull, c);
        b.Quad(kr, pr, sr, ksr, ModelBuilder.Tint(200), c);
        b.Triangle(keelBow, kl, kr, hull, c);
        b.Quad(kl, kr, ksr, ksl, hull, c);
        if (lod < 2)
        {
            for (int i = 0; i < (lod == 0 ? 4 : 2); i++)
            {
                float z = 3.1f + (i * 0.8f);
                b.Block(-1.7f + (0.1f * i), 0, z, 0.16f, 2.3f - (0.3f * i), 0.16f, DarkWood);
                b.Block(1.7f - (0.1f * i), 0, z, 0.16f, 2.1f - (0.3f * i), 0.16f, DarkWood);
            }
            b.Transform = Matrix4x4.CreateRotationX(-0.5f) * Matrix4x4.CreateRotationZ(0.38f) * Matrix4x4.CreateTranslation(0, 0.6f, -0.5f);
            b.Cylinder(V(0, 0, 0), 0.2f, 0.14f, 4.2f, 5, DarkWood);
        }
        b.Transform = Matrix4x4.Identity;
    }

    private static void Car(ModelBuilder b, int lod)
    {
        uint body = ModelBuilder.Tint();
        b.Block(0, 0.3f, 0, 1.8f, 0.62f, 4.2f, body);
        // Cabin, slightly narrower, with dark glass bands.
        b.Quad(V(-0.8f, 0.92f, -0.9f), V(0.8f, 0.92f, -0.9f), V(0.72f, 1.45f, -0.35f), V(-0.72f, 1.45f, -0.35f), Glass, V(0, 0.9f, 0.2f));
        b.Quad(V(-0.72f, 1.45f, -0.35f), V(0.72f, 1.45f, -0.35f), V(0.72f, 1.45f, 0.9f), V(-0.72f, 1.45f, 0.9f), ModelBuilder.Tint(225), V(0, 0.9f, 0.2f));
        b.Quad(V(-0.8f, 0.92f, 1.3f), V(0.8f, 0.92f, 1.3f), V(0.72f, 1.45f, 0.9f), V(-0.72f, 1.45f, 0.9f), Glass, V(0, 0.9f, 0.2f));
        b.Quad(V(-0.8f, 0.92f, -0.9f), V(-0.8f, 0.92f, 1.3f), V(-0.72f, 1.45f, 0.9f), V(-0.72f, 1.45f, -0.35f), Glass, V(0, 0.9f, 0.2f));
        b.Quad(V(0.8f, 0.92f, -0.9f), V(0.8f, 0.92f, 1.3f), V(0.72f, 1.45f, 0.9f), V(0.72f, 1.45f, -0.35f), Glass, V(0, 0.9f, 0.2f));
        if (lod == 2)
        {
            return;
        }
        foreach ((float x, float z) in (ReadOnlySpan<(float, float)>)[(-0.85f, -1.35f), (0.85f, -1.35f), (-0.85f, 1.35f), (0.85f, 1.35f)])
        {
            Wheel(b, x, z, 0.33f, 0.26f, lod);
        }
        if (lod == 0)
        {
            b.Block(-0.6f, 0.6f, -2.12f, 0.35f, 0.15f, 0.06f, ModelBuilder.Paint(255, 246, 220, ModelBuilder.Glow));
            b.Block(0.6f, 0.6f, -2.12f, 0.35f, 0.15f, 0.06f, ModelBuilder.Paint(255, 246, 220, ModelBuilder.Glow));
            b.Block(-0.6f, 0.6f, 2.12f, 0.35f, 0.12f, 0.06f, ModelBuilder.Paint(200, 30, 30));
            b.Block(0.6f, 0.6f, 2.12f, 0.35f, 0.12f, 0.06f, ModelBuilder.Paint(200, 30, 30));
        }
    }

    /// <summary>A round tyre on an axle across x, centred at (<paramref name="x"/>, radius, <paramref name="z"/>), with a metal hub outside.</summary>
    private static void Wheel(ModelBuilder b, float x, float z, float radius, float width, int lod)
    {
        int sides = lod == 0 ? 10 : 6;
        float outward = MathF.Sign(x);
        // The cylinder grows outward from the axle side, so its cap faces out.
        b.Transform = Matrix4x4.CreateRotationZ(-outward * MathF.PI / 2) * Matrix4x4.CreateTranslation(x - (outward * width / 2), radius, z);
        b.Cylinder(V(0, 0, 0), radius, radius, width, sides, Rubber);
        b.Transform = Matrix4x4.Identity;
        if (lod == 0)
        {
            b.Disc(V(x + (outward * (width / 2 + 0.01f)), radius, z), V(outward, 0, 0), radius * 0.55f, 6, Metal);
        }
    }

    private static void Truck(ModelBuilder b, int lod)
    {
        b.Block(0, 0.55f, -2.6f, 2.3f, 2.1f, 1.8f, ModelBuilder.Tint());
        b.Block(0, 1.9f, -3.52f, 2.0f, 0.6f, 0.06f, Glass);
        b.Block(0, 0.7f, 1.0f, 2.4f, 2.5f, 5.2f, ModelBuilder.Paint(214, 212, 206));
        b.Block(0, 0.4f, 0, 1.9f, 0.3f, 7f, Rubber);
        if (lod < 2)
        {
            foreach ((float x, float z) in (ReadOnlySpan<(float, float)>)[(-1.05f, -2.6f), (1.05f, -2.6f), (-1.05f, 1.9f), (1.05f, 1.9f)])
            {
                Wheel(b, x, z, 0.46f, 0.34f, lod);
            }
        }
    }

    private static void Boat(ModelBuilder b, int lod)
    {
        uint hull = ModelBuilder.Tint();
        // A hull tapering to a bow at −Z.
        var c = V(0, 0.6f, 0.3f);
        Vector3 bow = V(0, 1.1f, -3.2f), keelBow = V(0, 0.0f, -2.4f);
        Vector3 pl = V(-1.2f, 1.1f, -1f), pr = V(1.2f, 1.1f, -1f), sl = V(-1.1f, 1.1f, 2.8f), sr = V(1.1f, 1.1f, 2.8f);
        Vector3 kl = V(-0.6f, 0, -0.8f), kr = V(0.6f, 0, -0.8f), ksl = V(-0.55f, 0, 2.8f), ksr = V(0.55f, 0, 2.8f);
        b.Quad(keelBow, bow, pl, kl, hull, c);
        b.Quad(keelBow, bow, pr, kr, hull, c);
        b.Quad(kl, pl, sl, ksl, hull, c);
        b.Quad(kr, pr, sr, ksr, hull, c);
        b.Quad(ksl, sl, sr, ksr, ModelBuilder.Tint(200), c);
        b.Triangle(keelBow, kl, kr, hull, c);
        b.Quad(kl, kr, ksr, ksl, hull, c);
        // Deck and a small wheelhouse.
        b.Triangle(bow, pl, pr, Wood, c);
        b.Quad(pl, pr, sr, sl, Wood, c);
        if (lod < 2)
        {
            b.Block(0, 1.1f, 1.2f, 1.4f, 1.1f, 1.4f, White);
            b.Block(0, 1.7f, 0.48f, 1.2f, 0.35f, 0.06f, Glass);
        }
    }
}
