using System.Numerics;
using Nacre.Core;

namespace Nacre.Rendering.Models;

internal static partial class ModelCatalog
{
    private static readonly uint PalmBark = ModelBuilder.Paint(140, 112, 76);
    private static readonly uint Culm = ModelBuilder.Paint(128, 150, 70);
    private static readonly uint DeadWood = ModelBuilder.Paint(112, 98, 84);
    private static readonly uint BirchMark = ModelBuilder.Paint(40, 38, 36);

    /// <summary>A unit-ish jitter in [−1, 1] from the builder's seed and a salt (per model, stable).</summary>
    private static float Jitter(ModelBuilder b, int salt) => (StableHash.ToUnitFloat(StableHash.Combine(b.Seed, (ulong)salt)) * 2f) - 1f;

    /// <summary>Fir and spruce: a bare foot of trunk under tiers of drooping skirts, narrowing to a spire.</summary>
    private static void Conifer(ModelBuilder b, int lod, int tiers, float radius, float height)
    {
        int n = lod == 0 ? tiers : lod == 1 ? 3 : 1;
        int sides = lod == 0 ? 8 : 6;
        if (lod < 2)
        {
            // Far away the trunk is a pixel or two: the lowest tier reaches down instead.
            b.Cylinder(V(0, 0, 0), 0.28f, 0.18f, height * 0.3f, lod == 0 ? 5 : 3, Bark, topCap: false);
        }
        float y = lod == 2 ? height * 0.06f : height * 0.14f;
        float step = (height - y) / (n + 0.9f);
        for (int i = 0; i < n; i++)
        {
            float t = i / (float)Math.Max(n - 1, 1);
            float r = radius * (1f - (0.72f * t));
            float h = n == 1 ? height - y : step * (i == n - 1 ? 2.2f : 1.7f);
            int shade = n == 1 ? 235 : 200 + (55 * i / Math.Max(n - 1, 1));
            var c = V(Jitter(b, i) * 0.06f * r, y, Jitter(b, i + 40) * 0.06f * r);
            if (lod == 0)
            {
                // The skirt's underside flares out from the trunk, so each tier reads as a drooping shelf.
                b.Cylinder(c - V(0, step * 0.35f, 0), r * 0.25f, r, step * 0.35f, sides, ModelBuilder.Tint(shade - 40), topCap: false, phase: i * 0.7f);
                b.Cylinder(c, r, r * 0.12f, h, sides, ModelBuilder.Tint(shade), topCap: false, phase: i * 0.7f);
            }
            else
            {
                b.Cone(c, r, h, sides, ModelBuilder.Tint(shade), phase: i * 0.7f);
            }
            y += step;
        }
    }

    /// <summary>A Scots pine: a long bare, leaning trunk carrying a few flat, ragged crowns high up.</summary>
    private static void Pine(ModelBuilder b, int lod)
    {
        Vector3 top = V(0.35f, 8.6f, 0.1f);
        b.Limb(V(0, 0, 0), top, 0.26f, 0.14f, lod == 0 ? 6 : 3, ModelBuilder.Paint(150, 96, 60));
        if (lod == 2)
        {
            b.Cylinder(V(0.3f, 6.4f, 0.1f), 2.1f, 1.5f, 2.4f, 4, Leaf, phase: 0.4f);
            return;
        }
        if (lod == 1)
        {
            b.Cylinder(V(1.1f, 6.8f, -0.5f), 1.7f, 1.3f, 1.2f, 5, ModelBuilder.Tint(225));
            b.Cylinder(V(0.3f, 7.9f, 0.2f), 1.9f, 1.4f, 1.2f, 5, ModelBuilder.Tint(245), phase: 0.6f);
            return;
        }
        (Vector3 At, float R)[] crowns = [(V(-0.9f, 6.6f, 0.4f), 1.5f), (V(1.1f, 7.3f, -0.5f), 1.4f), (V(0.3f, 8.4f, 0.2f), 1.6f)];
        for (int i = 0; i < crowns.Length; i++)
        {
            (Vector3 at, float r) = crowns[i];
            b.Limb(V(at.X * 0.3f, at.Y - 0.9f, at.Z * 0.3f), at, 0.09f, 0.05f, 3, ModelBuilder.Paint(150, 96, 60));
            b.Canopy(at, r, 1.1f, 6, 0.35f, ModelBuilder.Tint(215 + (20 * i)), ModelBuilder.Tint(160));
        }
    }

