using Nacre.Core;

namespace Nacre.Rendering.Models;

internal static partial class ModelCatalog
{
    /// <summary>Proportions of a four-legged animal, metres: body size, leg length, neck and head.</summary>
    private readonly record struct Quadruped(float Length, float Width, float Depth, float Legs, float Neck, float Head, float HeadLength);

    private static IEnumerable<ModelRecipe> Creatures()
    {
        yield return new(SemanticLabel.Person, "person", 1.76f, 0.3f, 0.2f, Person);
        yield return Animal(SemanticLabel.Deer, "deer", new Quadruped(1.5f, 0.45f, 0.6f, 0.85f, 0.55f, 0.26f, 0.4f), antlers: true);
        yield return Animal(SemanticLabel.Cow, "cow", new Quadruped(2.1f, 0.8f, 0.9f, 0.7f, 0.25f, 0.4f, 0.55f), patches: true);
        yield return Animal(SemanticLabel.Horse, "horse", new Quadruped(2.0f, 0.55f, 0.75f, 0.95f, 0.7f, 0.3f, 0.6f));
        yield return Animal(SemanticLabel.Sheep, "sheep", new Quadruped(1.1f, 0.6f, 0.6f, 0.4f, 0.15f, 0.24f, 0.3f), woolly: true);
        yield return Animal(SemanticLabel.Dog, "dog", new Quadruped(0.8f, 0.3f, 0.35f, 0.35f, 0.15f, 0.2f, 0.28f));
        yield return Animal(SemanticLabel.Fox, "fox", new Quadruped(0.7f, 0.25f, 0.3f, 0.3f, 0.1f, 0.18f, 0.3f));
        yield return Animal(SemanticLabel.Rabbit, "rabbit", new Quadruped(0.35f, 0.2f, 0.22f, 0.08f, 0.05f, 0.14f, 0.15f));
        yield return Animal(SemanticLabel.Wolf, "wolf", new Quadruped(1.1f, 0.32f, 0.42f, 0.5f, 0.18f, 0.22f, 0.35f));
        yield return Animal(SemanticLabel.Bear, "bear", new Quadruped(1.8f, 0.9f, 0.9f, 0.55f, 0.1f, 0.42f, 0.45f));
        yield return Animal(SemanticLabel.Camel, "camel", new Quadruped(2.0f, 0.6f, 0.75f, 1.2f, 0.8f, 0.28f, 0.5f), hump: true);
        yield return Animal(SemanticLabel.Giraffe, "giraffe", new Quadruped(1.9f, 0.6f, 0.85f, 1.9f, 1.9f, 0.3f, 0.55f));
        yield return Animal(SemanticLabel.Zebra, "zebra", new Quadruped(1.8f, 0.5f, 0.7f, 0.85f, 0.5f, 0.3f, 0.55f), stripes: true);
        yield return Animal(SemanticLabel.Donkey, "donkey", new Quadruped(1.35f, 0.45f, 0.6f, 0.7f, 0.4f, 0.28f, 0.5f), ears: true);
        yield return new(SemanticLabel.Rider, "rider", 2.6f, 0.3f, 1f, Rider);
        yield return new(SemanticLabel.Bird, "bird", 0.2f, 0.35f, 0.15f, (b, lod) => Bird(b, lod, 0.25f), CastsShadow: false);
        yield return new(SemanticLabel.Duck, "duck", 0.4f, 0.2f, 0.3f, (b, lod) =>
        {
            b.Blob(V(0, 0.15f, 0), V(0.18f, 0.13f, 0.28f), 0, ModelBuilder.Tint(), 0.05f);
            b.Blob(V(0, 0.34f, -0.2f), V(0.08f, 0.09f, 0.09f), 0, ModelBuilder.Paint(40, 100, 50), 0.05f);
            b.Block(0, 0.31f, -0.31f, 0.06f, 0.03f, 0.08f, ModelBuilder.Paint(240, 170, 40));
        }, CastsShadow: false);
    }

