using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Terrain;

/// <summary>
/// Generator v2: a named landform shaped around the site so it dominates the first look and blends into the infinite
/// world beyond — a fjord's inlet between 100 m walls, a canyon's stratified walls over a river, mesas and buttes on a
/// desert floor, a volcano's cone and crater, a glacier's ice tongue between peaks, a tropical island ringed by sea.
/// Each recipe is a height function applied on top of the raw relief in a frame of its own (an axis through the site,
/// <c>u</c> along it, <c>v</c> across), plus what the view solver frames (<see cref="Focus"/>) and the ground it
/// paints. Pure; thread-safe (immutable).
/// </summary>
internal sealed partial class LandformRecipe
{
    private readonly float _ax, _az; // unit axis: along a fjord toward the sea, along a canyon or valley
    private readonly float _ox, _oz; // a point on the axis, world metres
    private readonly float _scale;
    private readonly ulong _noise;

    private LandformRecipe(Landform kind, float ax, float az, float ox, float oz, float scale, ulong noise)
    {
        Kind = kind;
        _ax = ax;
        _az = az;
        _ox = ox;
        _oz = oz;
        _scale = scale;
        _noise = noise;
    }

    public Landform Kind { get; }

    /// <summary>The recipe's centre (m): a volcano's crater, a mesa's table, the point its axis runs through.</summary>
    public (float X, float Z) Centre => (_ox, _oz);

    /// <summary>Radius of a volcano's crater, and its depth below the rim (m).</summary>
    public const float CraterRadius = 42f, CraterDepth = 28f;

    /// <summary>Ground point the first look frames (m).</summary>
    public Vector3 Focus { get; private set; }

    /// <summary>Half the landform's width as the camera should take it in, and its height (m).</summary>
    public float HalfWidth { get; private set; }

    public float Height { get; private set; }

    /// <summary>How far from <see cref="Focus"/> the camera may stand (m).</summary>
    public float MinViewDistance { get; private set; }

    public float MaxViewDistance { get; private set; }

    /// <summary>Compass bearing (radians) from <see cref="Focus"/> toward where the camera should rather stand, or null.</summary>
    public float? ViewBearing { get; private set; }

    /// <summary>The landform is seen best from high ground (a canyon from its rim, a fjord from above its strand).</summary>
    public bool ViewFromAbove { get; private set; }

    /// <summary>What the frame report counts as this landform's pixels.</summary>
    public SemanticLabel FocusLabel { get; private set; } = SemanticLabel.Terrain;

    /// <summary>Rivers the recipe runs along its floor (a canyon's, an alpine valley's): (x, z) polylines, world m, and their levels.</summary>
    public List<(float[] X, float[] Z, float[] Level, float HalfWidth)> Rivers { get; } = [];

    // Fjord: half-width of the water, width of the strand on each side, height of the walls (m).
    private const float FjordWater = 120f, FjordStrand = 40f, FjordWall = 70f;

    private const float VolcanoHeight = 125f; // metres above the plain, at scale 1

    private const float ShoreDistance = 140f, CliffHeight = 32f, CliffBeach = 26f; // metres from the site to the shore; clifftop above the sea