    /// <summary>Oak, maple, linden: a trunk forking into limbs under a dome of clustered leaf lobes, darker below.</summary>
    private static void Broadleaf(ModelBuilder b, int lod, float radius, float height, int lobes)
    {
        float trunk = height * 0.4f;
        float crown = height - trunk;
        float cy = trunk + (crown * 0.48f);
        b.Cylinder(V(0, 0, 0), 0.34f, 0.22f, trunk + 0.6f, lod == 0 ? 6 : lod == 1 ? 4 : 3, Bark, topCap: false);
        if (lod == 2)
        {
            b.Blob(V(0, cy, 0), V(radius, crown * 0.52f, radius), 1, Leaf, 0.12f);
            return;
        }
        b.Blob(V(0, cy, 0), V(radius * 0.8f, crown * 0.42f, radius * 0.8f) * (lod == 0 ? 1f : 1.12f), 1, ModelBuilder.Tint(225), 0.1f);
        int ring = lod == 0 ? lobes - 1 : 2;
        for (int i = 0; i < ring; i++)
        {
            float a = (i * MathF.Tau / ring) + (0.5f * Jitter(b, i));
            float out_ = radius * (0.55f + (0.12f * Jitter(b, i + 20)));
            float y = cy + (crown * (0.06f * Jitter(b, i + 30))) - (i % 2 == 0 ? crown * 0.08f : -crown * 0.1f);
            var at = V(MathF.Cos(a) * out_, y, MathF.Sin(a) * out_);
            float lr = radius * (lod == 0 ? 0.5f : 0.62f);
            if (lod == 0 && i < 3)
            {
                // A limb out to each of the first lobes: gaps in the crown show branches, not a stick in a ball.
                b.Limb(V(0, trunk, 0), at * 0.75f, 0.15f, 0.06f, 4, Bark);
            }
            b.Blob(at, V(lr, lr * 0.8f, lr), 1, ModelBuilder.Tint(y < cy ? 212 : 240), 0.16f);
        }
        if (lod == 0)
        {
            b.Blob(V(0, cy + (crown * 0.3f), 0), V(radius * 0.55f, crown * 0.3f, radius * 0.55f), 1, ModelBuilder.Tint(255), 0.14f);
        }
    }

    /// <summary>A birch: a slim, slightly leaning white trunk with black marks and a narrow, airy crown of small lobes.</summary>
    private static void Birch(ModelBuilder b, int lod)
    {
        Vector3 top = V(0.25f, 8.6f, 0f);
        b.Limb(V(0, 0, 0), top, 0.19f, 0.08f, lod == 0 ? 6 : 3, BirchBark);
        if (lod == 0)
        {
            foreach ((float y, float r) in (ReadOnlySpan<(float, float)>)[(1.1f, 0.18f), (2.3f, 0.165f), (3.6f, 0.15f), (5f, 0.13f)])
            {
                b.Cylinder(V(0.25f * y / 8.6f, y, 0), r + 0.008f, r, 0.16f, 6, BirchMark, topCap: false);
            }
            b.Limb(V(0.1f, 4.6f, 0), V(-0.9f, 6.4f, 0.3f), 0.06f, 0.03f, 3, BirchBark);
            b.Limb(V(0.15f, 5.4f, 0), V(1.1f, 6.9f, -0.4f), 0.06f, 0.03f, 3, BirchBark);
        }
        if (lod > 0)
        {
            // A tall oval crown, with a second lobe hanging lower at middle distance.
            b.Blob(V(0.15f, 7.2f, 0), V(1.5f, 2.6f, 1.5f), 1, Leaf, 0.15f);
            if (lod == 1)
            {
                b.Blob(V(-0.5f, 5.6f, 0.3f), V(0.9f, 1.0f, 0.9f), 1, ModelBuilder.Tint(220), 0.2f);
            }
            return;
        }
        (Vector3 At, Vector3 R, int Shade)[] crown =
            [(V(-0.8f, 6.4f, 0.3f), V(0.9f, 1.1f, 0.9f), 215), (V(1f, 6.9f, -0.4f), V(0.9f, 1.1f, 0.9f), 225), (V(0.2f, 7.6f, 0.5f), V(1.1f, 1.3f, 1.1f), 240),
             (V(0.1f, 8.8f, -0.2f), V(0.8f, 1.2f, 0.8f), 255), (V(-0.2f, 5.4f, -0.6f), V(0.7f, 0.8f, 0.7f), 210)];
        foreach ((Vector3 at, Vector3 r, int shade) in crown)
        {
            b.Blob(at, r, 1, ModelBuilder.Tint(shade), 0.2f);
        }
    }

