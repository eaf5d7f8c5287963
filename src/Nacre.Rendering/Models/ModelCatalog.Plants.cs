using System.Numerics;
using Nacre.Core;

namespace Nacre.Rendering.Models;

internal static partial class ModelCatalog
{
    private static readonly uint Stem = ModelBuilder.Paint(82, 124, 52);
    private static readonly uint BroadLeaf = ModelBuilder.Paint(112, 164, 62);
    private static readonly uint VineLeaf = ModelBuilder.Paint(70, 112, 44);
    private static readonly uint VineLeafLight = ModelBuilder.Paint(98, 140, 58);
    private static readonly uint Grapes = ModelBuilder.Paint(76, 44, 86);
    private static readonly uint MaizeGreen = ModelBuilder.Paint(100, 146, 56);
    private static readonly uint Tassel = ModelBuilder.Paint(214, 190, 120);
    private static readonly uint SunflowerYellow = ModelBuilder.Paint(240, 190, 36);
    private static readonly uint SunflowerCentre = ModelBuilder.Paint(96, 62, 30);
    private static readonly uint LavenderPurple = ModelBuilder.Paint(132, 100, 184);
    private static readonly uint LavenderLeaf = ModelBuilder.Paint(112, 132, 98);

    /// <summary>The cross-section of a vine row's hedge (x across, y up, m): narrow at the foot, full along the wire.</summary>
    private static readonly Vector2[] VineHedge = [new(-0.2f, 0.5f), new(0.2f, 0.5f), new(0.36f, 1.1f), new(0.22f, 1.6f), new(-0.22f, 1.6f), new(-0.36f, 1.1f)];

    /// <summary>Half the length of a row plant's stretch of row (m): a little over half the 2 m cell, so rows close up.</summary>
    private const float RowHalf = 1.15f;

    /// <summary>
    /// Half the length of a flower row's stretch (m): flowers grow in fewer cells than crops, so each stretch reaches
    /// along its row to meet the next (overlaps are the same colour and invisible).
    /// </summary>
    private const float FlowerRowHalf = 2.6f;

    /// <summary>
    /// Crops and flowers. Field crops and flower fields are row plants (<see cref="ModelRecipe.InRows"/>): a 2 m stretch
    /// of one row along z, which <see cref="RowPlanting"/> sets on its row's line. Wild flowers stay scattered.
    /// </summary>
    private static IEnumerable<ModelRecipe> Plants()
    {
        yield return new(SemanticLabel.Crop, "wheat", 1f, 0.95f, RowHalf, Wheat, Sway: 1.5f, CastsShadow: false, InRows: true);
        yield return new(SemanticLabel.Crop, "vines", 1.6f, 0.45f, RowHalf, Vines, Sway: 0f, InRows: true);
        yield return new(SemanticLabel.Crop, "maize", 2.2f, 0.5f, RowHalf, Maize, Sway: 0.5f, InRows: true);
        yield return new(SemanticLabel.Crop, "sunflowers", 1.9f, 0.45f, RowHalf, Sunflowers, Sway: 0.4f, InRows: true);
        yield return new(SemanticLabel.Crop, "lavender", 0.7f, 0.5f, RowHalf, Lavender, Sway: 0.6f, CastsShadow: false, InRows: true);
        (string Name, uint Colour)[] tulips =
        [
            ("tulips red", ModelBuilder.Paint(208, 38, 44)), ("tulips yellow", ModelBuilder.Paint(246, 206, 52)),
            ("tulips pink", ModelBuilder.Paint(236, 120, 168)), ("tulips white", ModelBuilder.Paint(240, 236, 228)),
            ("tulips orange", ModelBuilder.Paint(240, 122, 36)), ("tulips purple", ModelBuilder.Paint(128, 56, 150)),
        ];
        foreach ((string name, uint colour) in tulips)
        {
            // Nominally 0.8 m high: a 5 m stretch of colour reads from twice as far as one flower.
            yield return new(SemanticLabel.Flower, name, 0.8f, 0.5f, FlowerRowHalf, (b, lod) => Tulips(b, lod, colour), Sway: 2f, CastsShadow: false, InRows: true);
        }
        (string Name, uint Colour)[] wild =
        [
            ("wild flowers yellow", ModelBuilder.Tint()), ("wild flowers white", ModelBuilder.Paint(242, 240, 232)),
            ("wild flowers blue", ModelBuilder.Paint(96, 120, 214)), ("wild flowers pink", ModelBuilder.Paint(226, 120, 176)),
            ("wild flowers red", ModelBuilder.Paint(214, 42, 36)),
        ];
        foreach ((string name, uint colour) in wild)
        {
            yield return new(SemanticLabel.Flower, name, 0.45f, 0.2f, 0.2f, (b, lod) => WildFlowers(b, lod, colour), Sway: 3f, CastsShadow: false);
        }
    }

