using System.Numerics;
using Nacre.Core;

namespace Nacre.Rendering.Models;

/// <summary>
/// The procedural low-poly models, one recipe per label variant. Conventions: metres at scale 1, base centre at the
/// origin, front toward −Z (the direction a <see cref="Nacre.WorldGen.PlacedObject"/>'s yaw faces), tinted parts take
/// the instance colour (foliage, walls, car bodies, shirts). Triangle counts per level are kept small on purpose:
/// llvmpipe pays about 1 µs per triangle.
/// </summary>
internal static partial class ModelCatalog
{
    // Shared palette, sRGB.
    private static readonly uint Bark = ModelBuilder.Paint(92, 64, 42);
    private static readonly uint DarkBark = ModelBuilder.Paint(70, 52, 38);
    private static readonly uint BirchBark = ModelBuilder.Paint(228, 224, 212);
    private static readonly uint StoneGrey = ModelBuilder.Paint(138, 134, 126);
    private static readonly uint DarkStone = ModelBuilder.Paint(104, 100, 96);
    private static readonly uint Wood = ModelBuilder.Paint(134, 96, 62);
    private static readonly uint DarkWood = ModelBuilder.Paint(88, 62, 42);
    private static readonly uint RoofDark = ModelBuilder.Paint(74, 62, 58);
    private static readonly uint RoofRed = ModelBuilder.Paint(150, 66, 48);
    private static readonly uint Thatch = ModelBuilder.Paint(176, 150, 92);
    private static readonly uint White = ModelBuilder.Paint(236, 234, 228);
    private static readonly uint Window = ModelBuilder.Paint(255, 214, 140, ModelBuilder.Glow);
    private static readonly uint Glass = ModelBuilder.Paint(60, 72, 84);
    private static readonly uint Rubber = ModelBuilder.Paint(34, 34, 36);
    private static readonly uint Metal = ModelBuilder.Paint(150, 154, 160);
    private static readonly uint Skin = ModelBuilder.Paint(222, 178, 140);
    private static readonly uint Trousers = ModelBuilder.Paint(52, 62, 92);
    private static readonly uint Leaf = ModelBuilder.Tint();

    public static ModelRecipe Fallback { get; } = new(SemanticLabel.None, "block", 1f, 0.5f, 0.5f,
        (b, lod) => b.Block(0, 0, 0, 1, 1, 1, ModelBuilder.Tint()));

    public static IEnumerable<ModelRecipe> All() =>
        Nature().Concat(Structures()).Concat(Buildings()).Concat(Settlement()).Concat(Props()).Concat(Creatures());

    private static Vector3 V(float x, float y, float z) => new(x, y, z);