    /// <summary>A palm: a curved, ringed trunk and a head of arched fronds, each folded along its midrib, with coconuts.</summary>
    private static void Palm(ModelBuilder b, int lod)
    {
        int segments = lod == 0 ? 5 : lod == 1 ? 3 : 1;
        Vector3 p = V(0, 0, 0);
        for (int i = 0; i < segments; i++)
        {
            float t = (i + 1) / (float)segments;
            var next = V(1.3f * t * t, 7.2f * t, 0);
            b.Limb(p, next, 0.28f - (0.1f * i / segments), 0.26f - (0.1f * t), lod == 0 ? 6 : lod == 1 ? 4 : 3, i % 2 == 0 ? PalmBark : ModelBuilder.Paint(122, 98, 68));
            p = next;
        }
        int fronds = lod == 0 ? 9 : lod == 1 ? 6 : 4;
        for (int i = 0; i < fronds; i++)
        {
            float a = (i * MathF.Tau / fronds) + (0.25f * Jitter(b, i));
            float lift = 0.5f + (0.4f * Jitter(b, i + 9));
            Frond(b, p, V(MathF.Cos(a), 0, MathF.Sin(a)), lift, lod, ModelBuilder.Tint(215 + (40 * i / fronds)));
        }
        if (lod == 0)
        {
            for (int i = 0; i < 3; i++)
            {
                float a = i * 2.1f;
                b.Blob(p + V(0.3f * MathF.Cos(a), -0.35f, 0.3f * MathF.Sin(a)), V(0.17f, 0.2f, 0.17f), 0, ModelBuilder.Paint(96, 72, 40), 0.05f);
            }
        }
    }

    /// <summary>One palm frond: out and up, then drooping to a point; near levels fold it along the midrib.</summary>
    private static void Frond(ModelBuilder b, Vector3 root, Vector3 dir, float lift, int lod, uint color)
    {
        var side = V(-dir.Z, 0, dir.X);
        Span<Vector3> spine = [root, root + (dir * 1.3f) + V(0, lift, 0), root + (dir * 2.5f) + V(0, lift * 0.5f, 0), root + (dir * 3.4f) + V(0, -1.0f, 0)];
        ReadOnlySpan<float> width = [0.1f, 0.55f, 0.45f, 0f];
        int step = lod == 2 ? 3 : 1;
        for (int k = 0; k + step < spine.Length; k += step)
        {
            Vector3 a = spine[k], c = spine[k + step];
            float wa = width[k], wc = width[k + step];
            if (lod > 0)
            {
                b.Card(a - (side * wa), a + (side * wa), c + (side * wc), c - (side * wc), color);
                continue;
            }
            // Left and right halves droop from the midrib.
            const float Fold = 0.18f;
            b.Card(a, c, c + (side * wc) - V(0, Fold, 0), a + (side * wa) - V(0, Fold, 0), color);
            b.Card(a, c, c - (side * wc) - V(0, Fold, 0), a - (side * wa) - V(0, Fold, 0), color);
        }
    }

