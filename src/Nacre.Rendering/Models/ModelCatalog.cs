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
        Nature().Concat(Plants()).Concat(Structures()).Concat(Buildings()).Concat(Settlement()).Concat(Props()).Concat(Creatures());

    private static Vector3 V(float x, float y, float z) => new(x, y, z);

    private static IEnumerable<ModelRecipe> Nature()
    {
        yield return new(SemanticLabel.Conifer, "fir", 9.5f, 2.4f, 2.4f, (b, lod) => Conifer(b, lod, 5, 2.4f, 9.5f), Sway: 1f);
        yield return new(SemanticLabel.Conifer, "spruce", 11f, 1.9f, 1.9f, (b, lod) => Conifer(b, lod, 7, 1.9f, 11f), Sway: 1f);
        yield return new(SemanticLabel.Conifer, "pine", 10f, 2.2f, 2.2f, Pine, Sway: 0.8f);
        yield return new(SemanticLabel.Broadleaf, "oak", 8.5f, 3.2f, 3.2f, (b, lod) => Broadleaf(b, lod, 3.0f, 8.5f, 7), Sway: 1f);
        yield return new(SemanticLabel.Broadleaf, "maple", 9f, 2.8f, 2.8f, (b, lod) => Broadleaf(b, lod, 2.7f, 9f, 6), Sway: 1f);
        yield return new(SemanticLabel.Broadleaf, "linden", 9.5f, 2.6f, 2.6f, (b, lod) => Broadleaf(b, lod, 2.5f, 9.5f, 8), Sway: 1f);
        yield return new(SemanticLabel.Birch, "birch", 10f, 1.8f, 1.8f, Birch, Sway: 1.3f);
        yield return new(SemanticLabel.Palm, "palm", 8f, 3f, 3f, Palm, Sway: 1.5f);
        yield return new(SemanticLabel.JungleTree, "jungle tree", 14f, 4.5f, 4.5f, Jungle, Sway: 0.6f);
        yield return new(SemanticLabel.Bamboo, "bamboo", 7f, 1.2f, 1.2f, Bamboo, Sway: 2f);
        yield return new(SemanticLabel.DeadTree, "dead tree", 7f, 2f, 2f, (b, lod) => DeadTree(b, lod, 0.35f), Sway: 0.3f);
        yield return new(SemanticLabel.DeadTree, "twisted dead tree", 6.5f, 2.2f, 2.2f, (b, lod) => DeadTree(b, lod, 0.8f), Sway: 0.3f);
        yield return new(SemanticLabel.Acacia, "acacia", 7.5f, 3.6f, 3.6f, Acacia, Sway: 0.5f);
        yield return new(SemanticLabel.Bush, "bush", 1.3f, 1.1f, 1.1f, Bush, Sway: 1.5f);
        yield return new(SemanticLabel.GrassTuft, "grass tuft", 0.6f, 0.3f, 0.3f, GrassTuft, Sway: 3f, CastsShadow: false);
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
        yield return new(SemanticLabel.Cactus, "cactus", 4.5f, 1.3f, 0.4f, Cactus);
        yield return new(SemanticLabel.Boulder, "boulder", 1.8f, 1.6f, 1.6f, (b, lod) => Boulder(b, lod, 0.2f));
        yield return new(SemanticLabel.Boulder, "layered boulder", 1.8f, 1.6f, 1.6f, (b, lod) => Boulder(b, lod, 0.55f));
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

    /// <summary>
    /// A rock of stacked, offset strata (each a jittered slab, alternately lighter and darker, narrowing upward) with
    /// faceted sides; <paramref name="offset"/> is how far the layers step out of line (m).
    /// </summary>
    private static void Boulder(ModelBuilder b, int lod, float offset)
    {
        if (lod == 2)
        {
            b.Slab(V(0, -0.2f, 0), 1.6f, 1.4f, 1.9f, 0.55f, 5, ModelBuilder.Tint(), ModelBuilder.Tint(235));
            return;
        }
        int layers = lod == 0 ? 4 : 2;
        int sides = lod == 0 ? 8 : 6;
        float y = -0.2f, h = 2f / layers;
        for (int i = 0; i < layers; i++)
        {
            float t = i / (float)layers;
            float r = 1.6f * (1f - (0.45f * t));
            var at = V(offset * Jitter(b, i) * 0.5f, y, offset * Jitter(b, i + 10) * 0.5f);
            int shade = i % 2 == 0 ? 215 : 250;
            b.Slab(at, r, r * 0.88f, h, 0.8f, sides, ModelBuilder.Tint(shade), ModelBuilder.Tint(shade + 5 > 255 ? 255 : shade + 5));
            y += h * 0.92f;
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
