using Nacre.Core;

namespace Nacre.WorldGen.Terrain;

/// <summary>
/// The raw height field of a relief: noise shaped into plains, hills, mountains, canyons, coasts, islands, dunes or
/// cliffs, before water, landforms and structures carve it. A pure function of (spec, seed, x, z), metres above sea
/// level (y = 0). Thread-safe (immutable).
/// </summary>
internal sealed class ReliefField
{
    private readonly Relief _relief;
    private readonly float _scale;
    private readonly ulong _base, _warp, _detail, _shape;
    // Unit vector pointing out to sea (coast and sea worlds), and the inland distance of the shoreline from the origin.
    private readonly float _seaDirX, _seaDirZ;
    private const float ShoreOffset = 140f; // metres from the origin to the coastline, so the spawn area is dry land

    public ReliefField(WorldSpec spec)
    {
        _relief = spec.Terrain.Relief;
        _scale = Math.Clamp(spec.Terrain.ElevationScale, 0.1f, 4f);
        ulong s = spec.Seed;
        _base = StableHash.Stage(s, "terrain.base");
        _warp = StableHash.Stage(s, "terrain.warp");
        _detail = StableHash.Stage(s, "terrain.detail");
        _shape = StableHash.Stage(s, "terrain.shape");
        bool waterAllowed = spec.Water.Amount != WaterAmount.None && (spec.Exclude & Exclusions.Water) == 0;
        HasSea = waterAllowed && (_relief is Relief.Coast or Relief.Islands || spec.Water.Sea);
        var rng = new Rng(StableHash.Stage(s, "terrain.coast"));
        (_seaDirX, _seaDirZ) = DetMath.Direction(rng.Range(0f, 2f * MathF.PI));
    }

    /// <summary>True when the world has a sea at y = 0.</summary>
    public bool HasSea { get; }

    /// <summary>Unit vector from land out to sea (meaningful when <see cref="HasSea"/>).</summary>
    public (float X, float Z) SeaDirection => (_seaDirX, _seaDirZ);

    /// <summary>Snow line, metres: above it the ground is snow (lowered in winter by the biome stage).</summary>
    public float SnowLine => _relief == Relief.Mountains ? 95f * _scale : 160f * _scale;

    /// <summary>Raw height at (x, z), metres.</summary>
    public float Height(float x, float z)
    {
        float land = _relief switch
        {
            Relief.Flat => 2f + (0.35f * _scale * Noise.Fbm(_base, x, z, 1f / 160f, 2)),
            Relief.Plains => Plains(x, z),
            Relief.RollingHills => Hills(x, z),
            Relief.Mountains => Mountains(x, z),
            Relief.Canyon => Canyon(x, z),
            Relief.Dunes => Dunes(x, z),
            Relief.Cliffs => Cliffs(x, z),
            Relief.Islands => Hills(x, z) * 0.6f,
            Relief.Coast => Hills(x, z) * 0.7f,
            _ => Plains(x, z),
        };
        if (!HasSea)
        {
            return land;
        }
        return _relief == Relief.Islands ? Islands(x, z, land) : Coast(x, z, land);
    }

    private float Plains(float x, float z) =>
        4f + (_scale * ((3.5f * Noise.Fbm(_base, x, z, 1f / 550f, 3)) + (0.6f * Noise.Fbm(_detail, x, z, 1f / 70f, 2))));

    private float Hills(float x, float z)
    {
        (float wx, float wz) = Noise.Warp(_warp, x, z, 1f / 600f, 80f);
        float h = Noise.Fbm(_base, wx, wz, 1f / 320f, 4);
        return 14f + (_scale * ((16f * h) + (0.8f * Noise.Fbm(_detail, x, z, 1f / 45f, 2))));
    }

    private float Mountains(float x, float z)
    {
        (float wx, float wz) = Noise.Warp(_warp, x, z, 1f / 700f, 120f);
        float ridges = Noise.Ridged(_shape, wx, wz, 1f / 900f, 5);
        float mass = DetMath.SmoothStep(-0.35f, 0.55f, Noise.Fbm(_base, wx, wz, 1f / 1400f, 2));
        float foothills = 10f * Noise.Fbm(_detail, x, z, 1f / 260f, 3);
        return 18f + (_scale * (foothills + (mass * 190f * ridges * ridges) + (1.2f * Noise.Fbm(_detail, x, z, 1f / 40f, 2))));
    }