    private static void Person(ModelBuilder b, int lod)
    {
        uint shirt = ModelBuilder.Tint();
        if (lod == 2)
        {
            b.Block(0, 0, 0, 0.4f, 0.85f, 0.25f, Trousers);
            b.Block(0, 0.85f, 0, 0.46f, 0.65f, 0.26f, shirt);
            b.Block(0, 1.5f, 0, 0.22f, 0.24f, 0.22f, Skin);
            return;
        }
        b.Block(-0.11f, 0, 0, 0.17f, 0.85f, 0.2f, Trousers);
        b.Block(0.11f, 0, 0, 0.17f, 0.85f, 0.2f, Trousers);
        b.Block(0, 0.85f, 0, 0.44f, 0.6f, 0.24f, shirt);
        b.Block(-0.29f, 0.82f, 0, 0.12f, 0.6f, 0.13f, shirt);
        b.Block(0.29f, 0.82f, 0, 0.12f, 0.6f, 0.13f, shirt);
        b.Block(0, 1.45f, 0, 0.1f, 0.07f, 0.1f, Skin);
        b.Blob(new(0, 1.62f, 0), new(0.12f, 0.14f, 0.12f), lod == 0 ? 1 : 0, Skin, 0.04f);
        if (lod == 0)
        {
            b.Block(0, 1.68f, 0.02f, 0.25f, 0.1f, 0.24f, ModelBuilder.Paint(60, 44, 32));
        }
    }

    private static ModelRecipe Animal(SemanticLabel label, string name, Quadruped q, bool antlers = false, bool patches = false, bool woolly = false,
        bool hump = false, bool stripes = false, bool ears = false)
    {
        float height = q.Legs + q.Depth + q.Neck + q.Head;
        return new(label, name, height, q.Width / 2, q.Length / 2, (b, lod) =>
        {
            BuildAnimal(b, lod, q, antlers, patches, woolly, hump);
            if (lod < 2 && stripes)
            {
                Stripes(b, q, lod);
            }
            if (lod < 2 && ears)
            {
                float y = q.Legs + q.Depth + q.Neck + (q.Head * 0.6f), z = -(q.Length / 2) + (q.Width * 0.3f);
                b.Block(-0.07f, y, z, 0.05f, 0.3f, 0.08f, ModelBuilder.Tint(150));
                b.Block(0.07f, y, z, 0.05f, 0.3f, 0.08f, ModelBuilder.Tint(150));
            }
        }, CastsShadow: q.Length > 0.6f);
    }

    /// <summary>Dark bands round a zebra's body, neck and legs, just proud of the white coat.</summary>
    private static void Stripes(ModelBuilder b, Quadruped q, int lod)
    {
        uint black = ModelBuilder.Paint(30, 30, 32);
        int n = lod == 0 ? 7 : 4;
        for (int i = 0; i < n; i++)
        {
            float z = (-q.Length / 2) + (q.Length * (i + 0.5f) / n);
            b.Block(0, q.Legs - 0.01f, z, q.Width + 0.03f, q.Depth + 0.02f, q.Length / (n * 2.6f), black);
        }
        float neckZ = (-q.Length / 2) + (q.Width * 0.3f);
        for (int i = 0; i < (lod == 0 ? 3 : 1); i++)
        {
            b.Block(0, q.Legs + q.Depth + (i * q.Neck / 3f), neckZ, (q.Width * 0.45f) + 0.03f, 0.08f, (q.Width * 0.45f) + 0.03f, black);
        }
    }

    /// <summary>A horse with a person astride it.</summary>
    private static void Rider(ModelBuilder b, int lod)
    {
        var horse = new Quadruped(2.0f, 0.55f, 0.75f, 0.95f, 0.7f, 0.3f, 0.6f);
        BuildAnimal(b, lod, horse, antlers: false, patches: false, woolly: false, hump: false);
        uint shirt = ModelBuilder.Paint(70, 92, 130);
        float saddle = horse.Legs + horse.Depth;
        b.Block(0, saddle - 0.02f, 0.1f, 0.62f, 0.08f, 0.6f, ModelBuilder.Paint(60, 40, 28));
        b.Block(-0.34f, saddle - 0.55f, 0.05f, 0.14f, 0.62f, 0.2f, Trousers);   // legs either side of the horse
        b.Block(0.34f, saddle - 0.55f, 0.05f, 0.14f, 0.62f, 0.2f, Trousers);
        b.Block(0, saddle + 0.05f, 0.1f, 0.42f, 0.6f, 0.24f, shirt);
        b.Blob(new(0, saddle + 0.83f, 0.08f), new(0.12f, 0.14f, 0.12f), lod == 0 ? 1 : 0, Skin, 0.04f);
        if (lod < 2)
        {
            b.Block(-0.27f, saddle + 0.2f, -0.1f, 0.11f, 0.12f, 0.45f, shirt);   // arms forward to the reins
            b.Block(0.27f, saddle + 0.2f, -0.1f, 0.11f, 0.12f, 0.45f, shirt);
            b.Cylinder(new(0, saddle + 0.93f, 0.08f), 0.26f, 0.26f, 0.04f, 8, ModelBuilder.Paint(96, 70, 44));   // hat brim
            b.Cylinder(new(0, saddle + 0.95f, 0.08f), 0.13f, 0.12f, 0.16f, 6, ModelBuilder.Paint(96, 70, 44));
        }
    }

