using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Rendering.Terrain;

/// <summary>
/// The stylised ground colours: a base per ground kind, shifted by biome, blended toward rock on steep slopes and
/// toward snow high up, with a little per-metre variation so large fields are not flat paint. sRGB, 0 … 1.
/// </summary>
internal static class GroundPalette
{
    /// <summary>Slope (1 − normal.y) where bare rock starts to show, and where it is all rock.</summary>
    private const float RockStart = 0.22f;
    private const float RockFull = 0.45f;

    /// <summary>Height above sea level where snow starts on gentle slopes, metres.</summary>
    private const float SnowLine = 120f;

    public static Vector3 Base(GroundKind kind, Biome biome) => kind switch
    {
        GroundKind.Grass => biome switch
        {
            Biome.Meadow => Rgb(118, 163, 66),
            Biome.Farmland => Rgb(126, 160, 70),
            Biome.Swamp => Rgb(88, 108, 60),
            Biome.Tundra => Rgb(150, 156, 124),
            Biome.Jungle => Rgb(70, 132, 52),
            Biome.PalmGrove or Biome.Beach => Rgb(150, 168, 84),
            Biome.Desert => Rgb(170, 160, 100),
            Biome.ConiferForest => Rgb(92, 128, 62),
            _ => Rgb(108, 156, 66),
        },
        GroundKind.ForestFloor => biome switch
        {
            Biome.ConiferForest => Rgb(74, 88, 48),
            Biome.BirchForest => Rgb(116, 128, 62),
            Biome.Jungle or Biome.BambooForest => Rgb(64, 98, 44),
            _ => Rgb(88, 104, 50),
        },
        GroundKind.Dirt => Rgb(128, 104, 74),
        GroundKind.Sand => biome == Biome.Desert ? Rgb(226, 196, 134) : Rgb(228, 212, 160),
        GroundKind.Rock => biome == Biome.Desert ? Rgb(170, 96, 62) : Rgb(126, 122, 116), // desert rock is red sandstone
        GroundKind.Snow => Rgb(238, 242, 248),
        GroundKind.Mud => Rgb(92, 78, 58),
        GroundKind.Farmland => Rgb(146, 118, 72),
        GroundKind.Road => Rgb(84, 83, 82),
        GroundKind.Path => Rgb(172, 150, 112),
        GroundKind.Pavement => Rgb(156, 154, 150),
        GroundKind.RiverBed => Rgb(112, 104, 84),
        GroundKind.DryGrass => Rgb(180, 166, 96),
        GroundKind.Lava => Rgb(196, 64, 22),
        GroundKind.Ash => Rgb(58, 54, 52),
        GroundKind.Ice => Rgb(196, 222, 236),
        GroundKind.Chalk => Rgb(232, 230, 218),
        _ => Rgb(118, 163, 66),
    };

    public static SemanticLabel Label(GroundKind kind) => kind switch
    {
        GroundKind.Road or GroundKind.Pavement => SemanticLabel.Road,
        GroundKind.Path => SemanticLabel.Path,
        GroundKind.Sand => SemanticLabel.Sand,
        GroundKind.Rock or GroundKind.Chalk => SemanticLabel.Rock,
        GroundKind.Snow => SemanticLabel.Snow,
        GroundKind.Ice => SemanticLabel.Ice,
        GroundKind.Lava => SemanticLabel.Lava,
        _ => SemanticLabel.Terrain,
    };