    /// <summary>The recipe for the spec's landform, or null when it names none this generator shapes.</summary>
    public static LandformRecipe? For(WorldSpec spec, ReliefField relief)
    {
        ulong seed = StableHash.Stage(spec.Seed, "landform");
        var rng = new Rng(seed);
        float scale = Math.Clamp(spec.Terrain.ElevationScale, 0.6f, 1.6f);
        float bearing = rng.Range(0f, 2f * MathF.PI);
        (float ax, float az) = DetMath.Direction(bearing);
        switch (spec.Landform)
        {
            case Landform.Fjord when relief.HasSea:
            {
                // The inlet runs out to the sea; the site (the origin) stands on the strand of its near side.
                (ax, az) = relief.SeaDirection;
                float offset = FjordWater + (FjordStrand * 0.45f);
                var r = new LandformRecipe(Landform.Fjord, ax, az, az * offset, -ax * offset, scale, seed);
                // The water 220 m down the fjord, seen along it from the strand: water between two walls.
                r.Frame(new Vector3((az * offset) + (ax * 220f), 0f, (-ax * offset) + (az * 220f)), FjordWater, FjordWall * 1.5f * scale, 150f, 320f, SemanticLabel.Water);
                return r;
            }
            case Landform.Canyon or Landform.Gorge:
            {
                bool gorge = spec.Landform == Landform.Gorge;
                float top = gorge ? 45f : 110f;
                float offset = top + 12f;
                var r = new LandformRecipe(spec.Landform, ax, az, az * offset, -ax * offset, scale, seed);
                // The far wall, seen across the canyon from the near rim (where the site stands).
                float across = offset + (top * 0.55f);
                r.Frame(new Vector3(az * across, 2f, -ax * across), top, (gorge ? 40f : 60f) * scale, top * 0.9f, top * 2.6f, SemanticLabel.Rock);
                r.ViewFromAbove = true;
                r.AddFloorRiver(gorge ? 3f : 5f);
                return r;
            }
            case Landform.AlpineValley:
            {
                var r = new LandformRecipe(Landform.AlpineValley, ax, az, 0f, 0f, scale, seed);
                r.Frame(new Vector3(ax * 380f, 60f * scale, az * 380f), 320f, 200f * scale, 200f, 430f, SemanticLabel.Terrain);
                r.AddFloorRiver(4f);
                return r;
            }
            case Landform.Mesa or Landform.Butte:
            {
                float d = spec.Landform == Landform.Mesa ? 330f : 200f;
                var r = new LandformRecipe(spec.Landform, ax, az, ax * d, az * d, scale, seed);
                float half = spec.Landform == Landform.Mesa ? 170f : 60f;
                r.Frame(new Vector3(ax * d, 0f, az * d), half, (spec.Landform == Landform.Mesa ? 75f : 65f) * scale, half + 60f, MathF.Min(half * 4f, 430f), SemanticLabel.Rock);
                return r;
            }
            case Landform.Volcano:
            {
                const float D = 560f;
                var r = new LandformRecipe(Landform.Volcano, ax, az, ax * D, az * D, scale, seed);
                r.Frame(new Vector3(ax * D, 0f, az * D), 300f, VolcanoHeight * scale, 400f, 460f, SemanticLabel.Terrain);
                return r;
            }
            case Landform.Glacier:
            {
                var r = new LandformRecipe(Landform.Glacier, ax, az, 0f, 0f, scale, seed);
                r.Frame(new Vector3(ax * 170f, 20f * scale, az * 170f), 150f, 120f * scale, 120f, 330f, SemanticLabel.Ice);
                return r;
            }
            case Landform.TropicalIsland when relief.HasSea:
            {
                var r = new LandformRecipe(Landform.TropicalIsland, ax, az, -ax * 150f, -az * 150f, scale, seed);
                // The lagoon past the island's shore, seen from the beach.
                r.Frame(new Vector3(ax * 125f, 0f, az * 125f), 45f, 3f, 30f, 110f, SemanticLabel.Water);
                return r;
            }
            case Landform.Plateau:
            {
                var r = new LandformRecipe(Landform.Plateau, ax, az, ax * 160f, az * 160f, scale, seed);
                r.Frame(new Vector3(ax * 160f, 0f, az * 160f), 220f, 70f * scale, 150f, 420f, SemanticLabel.Rock);
                return r;
            }
            case Landform.SeaCliffs or Landform.ChalkCliffs or Landform.RockyCoast or Landform.SandyCoast when relief.HasSea:
            {
                // The shore runs across the sea direction 140 m out from the site; the site stands on the land above it.
                (ax, az) = relief.SeaDirection;
                var r = new LandformRecipe(spec.Landform, ax, az, ax * ShoreDistance, az * ShoreDistance, scale, seed);
                bool cliffs = spec.Landform is Landform.SeaCliffs or Landform.ChalkCliffs;
                // The far side of the bay, where the shore faces back across the water.
                const float Across = 95f;
                float back = ShoreDistance - (BayDepth * (1f - DetMath.SmoothStep(0f, BayHalfWidth, Across)));
                if (cliffs)
                {
                    r.Frame(new Vector3((ax * back) + (az * Across), 0f, (az * back) - (ax * Across)), 70f, CliffHeight * scale, 70f, 260f, SemanticLabel.Rock);
                    // From the beach at the foot of the cliffs, looking along them.
                    r.ViewBearing = DetMath.Heading(-az + (0.6f * ax), ax + (0.6f * az));
                }
                else
                {
                    // The water off the bay's far shore, seen from the land.
                    r.Frame(new Vector3((ax * (back + 25f)) + (az * Across), 0f, (az * (back + 25f)) - (ax * Across)), 50f, 3f, 40f, 160f, SemanticLabel.Water);
                }
                return r;
            }
            case Landform.Delta or Landform.Estuary when relief.HasSea:
                return ForDelta(spec.Landform, relief, scale, seed);
            case Landform.Archipelago when relief.HasSea:
                return ForArchipelago(bearing, scale, seed);
            case Landform.Dunes:
                return ForDunes(bearing, scale, seed, relief.HasSea);
            default:
                return null;
        }
    }