    /// <summary>A jungle giant: a buttressed trunk to a broad, layered umbrella high above the canopy.</summary>
    private static void Jungle(ModelBuilder b, int lod)
    {
        if (lod < 2)
        {
            b.Cylinder(V(0, 0, 0), 1.1f, 0.5f, 1.4f, lod == 0 ? 7 : 4, DarkBark, topCap: false);
        }
        b.Limb(V(0, 1.2f, 0), V(0.4f, 10.8f, 0.2f), 0.5f, 0.3f, lod == 0 ? 6 : 4, DarkBark);
        if (lod == 2)
        {
            b.Blob(V(0, 11.5f, 0), V(4.5f, 1.8f, 4.5f), 1, Leaf, 0.2f);
            return;
        }
        b.Blob(V(0.3f, 11.6f, 0.2f), V(3.2f, 1.6f, 3.2f), 1, ModelBuilder.Tint(245), 0.18f);
        int lobes = lod == 0 ? 5 : 1;
        for (int i = 0; i < lobes; i++)
        {
            float a = (i * MathF.Tau / lobes) + 0.4f;
            var at = V(2.6f * MathF.Cos(a), 10.4f + (0.5f * (i % 2)), 2.6f * MathF.Sin(a));
            if (lod == 0)
            {
                b.Limb(V(0.3f, 8.8f, 0.1f), at, 0.18f, 0.08f, 4, DarkBark);
            }
            b.Blob(at, V(2.1f, 1.1f, 2.1f), 1, ModelBuilder.Tint(215 + (8 * i)), 0.2f);
        }
    }

    /// <summary>A clump of bamboo: tall culms leaning out a little, each with tufts of narrow drooping leaves.</summary>
    private static void Bamboo(ModelBuilder b, int lod)
    {
        int culms = lod == 0 ? 9 : lod == 1 ? 5 : 3;
        int tufts = lod == 0 ? 3 : 1;
        for (int i = 0; i < culms; i++)
        {
            float a = (i * 2.4f) + (0.3f * Jitter(b, i));
            float r = 0.15f + (0.12f * (i % 3));
            float h = 5.6f + (0.9f * Jitter(b, i + 50));
            var foot = V(MathF.Cos(a) * r, 0, MathF.Sin(a) * r);
            var top = V(MathF.Cos(a) * r * 3.2f, h, MathF.Sin(a) * r * 3.2f);
            uint green = ModelBuilder.Paint(118 + (6 * (i % 3)), 146 + (5 * (i % 4)), 66);
            b.Limb(foot, top, 0.07f, 0.045f, lod == 0 ? 4 : 3, green);
            for (int k = 0; k < tufts; k++)
            {
                float t = 1f - (0.2f * k);
                Vector3 at = foot + ((top - foot) * t);
                LeafTuft(b, at, a + (k * 1.9f), lod == 2 ? 2 : 3, lod == 0, ModelBuilder.Tint(225 + (10 * k)));
            }
        }
    }

    /// <summary>Narrow leaves fanning out and drooping from one point (bamboo); <paramref name="keeled"/> gives each a midrib.</summary>
    private static void LeafTuft(ModelBuilder b, Vector3 at, float angle, int leaves, bool keeled, uint color)
    {
        for (int i = 0; i < leaves; i++)
        {
            float a = angle + (i * MathF.Tau / leaves);
            var d = V(MathF.Cos(a), 0, MathF.Sin(a));
            var s = V(-d.Z, 0, d.X) * 0.09f;
            Vector3 mid = at + (d * 0.45f) + V(0, 0.08f, 0);
            b.Blade(at, mid + s, at + (d * 0.95f) - V(0, 0.35f, 0), color);
            if (keeled)
            {
                b.Blade(at, mid - s, at + (d * 0.95f) - V(0, 0.35f, 0), color);
            }
        }
    }