    /// <summary>A strip of a cereal field: stalks in three drills, ears lighter at the top, the top edge ragged.</summary>
    private static void Wheat(ModelBuilder b, int lod)
    {
        if (lod == 2)
        {
            // Two sides and the top: the row's ends meet the next stretch, its foot the ground.
            var inside = V(0, 0.4f, 0);
            b.Quad(V(-0.9f, 0, -RowHalf), V(-0.9f, 0, RowHalf), V(-0.8f, 0.88f, RowHalf), V(-0.8f, 0.88f, -RowHalf), ModelBuilder.Tint(205), inside);
            b.Quad(V(0.9f, 0, -RowHalf), V(0.9f, 0, RowHalf), V(0.8f, 0.88f, RowHalf), V(0.8f, 0.88f, -RowHalf), ModelBuilder.Tint(205), inside);
            b.Quad(V(-0.8f, 0.88f, -RowHalf), V(0.8f, 0.88f, -RowHalf), V(0.8f, 0.88f, RowHalf), V(-0.8f, 0.88f, RowHalf), ModelBuilder.Tint(240), inside);
            return;
        }
        int drills = lod == 0 ? 3 : 2;
        int pieces = lod == 0 ? 4 : 2;
        for (int d = 0; d < drills; d++)
        {
            float x = drills == 3 ? (d - 1) * 0.6f : (d - 0.5f) * 0.9f;
            for (int k = 0; k < pieces; k++)
            {
                float z0 = -RowHalf + (2f * RowHalf * k / pieces), z1 = -RowHalf + (2f * RowHalf * (k + 1) / pieces);
                float h0 = 0.88f + (0.1f * Jitter(b, (d * 8) + k)), h1 = 0.88f + (0.1f * Jitter(b, (d * 8) + k + 1));
                float lean = 0.08f * Jitter(b, (d * 8) + k + 40);
                if (lod == 0)
                {
                    b.Card(V(x, 0, z0), V(x, 0, z1), V(x + lean, 0.66f, z1), V(x + lean, 0.66f, z0), ModelBuilder.Tint(190));
                    b.Card(V(x + lean, 0.66f, z0), V(x + lean, 0.66f, z1), V(x + (1.5f * lean), h1, z1), V(x + (1.5f * lean), h0, z0), ModelBuilder.Tint(255));
                }
                else
                {
                    b.Card(V(x, 0, z0), V(x, 0, z1), V(x + lean, h1, z1), V(x + lean, h0, z0), ModelBuilder.Tint(230));
                }
            }
        }
    }