    /// <summary>The terrain with the landform shaped into it: <paramref name="h"/> is the raw relief there (m).</summary>
    public float Shape(float x, float z, float h)
    {
        float dx = x - _ox, dz = z - _oz;
        float u = (dx * _ax) + (dz * _az), v = (dx * _az) - (dz * _ax);
        return Kind switch
        {
            Landform.Fjord => Fjord(x, z, u, v, h),
            Landform.Canyon => Canyon(x, z, MathF.Abs(v - Meander(u)), h, top: 110f, floor: 22f, depth: 60f),
            Landform.Gorge => Canyon(x, z, MathF.Abs(v - Meander(u)), h, top: 45f, floor: 7f, depth: 40f),
            Landform.AlpineValley => AlpineValley(x, z, MathF.Abs(v - Meander(u)), h),
            Landform.Mesa => Table(x, z, h, radius: 170f, height: 75f),
            Landform.Butte => Table(x, z, h, radius: 60f, height: 65f),
            Landform.Volcano => Volcano(x, z, h),
            Landform.Glacier => Glacier(x, z, u, v, h),
            Landform.TropicalIsland => Island(x, z),
            Landform.Plateau => Plateau(x, z, u, h),
            Landform.SeaCliffs or Landform.ChalkCliffs or Landform.RockyCoast or Landform.SandyCoast => Shore(x, z, u, v, h),
            Landform.Delta or Landform.Estuary => Delta(x, z, u, v, h),
            Landform.Archipelago => Archipelago(x, z),
            Landform.Dunes => Dunes(x, z, u, v, h),
            _ => h,
        };
    }