    /// <summary>
    /// Final vertex colour for ground of <paramref name="kind"/> at a point with the given slope (1 − normal.y), height
    /// (m above sea level) and shore wetness (0 dry … 1 at the water's edge: wet sand and dark banks).
    /// </summary>
    public static Vector3 Shade(GroundKind kind, Biome biome, float slope, float height, float wet, int worldX, int worldZ)
    {
        Vector3 c = Base(kind, biome);
        if (IsVegetated(kind))
        {
            // Moisture patches tens of metres across: damp hollows a deeper green, dry rises toward straw.
            float moisture = Noise01((worldX * 0.021f) + 17.3f, (worldZ * 0.021f) - 5.1f);
            c = Vector3.Lerp(c * new Vector3(0.82f, 0.94f, 0.86f), c * new Vector3(1.16f, 1.04f, 0.72f), SmoothStep(0.2f, 0.8f, moisture));
        }
        bool paved = kind is GroundKind.Road or GroundKind.Pavement or GroundKind.Path;
        if (kind == GroundKind.Farmland)
        {
            // Furrows: alternate light and dark rows every 2 m along x.
            c *= ((worldX >> 1) & 1) == 0 ? 1.08f : 0.9f;
        }
        if (!paved)
        {
            float rock = SmoothStep(RockStart, RockFull, slope);
            c = Vector3.Lerp(c, Strata(kind == GroundKind.Rock && biome == Biome.Desert ? Base(GroundKind.Rock, biome) : Rgb(124, 118, 110), height, worldX, worldZ), rock);
            float snow = SmoothStep(SnowLine, SnowLine + 25f, height) * (1f - SmoothStep(0.25f, 0.5f, slope));
            c = Vector3.Lerp(c, Rgb(236, 240, 246), snow);
        }
        if (wet > 0f && !paved && kind is not (GroundKind.Snow or GroundKind.Ice or GroundKind.Lava))
        {
            // Wet ground at the water's edge is darker and a little cooler (sand most of all).
            c = Vector3.Lerp(c, c * new Vector3(0.66f, 0.68f, 0.72f), wet * (kind == GroundKind.Sand ? 1f : 0.6f));
        }
        // ±7 % brightness per 1 m cell, and a broad ±8 % hue drift over tens of metres.
        ulong h = StableHash.Combine(0x6E61637265UL, worldX, worldZ);
        float fine = 0.93f + (0.14f * StableHash.ToUnitFloat(h));
        float broad = Noise01(worldX * 0.035f, worldZ * 0.035f);
        c *= fine;
        c = new Vector3(c.X * (0.94f + (0.12f * broad)), c.Y * (1.04f - (0.08f * broad)), c.Z);
        return Vector3.Clamp(c, Vector3.Zero, Vector3.One);
    }

    /// <summary>
    /// Rock with strata: bands of lighter and darker, warmer and cooler stone a few metres thick, their heights warped
    /// over tens of metres so they read as bedding, not contour lines.
    /// </summary>
    private static Vector3 Strata(Vector3 rock, float height, int worldX, int worldZ)
    {
        float y = (height * 0.22f) + (Noise01(worldX * 0.03f, worldZ * 0.03f) * 1.6f);
        float band = Noise01(y, 7.5f);
        return rock * Vector3.Lerp(new Vector3(0.80f, 0.79f, 0.78f), new Vector3(1.14f, 1.07f, 0.97f), band);
    }

    private static bool IsVegetated(GroundKind kind) => kind is GroundKind.Grass or GroundKind.ForestFloor or GroundKind.DryGrass;

    /// <summary>The shine value that marks ground glowing by itself (lava): the terrain shader lights it from within.</summary>
    public const byte Emissive = 255;

    public static uint Pack(Vector3 c, byte a = 0) =>
        (uint)(byte)(c.X * 255f + 0.5f) | ((uint)(byte)(c.Y * 255f + 0.5f) << 8) | ((uint)(byte)(c.Z * 255f + 0.5f) << 16) | ((uint)a << 24);

    private static Vector3 Rgb(int r, int g, int b) => new(r / 255f, g / 255f, b / 255f);

    private static float SmoothStep(float e0, float e1, float x)
    {
        float t = Math.Clamp((x - e0) / (e1 - e0), 0f, 1f);
        return t * t * (3f - (2f * t));
    }

    /// <summary>Cheap smooth value noise in [0, 1] (bilinear over hashed lattice values).</summary>
    private static float Noise01(float x, float z)
    {
        int x0 = (int)MathF.Floor(x), z0 = (int)MathF.Floor(z);
        float fx = x - x0, fz = z - z0;
        fx = fx * fx * (3f - (2f * fx));
        fz = fz * fz * (3f - (2f * fz));
        float a = Lattice(x0, z0), b = Lattice(x0 + 1, z0), c = Lattice(x0, z0 + 1), d = Lattice(x0 + 1, z0 + 1);
        return (a + ((b - a) * fx)) + (((c + ((d - c) * fx)) - (a + ((b - a) * fx))) * fz);
    }

    private static float Lattice(int x, int z) => StableHash.ToUnitFloat(StableHash.Combine(0x7465727261UL, x, z));
}