    /// <summary>A stretch of a vine row: a trellis post, gnarled trunks and a hedge of leaves along the wire, grapes below.</summary>
    private static void Vines(ModelBuilder b, int lod)
    {
        if (lod == 2)
        {
            b.Extrude([new(-0.25f, 0.5f), new(0.25f, 0.5f), new(0f, 1.6f)], -RowHalf, RowHalf, VineLeaf);
            return;
        }
        b.Limb(V(0, 0, -RowHalf + 0.1f), V(0, 1.75f, -RowHalf + 0.1f), 0.05f, 0.045f, lod == 0 ? 4 : 3, DarkWood);
        if (lod == 1)
        {
            b.Extrude(VineHedge, -RowHalf, RowHalf, VineLeaf);
            return;
        }
        b.Limb(V(0, 0, -0.45f), V(0.05f, 0.7f, -0.4f), 0.06f, 0.05f, 3, DarkBark);
        b.Limb(V(0, 0, 0.45f), V(-0.05f, 0.7f, 0.5f), 0.06f, 0.05f, 3, DarkBark);
        b.Block(0, 1.3f, 0, 0.02f, 0.02f, 2f * RowHalf, Metal);
        ReadOnlySpan<float> at = [-0.75f, 0f, 0.75f];
        for (int i = 0; i < at.Length; i++)
        {
            b.Blob(V(0.05f * Jitter(b, i), 1.05f + (0.08f * Jitter(b, i + 5)), at[i]), V(0.36f, 0.45f, 0.5f), 1, i % 2 == 0 ? VineLeaf : VineLeafLight, 0.22f);
        }
        b.Blob(V(0.22f, 0.68f, -0.3f), V(0.09f, 0.13f, 0.09f), 0, Grapes, 0.1f);
        b.Blob(V(-0.2f, 0.7f, 0.45f), V(0.09f, 0.13f, 0.09f), 0, Grapes, 0.1f);
    }

    /// <summary>Maize: tall stalks with long arching leaves and pale tassels.</summary>
    private static void Maize(ModelBuilder b, int lod)
    {
        if (lod == 2)
        {
            b.Card(V(0, 0, -RowHalf), V(0, 0, RowHalf), V(0, 2.0f, RowHalf), V(0, 2.0f, -RowHalf), MaizeGreen);
            b.Card(V(-0.35f, 1.0f, -RowHalf), V(-0.35f, 1.0f, RowHalf), V(0.35f, 1.0f, RowHalf), V(0.35f, 1.0f, -RowHalf), MaizeGreen);
            return;
        }
        ReadOnlySpan<float> at = [-0.72f, 0f, 0.72f];
        foreach (float z in at)
        {
            float h = 2.05f + (0.12f * Jitter(b, (int)(z * 10) + 3));
            b.Limb(V(0, 0, z), V(0, h, z), 0.04f, 0.025f, 3, MaizeGreen);
            int leaves = lod == 0 ? 4 : 2;
            for (int k = 0; k < leaves; k++)
            {
                float a = (k * 2.3f) + z;
                var d = V(MathF.Cos(a), 0, MathF.Sin(a) * 0.5f);
                float y = 0.6f + (0.35f * k);
                b.Blade(V(0, y, z), V(0, y + 0.12f, z) + (d * 0.45f) + V(0, 0.15f, 0), V(0, y - 0.25f, z) + (d * 0.75f), ModelBuilder.Paint(90 + (8 * k), 136 + (6 * k), 50));
            }
            if (lod == 0)
            {
                b.Blade(V(-0.06f, h - 0.05f, z), V(0.06f, h - 0.05f, z), V(0, h + 0.25f, z), Tassel);
            }
        }
    }

    /// <summary>Sunflowers: stems with broad leaves and big yellow heads with brown centres, all turned toward −z.</summary>
    private static void Sunflowers(ModelBuilder b, int lod)
    {
        if (lod == 2)
        {
            b.Card(V(0, 0, -RowHalf), V(0, 0, RowHalf), V(0, 1.5f, RowHalf), V(0, 1.5f, -RowHalf), Stem);
            b.Limb(V(0, 1.72f, -RowHalf), V(0, 1.72f, RowHalf), 0.28f, 0.28f, 3, SunflowerYellow);
            return;
        }
        ReadOnlySpan<float> at = lod == 0 ? [-0.75f, 0f, 0.75f] : [-0.5f, 0.55f];
        int petals = lod == 0 ? 10 : 5;
        foreach (float z in at)
        {
            float h = 1.7f + (0.15f * Jitter(b, (int)(z * 10) + 7));
            var head = V(0.05f * Jitter(b, (int)(z * 10) + 9), h, z - 0.08f);
            b.Limb(V(0, 0, z), head, 0.035f, 0.03f, 3, Stem);
            var facing = V(0, 0.35f, -1f);
            b.Disc(head, facing, 0.3f, petals, SunflowerYellow);
            b.Disc(head + (Vector3.Normalize(facing) * 0.03f), facing, 0.14f, lod == 0 ? 6 : 3, SunflowerCentre);
            if (lod == 0)
            {
                b.Blade(V(0, 0.8f, z), V(0.4f, 0.95f, z - 0.1f), V(0.35f, 0.7f, z + 0.15f), BroadLeaf);
                b.Blade(V(0, 1.1f, z), V(-0.38f, 1.25f, z + 0.1f), V(-0.33f, 1.0f, z - 0.15f), BroadLeaf);
            }
        }
    }