    /// <summary>Ground the recipe paints at (x, z) of height h and local slope (m per cell), or null for the biome's own.</summary>
    public GroundKind? Ground(float x, float z, float h, float slope)
    {
        float dx = x - _ox, dz = z - _oz;
        switch (Kind)
        {
            case Landform.Volcano:
            {
                float r = MathF.Sqrt((dx * dx) + (dz * dz));
                if (r < 300f)
                {
                    // Lava flows down the flanks in narrow tongues from the crater.
                    float angle = DetMath.Atan2(dz, dx);
                    float tongue = Noise.Fbm(_noise + 7UL, angle * 9f, r / 90f, 1f, 2);
                    return r > 40f && tongue > 0.42f ? GroundKind.Lava : GroundKind.Ash;
                }
                // A barren plain of ash around the foot, out past the site, crossed by glowing lava flows; the
                // world's own ground returns beyond 1.2 km.
                float n = Noise.Fbm(_noise, x, z, 1f / 140f, 3) - (0.25f * DetMath.SmoothStep(600f, 1200f, r));
                return r < 1250f ? (n > 0.24f ? GroundKind.Lava : GroundKind.Ash) : null;
            }
            case Landform.Glacier:
            {
                float u = (dx * _ax) + (dz * _az), v = (dx * _az) - (dz * _ax);
                return MathF.Abs(v) < GlacierHalfWidth(u) && u > -20f ? GroundKind.Ice : (h > 60f * _scale && slope < 1.1f ? GroundKind.Snow : null);
            }
            case Landform.Canyon or Landform.Gorge or Landform.Mesa or Landform.Butte or Landform.Plateau:
                return slope > 0.55f ? GroundKind.Rock : null;
            case Landform.Fjord:
                return slope > 0.9f ? GroundKind.Rock : null;
            case Landform.Delta or Landform.Estuary:
                return DeltaGround(x, z, (dx * _ax) + (dz * _az), (dx * _az) - (dz * _ax), h);
            case Landform.Archipelago:
                return slope > 0.6f ? GroundKind.Rock : h < 2.2f ? GroundKind.Sand : null;
            case Landform.Dunes:
                return h > 0.8f ? GroundKind.Sand : null;
            case Landform.SeaCliffs or Landform.ChalkCliffs or Landform.RockyCoast or Landform.SandyCoast:
            {
                float u = ShoreU((dx * _ax) + (dz * _az), (dx * _az) - (dz * _ax));
                return Kind switch
                {
                    Landform.ChalkCliffs when slope > 0.7f || (u > -4f && h < 3f) => GroundKind.Chalk,
                    Landform.SeaCliffs when slope > 0.7f || (u > -4f && h < 3f) => GroundKind.Rock,
                    Landform.RockyCoast when u > -14f || slope > 0.6f => GroundKind.Rock,
                    Landform.SandyCoast when u > -60f => GroundKind.Sand,
                    _ => null,
                };
            }
            default:
                return null;
        }
    }

    /// <summary>
    /// What the first look frames: a ground point, the landform's half width and height as the camera takes them in
    /// (m), how near and how far from the focus the camera may stand (m), and the label its pixels carry.
    /// </summary>
    private void Frame(Vector3 focus, float halfWidth, float height, float minDistance, float maxDistance, SemanticLabel label)
    {
        Focus = focus;
        HalfWidth = halfWidth;
        Height = height;
        MinViewDistance = minDistance;
        MaxViewDistance = maxDistance;
        FocusLabel = label;
    }

    /// <summary>
    /// A river along the floor, following the floor's meander, in reaches of ~200 m (so each reach's bounds stay
    /// small and chunks far from it never test it).
    /// </summary>
    private void AddFloorRiver(float halfWidth)
    {
        const float Step = 20f, Reach = 200f;
        float level = FloorLevel + 0.6f;
        for (float start = -1400f; start < 1400f; start += Reach)
        {
            var xs = new List<float>();
            var zs = new List<float>();
            for (float t = start; t <= start + Reach + 0.1f; t += Step)
            {
                float m = Meander(t);
                xs.Add(_ox + (_ax * t) + (_az * m));
                zs.Add(_oz + (_az * t) - (_ax * m));
            }
            Rivers.Add(([.. xs], [.. zs], [.. xs.Select(_ => level)], halfWidth));
        }
    }

    /// <summary>Level of a canyon's or valley's floor (m).</summary>
    private float FloorLevel => Kind == Landform.AlpineValley ? 8f : 2f;