    private static void BuildAnimal(ModelBuilder b, int lod, Quadruped q, bool antlers, bool patches, bool woolly, bool hump)
    {
        uint coat = ModelBuilder.Tint();
        uint dark = ModelBuilder.Tint(170);
        float hl = q.Length / 2, hw = q.Width / 2;
        if (woolly && lod < 2)
        {
            b.Blob(new(0, q.Legs + (q.Depth / 2), 0), new(hw * 1.1f, q.Depth * 0.6f, hl * 1.05f), 1, coat, 0.12f);
        }
        else
        {
            b.Block(0, q.Legs, 0, q.Width, q.Depth, q.Length, coat);
        }
        if (patches && lod == 0)
        {
            b.Block(hw * 0.2f, q.Legs + (q.Depth * 0.3f), -hl * 0.2f, q.Width * 1.02f, q.Depth * 0.5f, q.Length * 0.3f, ModelBuilder.Paint(40, 36, 34));
        }
        if (hump)
        {
            b.Blob(new(0, q.Legs + q.Depth, 0.1f * q.Length), new(hw * 0.8f, q.Depth * 0.45f, hl * 0.4f), 0, coat, 0.05f);
        }
        // Neck rising at the front (−Z) and the head reaching forward.
        float neckZ = -hl + (q.Width * 0.3f);
        float top = q.Legs + q.Depth;
        b.Block(0, top - (q.Depth * 0.4f), neckZ, q.Width * 0.45f, q.Neck + (q.Depth * 0.4f), q.Width * 0.45f, coat);
        float headY = top + q.Neck - (q.Head * 0.4f);
        b.Block(0, headY, neckZ - (q.HeadLength * 0.4f), q.Head * 0.8f, q.Head, q.HeadLength, lod == 2 ? coat : dark);
        if (lod == 2)
        {
            b.Block(0, 0, 0, q.Width * 0.8f, q.Legs, q.Length * 0.8f, dark);
            return;
        }
        float lw = MathF.Max(q.Width * 0.22f, 0.05f);
        foreach ((float x, float z) in (ReadOnlySpan<(float, float)>)[(-1, -1), (1, -1), (-1, 1), (1, 1)])
        {
            b.Block(x * (hw - (lw / 2)), 0, z * (hl - (lw * 1.2f)), lw, q.Legs + 0.02f, lw, dark);
        }
        if (lod == 0)
        {
            b.Block(0, top - (q.Depth * 0.35f), hl + 0.05f, lw * 0.6f, q.Depth * 0.3f, 0.12f, dark);   // tail
            if (antlers)
            {
                uint horn = ModelBuilder.Paint(196, 180, 150);
                float y = headY + q.Head;
                b.Blade(new(-0.06f, y, neckZ), new(-0.02f, y, neckZ), new(-0.35f, y + 0.5f, neckZ + 0.1f), horn);
                b.Blade(new(0.06f, y, neckZ), new(0.02f, y, neckZ), new(0.35f, y + 0.5f, neckZ + 0.1f), horn);
            }
        }
    }

    private static void Bird(ModelBuilder b, int lod, float size)
    {
        b.Blob(new(0, size * 0.6f, 0), new(size * 0.3f, size * 0.3f, size * 0.6f), 0, ModelBuilder.Tint(), 0.05f);
        if (lod < 2)
        {
            b.Blade(new(0, size * 0.7f, -size * 0.2f), new(0, size * 0.7f, size * 0.3f), new(-size * 1.4f, size * 0.9f, size * 0.1f), ModelBuilder.Tint(200));
            b.Blade(new(0, size * 0.7f, -size * 0.2f), new(0, size * 0.7f, size * 0.3f), new(size * 1.4f, size * 0.9f, size * 0.1f), ModelBuilder.Tint(200));
        }
    }
}