    private static IEnumerable<ModelRecipe> Nature()
    {
        yield return new(SemanticLabel.Conifer, "fir", 9.5f, 2.4f, 2.4f, (b, lod) => Conifer(b, lod, 3, 2.4f, 9.5f), Sway: 1f);
        yield return new(SemanticLabel.Conifer, "spruce", 11f, 1.9f, 1.9f, (b, lod) => Conifer(b, lod, 4, 1.9f, 11f), Sway: 1f);
        yield return new(SemanticLabel.Broadleaf, "oak", 8.5f, 3.2f, 3.2f, (b, lod) => Broadleaf(b, lod, 3.0f, 8.5f, 3), Sway: 1f);
        yield return new(SemanticLabel.Broadleaf, "maple", 9f, 2.8f, 2.8f, (b, lod) => Broadleaf(b, lod, 2.7f, 9f, 2), Sway: 1f);
        yield return new(SemanticLabel.Birch, "birch", 10f, 1.8f, 1.8f, Birch, Sway: 1.3f);
        yield return new(SemanticLabel.Palm, "palm", 8f, 3f, 3f, Palm, Sway: 1.5f);
        yield return new(SemanticLabel.JungleTree, "jungle tree", 14f, 4.5f, 4.5f, Jungle, Sway: 0.6f);
        yield return new(SemanticLabel.Bamboo, "bamboo", 7f, 1.2f, 1.2f, Bamboo, Sway: 2f);
        yield return new(SemanticLabel.DeadTree, "dead tree", 7f, 2f, 2f, DeadTree, Sway: 0.3f);
        yield return new(SemanticLabel.Acacia, "acacia", 7.5f, 3.6f, 3.6f, Acacia, Sway: 0.5f);
        yield return new(SemanticLabel.Bush, "bush", 1.3f, 1.1f, 1.1f, (b, lod) =>
        {
            b.Blob(V(0, 0.6f, 0), V(1.0f, 0.7f, 1.0f), lod == 0 ? 1 : 0, Leaf);
            if (lod == 0)
            {
                b.Blob(V(0.5f, 0.5f, 0.4f), V(0.6f, 0.5f, 0.6f), 0, ModelBuilder.Tint(225));
            }
        }, Sway: 1.5f);
        yield return new(SemanticLabel.GrassTuft, "grass tuft", 0.6f, 0.3f, 0.3f, GrassTuft, Sway: 3f, CastsShadow: false);
        yield return new(SemanticLabel.Flower, "flower", 0.45f, 0.1f, 0.1f, (b, lod) =>
        {
            b.Blade(V(-0.03f, 0, 0), V(0.03f, 0, 0), V(0, 0.4f, 0), ModelBuilder.Paint(70, 120, 50));
            b.Blob(V(0, 0.42f, 0), V(0.09f, 0.06f, 0.09f), 0, ModelBuilder.Tint(), 0f);
        }, Sway: 3f, CastsShadow: false);
        yield return new(SemanticLabel.Reed, "reed", 1.6f, 0.3f, 0.3f, (b, lod) =>
        {
            int n = lod == 0 ? 5 : 2;
            for (int i = 0; i < n; i++)
            {
                float a = i * 2.4f;
                float x = 0.2f * MathF.Cos(a), z = 0.2f * MathF.Sin(a);
                b.Blade(V(x - 0.04f, 0, z), V(x + 0.04f, 0, z), V(x * 1.8f, 1.2f + (0.1f * i), z * 1.8f), ModelBuilder.Tint(220 + (7 * i)));
            }
        }, Sway: 2.5f, CastsShadow: false);
        yield return new(SemanticLabel.Crop, "crop", 1f, 0.5f, 0.5f, (b, lod) =>
        {
            // A tuft of stalks: crossed double-sided cards, darker at the foot.
            int cards = lod == 0 ? 3 : lod == 1 ? 2 : 1;
            for (int i = 0; i < cards; i++)
            {
                float a = (i * MathF.PI / cards) + 0.3f;
                var d = V(MathF.Cos(a) * 0.45f, 0, MathF.Sin(a) * 0.45f);
                b.Card(-d, d, d + V(0, 0.95f, 0), -d + V(0, 0.95f, 0), ModelBuilder.Tint(235 - (15 * i)));
            }
        }, Sway: 1.5f, CastsShadow: false);
        yield return new(SemanticLabel.Cactus, "cactus", 4.5f, 1.3f, 0.4f, Cactus);
        yield return new(SemanticLabel.Boulder, "boulder", 1.8f, 1.6f, 1.6f, (b, lod) =>
            b.Blob(V(0, 0.6f, 0), V(1.6f, 1.2f, 1.4f), lod == 0 ? 1 : 0, ModelBuilder.Tint(), 0.28f));
        yield return new(SemanticLabel.Stone, "stone", 0.45f, 0.4f, 0.4f, (b, lod) =>
            b.Blob(V(0, 0.12f, 0), V(0.4f, 0.3f, 0.35f), 0, ModelBuilder.Tint(), 0.3f), CastsShadow: false);
        yield return new(SemanticLabel.Log, "log", 0.6f, 0.35f, 2f, (b, lod) =>
        {
            b.Transform = Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 0.3f, 2f);
            b.Cylinder(V(0, 0, 0), 0.3f, 0.28f, 4f, lod == 0 ? 7 : 4, Bark);
            b.Transform = Matrix4x4.Identity;
        });
        yield return new(SemanticLabel.Stump, "stump", 0.6f, 0.4f, 0.4f, (b, lod) =>
        {
            b.Cylinder(V(0, 0, 0), 0.42f, 0.36f, 0.55f, lod == 0 ? 7 : 4, Bark, topCap: false);
            b.Cylinder(V(0, 0.55f, 0), 0.36f, 0.36f, 0.01f, lod == 0 ? 7 : 4, ModelBuilder.Paint(196, 160, 110));
        });
    }

    private static void Conifer(ModelBuilder b, int lod, int tiers, float radius, float height)
    {
        if (lod == 2)
        {
            b.Cylinder(V(0, 0, 0), 0.25f, 0.2f, height * 0.25f, 3, Bark, topCap: false);
            b.Cone(V(0, height * 0.18f, 0), radius, height * 0.82f, 4, Leaf);
            return;
        }
        b.Cylinder(V(0, 0, 0), 0.28f, 0.2f, height * 0.3f, lod == 0 ? 5 : 4, Bark, topCap: false);
        int n = lod == 0 ? tiers : 2;
        int sides = lod == 0 ? 7 : 5;
        float y = height * 0.16f;
        float step = (height - y) / (n + 0.6f);
        for (int i = 0; i < n; i++)
        {
            float t = i / (float)Math.Max(n - 1, 1);
            float r = radius * (1f - (0.55f * t));
            int shade = 215 + (40 * i / Math.Max(n - 1, 1));
            b.Cone(V(0, y, 0), r, step * 1.9f, sides, ModelBuilder.Tint(shade), phase: i * 0.5f);
            y += step;
        }
    }

    private static void Broadleaf(ModelBuilder b, int lod, float radius, float height, int lobes)
    {
        float trunk = height * 0.42f;
        b.Cylinder(V(0, 0, 0), 0.32f, 0.22f, trunk + 0.6f, lod == 0 ? 6 : lod == 1 ? 4 : 3, Bark, topCap: false);
        float cy = trunk + ((height - trunk) * 0.45f);
        if (lod == 2)
        {
            b.Blob(V(0, cy, 0), V(radius, (height - trunk) * 0.55f, radius), 0, Leaf, 0.1f);
            return;
        }
        b.Blob(V(0, cy, 0), V(radius * 0.9f, (height - trunk) * 0.5f, radius * 0.9f), 1, Leaf);
        if (lod == 0)
        {
            for (int i = 0; i < lobes; i++)
            {
                float a = (i * MathF.Tau / lobes) + 0.4f;
                b.Blob(V(MathF.Cos(a) * radius * 0.55f, cy - 0.4f + (0.5f * (i % 2)), MathF.Sin(a) * radius * 0.55f), V(radius * 0.55f, radius * 0.45f, radius * 0.55f), 0, ModelBuilder.Tint(228));
            }
        }
    }

    private static void Birch(ModelBuilder b, int lod)
    {
        b.Cylinder(V(0, 0, 0), 0.18f, 0.12f, 7.5f, lod == 0 ? 5 : 3, BirchBark, topCap: false);
        if (lod == 0)
        {
            b.Cylinder(V(0, 1.6f, 0), 0.185f, 0.18f, 0.25f, 5, ModelBuilder.Paint(40, 38, 36), topCap: false);
            b.Cylinder(V(0, 3.4f, 0), 0.165f, 0.16f, 0.2f, 5, ModelBuilder.Paint(40, 38, 36), topCap: false);
        }
        b.Blob(V(0, 6.6f, 0), V(1.6f, 2.8f, 1.6f), lod == 0 ? 1 : 0, Leaf, 0.15f);
        if (lod == 0)
        {
            b.Blob(V(0.4f, 5.2f, 0.2f), V(1.2f, 1.5f, 1.2f), 0, ModelBuilder.Tint(230));
        }
    }

    private static void Palm(ModelBuilder b, int lod)
    {
        int segments = lod == 0 ? 4 : lod == 1 ? 2 : 1;
        Vector3 p = V(0, 0, 0);
        float lean = 0.28f;
        for (int i = 0; i < segments; i++)
        {
            float h = 7.2f / segments;
            var top = p + V(lean * h * (i + 1) / segments, h, 0);
            b.Transform = Matrix4x4.CreateRotationZ(-MathF.Atan2(top.X - p.X, h)) * Matrix4x4.CreateTranslation(p);
            b.Cylinder(V(0, 0, 0), 0.26f - (0.03f * i), 0.22f - (0.03f * i), h * 1.02f, lod == 2 ? 3 : 5, ModelBuilder.Paint(140, 112, 76), topCap: false);
            p = top;
        }
        b.Transform = Matrix4x4.Identity;
        int fronds = lod == 0 ? 7 : lod == 1 ? 5 : 3;
        for (int i = 0; i < fronds; i++)
        {
            float a = (i * MathF.Tau / fronds) + 0.3f;
            var dir = V(MathF.Cos(a), 0, MathF.Sin(a));
            var side = V(-dir.Z, 0, dir.X) * 0.45f;
            Vector3 mid = p + (dir * 1.6f) + V(0, 0.35f, 0);
            Vector3 tip = p + (dir * 3.2f) + V(0, -1.1f, 0);
            b.Card(p, mid + side, tip, mid - side, ModelBuilder.Tint(220 + (5 * i)));
        }
    }

    private static void Jungle(ModelBuilder b, int lod)
    {
        b.Cylinder(V(0, 0, 0), 0.55f, 0.3f, 10.5f, lod == 0 ? 6 : 4, DarkBark, topCap: false);
        b.Blob(V(0, 11.5f, 0), V(4.5f, 1.8f, 4.5f), lod == 2 ? 0 : 1, Leaf, 0.2f);
        if (lod == 0)
        {
            b.Blob(V(2f, 9.8f, 1f), V(2.4f, 1.2f, 2.4f), 0, ModelBuilder.Tint(220));
            b.Blob(V(-1.8f, 10f, -1.2f), V(2.2f, 1.1f, 2.2f), 0, ModelBuilder.Tint(235));
        }
    }

    private static void Bamboo(ModelBuilder b, int lod)
    {
        int stalks = lod == 0 ? 6 : lod == 1 ? 3 : 2;
        for (int i = 0; i < stalks; i++)
        {
            float a = i * 2.4f;
            float r = 0.25f + (0.12f * (i % 3));
            float h = 5.5f + (0.4f * (i % 4));
            b.Cylinder(V(MathF.Cos(a) * r, 0, MathF.Sin(a) * r), 0.07f, 0.05f, h, 3, ModelBuilder.Paint(128, 150, 70), topCap: false);
        }
        b.Blob(V(0, 5.8f, 0), V(1.1f, 1.3f, 1.1f), 0, Leaf, 0.3f);
        if (lod == 0)
        {
            b.Blob(V(0.3f, 4.4f, 0.2f), V(0.8f, 0.8f, 0.8f), 0, ModelBuilder.Tint(225));
        }
    }

    private static void DeadTree(ModelBuilder b, int lod)
    {
        uint grey = ModelBuilder.Paint(112, 98, 84);
        b.Cylinder(V(0, 0, 0), 0.3f, 0.12f, 6.5f, lod == 0 ? 5 : 3, grey, topCap: false);
        if (lod == 2)
        {
            return;
        }
        for (int i = 0; i < 3; i++)
        {
            float a = (i * 2.1f) + 0.3f;
            b.Transform = Matrix4x4.CreateRotationZ(0.8f) * Matrix4x4.CreateRotationY(a) * Matrix4x4.CreateTranslation(0, 2.8f + (1.1f * i), 0);
            b.Cylinder(V(0, 0, 0), 0.1f, 0.04f, 2.2f - (0.4f * i), 3, grey, topCap: false);
        }
        b.Transform = Matrix4x4.Identity;
    }

    /// <summary>A thin, forked trunk under a wide flat umbrella of a crown: the savanna's tree.</summary>
    private static void Acacia(ModelBuilder b, int lod)
    {
        b.Transform = Matrix4x4.CreateRotationZ(0.12f);
        b.Cylinder(V(0, 0, 0), 0.22f, 0.15f, 4.6f, lod == 0 ? 5 : 3, Bark, topCap: false);
        b.Transform = Matrix4x4.Identity;
        if (lod < 2)
        {
            foreach ((float a, float tilt) in (ReadOnlySpan<(float, float)>)[(0.4f, 0.7f), (2.6f, 0.6f), (4.4f, 0.75f)])
            {
                b.Transform = Matrix4x4.CreateRotationZ(tilt) * Matrix4x4.CreateRotationY(a) * Matrix4x4.CreateTranslation(-0.5f, 4.2f, 0);
                b.Cylinder(V(0, 0, 0), 0.11f, 0.06f, 2.4f, 3, Bark, topCap: false);
            }
            b.Transform = Matrix4x4.Identity;
        }
        b.Blob(V(-0.4f, 6.3f, 0), V(3.6f, 0.75f, 3.3f), lod == 2 ? 0 : 1, Leaf, 0.12f);
        if (lod == 0)
        {
            b.Blob(V(1.4f, 5.9f, 0.9f), V(1.9f, 0.5f, 1.7f), 0, ModelBuilder.Tint(225), 0.1f);
            b.Blob(V(-2.2f, 6f, -1f), V(1.7f, 0.45f, 1.6f), 0, ModelBuilder.Tint(235), 0.1f);
        }
    }

    private static void GrassTuft(ModelBuilder b, int lod)
    {
        int blades = lod == 0 ? 4 : lod == 1 ? 2 : 1;
        for (int i = 0; i < blades; i++)
        {
            float a = i * 1.7f;
            var d = V(MathF.Cos(a), 0, MathF.Sin(a));
            var s = V(-d.Z, 0, d.X) * 0.07f;
            b.Blade((d * 0.08f) - s, (d * 0.08f) + s, (d * 0.3f) + V(0, 0.5f + (0.04f * i), 0), ModelBuilder.Tint(215 + (12 * i)));
        }
    }

    private static void Cactus(ModelBuilder b, int lod)
    {
        uint green = ModelBuilder.Tint();
        int sides = lod == 0 ? 6 : 4;
        b.Cylinder(V(0, 0, 0), 0.32f, 0.28f, 4.2f, sides, green);
        if (lod == 2)
        {
            return;
        }
        b.Block(0.55f, 1.6f, 0, 0.9f, 0.4f, 0.4f, green);
        b.Cylinder(V(0.9f, 1.6f, 0), 0.2f, 0.18f, 1.4f, sides, green);
        b.Block(-0.5f, 2.2f, 0, 0.8f, 0.36f, 0.36f, ModelBuilder.Tint(235));
        b.Cylinder(V(-0.85f, 2.2f, 0), 0.18f, 0.16f, 1.1f, sides, ModelBuilder.Tint(235));
    }
}