    /// <summary>Lavender: a row of rounded grey-green cushions under purple spikes.</summary>
    private static void Lavender(ModelBuilder b, int lod)
    {
        if (lod == 2)
        {
            b.Limb(V(0, 0.2f, -RowHalf), V(0, 0.2f, RowHalf), 0.45f, 0.45f, 3, LavenderPurple);
            return;
        }
        if (lod == 1)
        {
            b.Limb(V(0, 0.25f, -RowHalf), V(0, 0.25f, RowHalf), 0.42f, 0.42f, 5, LavenderLeaf);
            b.Limb(V(0, 0.5f, -RowHalf), V(0, 0.5f, RowHalf), 0.3f, 0.3f, 5, LavenderPurple);
            return;
        }
        ReadOnlySpan<float> at = [-0.75f, 0f, 0.75f];
        for (int i = 0; i < at.Length; i++)
        {
            b.Blob(V(0, 0.3f, at[i]), V(0.45f, 0.32f, 0.42f), 1, LavenderLeaf, 0.15f);
            b.Blob(V(0, 0.55f, at[i]), V(0.4f, 0.2f, 0.38f), 1, LavenderPurple, 0.25f);
        }
    }

    /// <summary>A stretch of a tulip row: two lines of cups of one colour over a band of leaves.</summary>
    private static void Tulips(ModelBuilder b, int lod, uint colour)
    {
        if (lod == 2)
        {
            b.Limb(V(0, 0.2f, -FlowerRowHalf), V(0, 0.2f, FlowerRowHalf), 0.3f, 0.3f, 3, colour);
            return;
        }
        b.Limb(V(0, 0.12f, -FlowerRowHalf), V(0, 0.12f, FlowerRowHalf), 0.24f, 0.24f, lod == 0 ? 4 : 5, ModelBuilder.Paint(78, 128, 58));
        if (lod == 1)
        {
            b.Limb(V(0, 0.36f, -FlowerRowHalf), V(0, 0.36f, FlowerRowHalf), 0.2f, 0.2f, 5, colour);
            return;
        }
        for (int line = 0; line < 2; line++)
        {
            float x = line == 0 ? -0.2f : 0.2f;
            for (int k = 0; k < 11; k++)
            {
                float z = -FlowerRowHalf + 0.2f + (k * 0.46f) + (line * 0.2f);
                float h = 0.32f + (0.05f * Jitter(b, (line * 8) + k));
                b.Blade(V(x - 0.02f, 0, z), V(x + 0.02f, 0, z), V(x, h, z), Stem);
                b.Cylinder(V(x, h, z), 0.045f, 0.075f, 0.13f, 4, colour, topCap: false, phase: k);
            }
        }
    }

    /// <summary>A few wild flowers on thin stems: a clump near, one far, a dab of colour in the distance.</summary>
    private static void WildFlowers(ModelBuilder b, int lod, uint colour)
    {
        if (lod == 2)
        {
            b.Blade(V(-0.06f, 0.1f, 0), V(0.06f, 0.1f, 0), V(0, 0.45f, 0), colour);
            return;
        }
        int n = lod == 0 ? 3 : 1;
        for (int i = 0; i < n; i++)
        {
            float a = i * 2.1f;
            var at = n == 1 ? V(0, 0, 0) : V(0.12f * MathF.Cos(a), 0, 0.12f * MathF.Sin(a));
            float h = 0.38f + (0.06f * i);
            b.Blade(at + V(-0.02f, 0, 0), at + V(0.02f, 0, 0), at + V(0, h, 0), Stem);
            b.Blob(at + V(0, h, 0), V(0.09f, 0.05f, 0.09f), 0, colour, 0f);
        }
    }
}