    /// <summary>Sideways offset (m) of a canyon's or valley's centre line at <paramref name="u"/> metres along its axis.</summary>
    private float Meander(float u) => Kind switch
    {
        Landform.Canyon => 40f * Noise.Fbm(_noise, u, 0.5f, 1f / 700f, 2),
        Landform.Gorge => 18f * Noise.Fbm(_noise, u, 0.5f, 1f / 500f, 2),
        Landform.AlpineValley => 60f * Noise.Fbm(_noise, u, 0.5f, 1f / 800f, 2),
        _ => 0f,
    };

    private float Fjord(float x, float z, float u, float v, float h)
    {
        float meander = 35f * Noise.Fbm(_noise, u, 0.5f, 1f / 700f, 2);
        float a = MathF.Abs(v - meander);
        // The head of the fjord, 1.5 km inland: the water ends in a valley rising to the plateau.
        float head = DetMath.SmoothStep(-1500f, -1100f, u);
        float top = (FjordWall * _scale * (1f + (0.35f * Noise.Fbm(_noise, x, z, 1f / 350f, 3)))) + MathF.Max(0f, h - 20f);
        if (a < FjordWater * head)
        {
            float k = a / (FjordWater * head);
            return DetMath.Lerp(0.5f, -2f - (30f * (1f - (k * k))), head);
        }
        float s = a - (FjordWater * head);
        if (s < FjordStrand)
        {
            // A strand a few metres above the water: room for a village, a quay, boats pulled up.
            return DetMath.Lerp(0.8f, 3.5f, s / FjordStrand) + (0.6f * Noise.Fbm(_noise, x, z, 1f / 40f, 2));
        }
        float wall = DetMath.SmoothStep(0f, 75f, s - FjordStrand);
        // Walls in steps of strata, steep enough to read as rock.
        float stepped = wall * 3f;
        float fl = MathF.Floor(stepped);
        wall = (fl + DetMath.SmoothStep(0.25f, 1f, stepped - fl)) / 3f;
        return DetMath.Lerp(3.5f, top, wall);
    }

    private float Canyon(float x, float z, float a, float h, float top, float floor, float depth)
    {
        float rim = (depth * _scale) + (3f * Noise.Fbm(_noise, x, z, 1f / 300f, 3)) + MathF.Max(0f, h - 30f) * 0.15f;
        float bed = FloorLevel;
        if (a <= floor)
        {
            return bed + (0.4f * a / floor);
        }
        if (a >= top)
        {
            // The tableland beyond the rim, a little rolling.
            return rim + (2f * DetMath.SmoothStep(top, top + 200f, a) * Noise.Fbm(_noise, x, z, 1f / 120f, 2));
        }
        // Walls in four strata: a steep cliff band, then a ledge, from the floor to the rim.
        float t = (a - floor) / (top - floor);
        float steps = t * 4f;
        float fl = MathF.Floor(steps);
        float stepped = (fl + DetMath.SmoothStep(0.35f, 0.9f, steps - fl)) / 4f;
        return DetMath.Lerp(bed + 0.4f, rim, stepped);
    }

    private float AlpineValley(float x, float z, float a, float h)
    {
        // A U-shaped glacial valley: a flat meadow floor, walls steepening up to ridges 200 m above.
        float floor = FloorLevel + (1.2f * DetMath.SmoothStep(20f, 90f, a) * Noise.Fbm(_noise, x, z, 1f / 200f, 2));
        if (a < 90f)
        {
            return floor;
        }
        float t = DetMath.Clamp01((a - 90f) / 320f);
        float walls = floor + (230f * _scale * t * t * (1.2f - (0.2f * t)));
        return MathF.Max(walls, DetMath.Lerp(floor, h + 60f, DetMath.SmoothStep(250f, 600f, a)));
    }