    /// <summary>A dead tree: a bent, bare trunk forking into crooked limbs and twigs; <paramref name="twist"/> bends it more.</summary>
    private static void DeadTree(ModelBuilder b, int lod, float twist)
    {
        int sides = lod == 0 ? 5 : 3;
        Span<Vector3> trunk = [V(0, 0, 0), V(0.3f * twist, 2.2f, 0.1f), V(-0.25f * twist, 4.2f, 0.3f * twist), V(0.4f * twist, 6.3f, -0.1f)];
        int segments = lod == 2 ? 1 : 3;
        for (int i = 0; i < segments; i++)
        {
            int k = lod == 2 ? 3 : i + 1;
            int j = lod == 2 ? 0 : i;
            b.Limb(trunk[j], trunk[k], 0.32f - (0.07f * j), 0.3f - (0.07f * k), sides, DeadWood);
        }
        int limbs = lod == 0 ? 5 : lod == 1 ? 3 : 1;
        for (int i = 0; i < limbs; i++)
        {
            float a = (i * 2.3f) + (0.4f * Jitter(b, i));
            Vector3 from = trunk[1 + (i % 3)];
            var d = V(MathF.Cos(a), 0, MathF.Sin(a));
            Vector3 elbow = from + (d * (1.0f + (0.3f * twist))) + V(0, 0.9f, 0);
            Vector3 tip = elbow + (d * 0.5f) + V(MathF.Sin(a * 3f) * twist * 0.5f, 1.1f, 0);
            b.Limb(from, elbow, 0.1f, 0.06f, lod == 0 ? 4 : 3, DeadWood);
            if (lod == 0)
            {
                b.Limb(elbow, tip, 0.06f, 0.02f, 3, DeadWood);
                b.Limb(elbow, elbow + (d * 0.9f) - V(0, 0.2f, 0) + (V(-d.Z, 0, d.X) * 0.5f), 0.04f, 0.015f, 3, DeadWood);
            }
        }
    }

    /// <summary>An acacia: a thin trunk forking low into spreading limbs under a wide, flat, ragged umbrella of a crown.</summary>
    private static void Acacia(ModelBuilder b, int lod)
    {
        b.Limb(V(0, 0, 0), V(0.3f, 2.4f, 0), 0.24f, 0.18f, lod == 0 ? 5 : 3, Bark);
        if (lod == 2)
        {
            b.Cylinder(V(-0.2f, 5.8f, 0), 3.2f, 3.6f, 0.8f, 6, Leaf);
            b.Limb(V(0.3f, 2.4f, 0), V(-0.2f, 5.9f, 0), 0.16f, 0.08f, 3, Bark);
            return;
        }
        int limbs = lod == 0 ? 4 : 3;
        for (int i = 0; i < limbs; i++)
        {
            float a = (i * MathF.Tau / limbs) + 0.5f;
            var top = V(-0.3f + (1.9f * MathF.Cos(a)), 5.9f, 1.7f * MathF.Sin(a));
            b.Limb(V(0.3f, 2.3f, 0), top, 0.15f, 0.07f, 3, Bark);
        }
        b.Canopy(V(-0.3f, 5.8f, 0), 3.7f, 1.0f, lod == 0 ? 9 : 6, 0.22f, Leaf, ModelBuilder.Tint(165));
        if (lod == 0)
        {
            b.Canopy(V(0.6f, 6.3f, 0.8f), 2.2f, 0.8f, 6, 0.3f, ModelBuilder.Tint(232), ModelBuilder.Tint(170));
            b.Canopy(V(-1.6f, 6.2f, -0.9f), 1.9f, 0.7f, 5, 0.3f, ModelBuilder.Tint(240), ModelBuilder.Tint(170));
        }
    }

    /// <summary>A shrub: a few leafy lobes huddled on the ground.</summary>
    private static void Bush(ModelBuilder b, int lod)
    {
        if (lod == 2)
        {
            b.Blob(V(0, 0.55f, 0), V(1.0f, 0.7f, 1.0f), 0, Leaf);
            return;
        }
        b.Blob(V(0, 0.6f, 0), V(0.85f, 0.65f, 0.85f) * (lod == 0 ? 1f : 1.15f), 1, Leaf, 0.2f);
        if (lod == 0)
        {
            b.Blob(V(0.55f, 0.45f, 0.35f), V(0.6f, 0.5f, 0.6f), 1, ModelBuilder.Tint(222), 0.2f);
            b.Blob(V(-0.5f, 0.42f, 0.3f), V(0.55f, 0.45f, 0.55f), 1, ModelBuilder.Tint(210), 0.2f);
            b.Blob(V(0.1f, 0.95f, -0.25f), V(0.5f, 0.42f, 0.5f), 1, ModelBuilder.Tint(245), 0.2f);
        }
    }
}