    private float Canyon(float x, float z)
    {
        (float wx, float wz) = Noise.Warp(_warp, x, z, 1f / 500f, 90f);
        float n = MathF.Abs(Noise.Fbm(_shape, wx, wz, 1f / 800f, 3));
        float cut = 1f - DetMath.SmoothStep(0.035f, 0.17f, n);
        // Three terraces give the stepped walls of a desert canyon.
        float t = cut * 3f;
        float step = MathF.Floor(t);
        float terraced = (step + DetMath.SmoothStep(0.55f, 1f, t - step)) / 3f;
        float plateau = 48f + (4f * Noise.Fbm(_base, x, z, 1f / 400f, 3));
        return (plateau * _scale) - (44f * _scale * terraced) + (0.5f * Noise.Fbm(_detail, x, z, 1f / 30f, 2));
    }

    private float Dunes(float x, float z)
    {
        (float wx, float wz) = Noise.Warp(_warp, x, z, 1f / 300f, 40f);
        // Long transverse ridges: a gentle windward slope and a steep slip face.
        float p = ((wx * 0.8f) + (wz * 0.6f)) / 55f + (1.4f * Noise.Fbm(_shape, x, z, 1f / 250f, 2));
        float f = p - MathF.Floor(p);
        float profile = f < 0.72f ? f / 0.72f : (1f - f) / 0.28f;
        float crest = DetMath.SmoothStep(0f, 1f, profile);
        float amp = 5f + (3f * Noise.Fbm(_base, x, z, 1f / 400f, 2));
        return 6f + (_scale * ((amp * crest) + (3f * Noise.Fbm(_base, x, z, 1f / 900f, 2))));
    }

    private float Cliffs(float x, float z)
    {
        (float wx, float wz) = Noise.Warp(_warp, x, z, 1f / 500f, 70f);
        float n = Noise.Fbm(_shape, wx, wz, 1f / 600f, 3);
        float step = DetMath.SmoothStep(-0.03f, 0.03f, n + 0.08f);
        return 4f + (_scale * ((26f * step) + (4f * Noise.Fbm(_base, x, z, 1f / 300f, 3)) + (0.6f * Noise.Fbm(_detail, x, z, 1f / 35f, 2))));
    }

    /// <summary>A coastline across the world: land on one side, sea floor down to −16 m on the other.</summary>
    private float Coast(float x, float z, float land)
    {
        // Signed distance out to sea, metres, bent by noise so the shore has bays and headlands.
        float u = (x * _seaDirX) + (z * _seaDirZ) - ShoreOffset + (70f * Noise.Fbm(_warp, x, z, 1f / 450f, 3));
        // Beach: a gentle ramp of ~1:30 near the shore, the relief taking over inland; cliffs rise within ~25 m.
        float inland = _relief == Relief.Cliffs ? DetMath.SmoothStep(-4f, 22f, -u) : DetMath.SmoothStep(-10f, 160f, -u);
        float shore = -u / 30f;
        // Sea cliffs stand at least 16 m (scaled) above the water.
        float floor = _relief == Relief.Cliffs ? 16f * _scale : 1.5f;
        float h = DetMath.Lerp(shore, MathF.Max(land, floor), inland);
        return MathF.Max(h, -16f);
    }

    /// <summary>Islands where low-frequency noise is high; one is always centred near the origin (the spawn area).</summary>
    private float Islands(float x, float z, float land)
    {
        float n = Noise.Fbm(_shape, x, z, 1f / 700f, 3);
        float r = MathF.Sqrt((x * x) + (z * z)) / 420f;
        float home = 0.55f * DetMath.Bump(r);
        float mask = n + home - 0.18f;
        float h = mask < 0f ? mask * 80f : (mask * 40f) + (land * DetMath.SmoothStep(0f, 0.25f, mask));
        return MathF.Max(h, -18f);
    }
}