    private float Table(float x, float z, float h, float radius, float height)
    {
        float floor = MathF.Min(h, 6f + (2f * Noise.Fbm(_noise, x, z, 1f / 400f, 2)));
        float best = floor;
        // One large table and two smaller ones beside it, each a flat cap on stepped cliffs over a talus apron.
        for (int k = 0; k < 3; k++)
        {
            float cx = _ox, cz = _oz, rad = radius, ht = height * _scale;
            if (k > 0)
            {
                (float ox, float oz) = DetMath.Direction((k * 2.1f) + 0.7f);
                cx += ox * radius * 2.3f;
                cz += oz * radius * 2.3f;
                rad = radius * (k == 1 ? 0.45f : 0.3f);
                ht *= k == 1 ? 0.85f : 0.7f;
            }
            float dx = x - cx, dz = z - cz;
            float r = MathF.Sqrt((dx * dx) + (dz * dz));
            float edge = rad * (1f + (0.18f * Noise.Fbm(_noise + (ulong)k, dx, dz, 1f / 90f, 2)));
            if (r > edge * 1.45f)
            {
                continue;
            }
            float hgt;
            if (r < edge)
            {
                hgt = floor + ht - (1.5f * DetMath.SmoothStep(0f, edge, r));
            }
            else
            {
                // Cliff band for the first 12 % past the edge, then the talus slope to the plain.
                float t = (r - edge) / (edge * 0.45f);
                hgt = t < 0.27f
                    ? floor + ht - (ht * 0.6f * DetMath.SmoothStep(0f, 0.27f, t))
                    : floor + (ht * 0.4f * (1f - DetMath.SmoothStep(0.27f, 1f, t)));
            }
            best = MathF.Max(best, hgt);
        }
        return best;
    }

    private float Volcano(float x, float z, float h)
    {
        float dx = x - _ox, dz = z - _oz;
        float r = MathF.Sqrt((dx * dx) + (dz * dz));
        const float Base = 320f, Crater = CraterRadius;
        float height = VolcanoHeight * _scale;
        float plain = MathF.Min(h, 10f) + (1.5f * Noise.Fbm(_noise, x, z, 1f / 90f, 2));
        if (r >= Base)
        {
            return plain;
        }
        // A concave cone: steep near the top, spreading into a wide apron; gullies break its flanks.
        float t = r / Base;
        float cone = height * MathF.Pow(1f - t, 1.6f);
        float gullies = 6f * t * (1f - t) * Noise.Ridged(_noise, dx, dz, 1f / 70f, 2);
        float hgt = plain + cone - gullies;
        float rim = height * MathF.Pow(1f - (Crater / Base), 1.6f);
        if (r < Crater)
        {
            // The crater: a bowl below the rim.
            float k = r / Crater;
            hgt = plain + rim - (CraterDepth * (1f - (k * k)));
        }
        return hgt;
    }

    private float GlacierHalfWidth(float u) => 90f + (0.05f * MathF.Max(0f, u));

    private float Glacier(float x, float z, float u, float v, float h)
    {
        float a = MathF.Abs(v + (30f * Noise.Fbm(_noise, u, 0.5f, 1f / 500f, 2)));
        // The valley rises up-glacier (+u); peaks stand on both sides.
        float floor = 6f + MathF.Max(0f, u * 0.12f);
        float half = GlacierHalfWidth(u);
        float walls = floor + (260f * _scale * DetMath.SmoothStep(half, half + 420f, a))
            + (40f * Noise.Ridged(_noise, x, z, 1f / 260f, 3) * DetMath.SmoothStep(half, half + 200f, a));
        if (a < half && u > -20f)
        {
            // The ice tongue: a convex surface standing above the valley floor, ending in a snout at u ≈ 0.
            float k = a / half;
            float snout = DetMath.SmoothStep(-20f, 40f, u);
            return floor + (snout * 14f * (1f - (k * k)));
        }
        return MathF.Max(walls, MathF.Min(h, floor + 2f));
    }

    private float Island(float x, float z)
    {
        float dx = x - _ox, dz = z - _oz;
        float r = MathF.Sqrt((dx * dx) + (dz * dz));
        float edge = 230f * (1f + (0.2f * Noise.Fbm(_noise, dx, dz, 1f / 160f, 2)));
        if (r > edge)
        {
            // The lagoon shelves off into open sea.
            return MathF.Max(-1.5f - ((r - edge) * 0.08f), -18f);
        }
        float t = r / edge;
        // A low sandy rim, a palm-covered rise in the middle.
        return 1.2f + (14f * DetMath.Bump(t * 1.1f)) + (0.6f * Noise.Fbm(_noise, x, z, 1f / 50f, 2)) - (1.4f * DetMath.SmoothStep(0.85f, 1f, t));
    }

    /// <summary>Signed distance out to sea from a coast recipe's shoreline (m), bent into bays and headlands.</summary>
    private float ShoreU(float u, float v) =>
        u + (35f * Noise.Fbm(_noise, v, 0.5f, 1f / 380f, 3)) + (BayDepth * (1f - DetMath.SmoothStep(0f, BayHalfWidth, MathF.Abs(v))));

    // A bay in front of the site: the shore curves 150 m inland over 300 m of coast, so from one side of it the far
    // side's cliffs or beach face the camera across the water.
    private const float BayDepth = 150f, BayHalfWidth = 150f;

    private float Shore(float x, float z, float u, float v, float h)
    {
        float s = ShoreU(u, v);
        float inland = MathF.Max(h, 4f);
        switch (Kind)
        {
            case Landform.SeaCliffs or Landform.ChalkCliffs:
            {
                // A clifftop meadow, a sheer face of ~32 m, a strip of fallen rock at its foot, then the sea.
                float top = (CliffHeight * _scale) + (4f * Noise.Fbm(_noise, x, z, 1f / 220f, 2)) + (0.25f * MathF.Max(0f, inland - 10f));
                if (s < -12f)
                {
                    return top + (3f * DetMath.SmoothStep(-12f, -200f, s));
                }
                if (s < 0f)
                {
                    float t = (s + 12f) / 12f;
                    return DetMath.Lerp(top, 1.4f, DetMath.SmoothStep(0.05f, 0.95f, t));
                }
                // A shingle beach under the face, wide enough to walk along it with the cliffs towering beside.
                return s < CliffBeach ? 1.4f - (0.9f * s / CliffBeach) : MathF.Max(0.5f - ((s - CliffBeach) * 0.2f), -16f);
            }
            case Landform.RockyCoast:
            {
                // Low rocky ground stepping down in ledges to the water.
                if (s < -30f)
                {
                    return DetMath.Lerp(6f, inland, DetMath.SmoothStep(-30f, -200f, s));
                }
                float t = (s + 30f) / 30f;
                float ledges = MathF.Floor(t * 3f) / 3f;
                float hgt = DetMath.Lerp(6f, -0.8f, DetMath.Lerp(t, ledges, 0.6f)) + (0.8f * Noise.Ridged(_noise, x, z, 1f / 14f, 2));
                return s < 0f ? hgt : MathF.Max(-0.8f - (s * 0.15f) + (0.6f * Noise.Ridged(_noise, x, z, 1f / 14f, 2)), -16f);
            }
            default:
            {
                // A wide sandy beach rising gently from the surf to dunes and grass.
                if (s < -70f)
                {
                    return DetMath.Lerp(3.2f, inland, DetMath.SmoothStep(-70f, -260f, s));
                }
                return s < 0f ? 3.2f * (-s / 70f) : MathF.Max(-(s / 30f), -16f);
            }
        }
    }

    private float Plateau(float x, float z, float u, float h)
    {
        float edge = 20f * Noise.Fbm(_noise, x, z, 1f / 250f, 2);
        float rise = DetMath.SmoothStep(-15f, 25f, u + edge);
        float top = (70f * _scale) + (3f * Noise.Fbm(_noise, x, z, 1f / 200f, 3));
        return DetMath.Lerp(MathF.Min(h, 12f), top, rise);
    }
}
