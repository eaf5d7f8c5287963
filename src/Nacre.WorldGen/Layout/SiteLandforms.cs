using Nacre.Core;
using Nacre.WorldGen.Hydrology;
using Nacre.WorldGen.Terrain;

namespace Nacre.WorldGen.Layout;

/// <summary>
/// The landforms the prompt's relations point at, made to exist within ~150 m of the origin (the spawn area):
/// a lake for "a cabin by a lake", a river (with a waterfall when asked) for "houses along a river", a hill for
/// "a castle on a hill", the shore for "a lighthouse on the cliff". Decided from the raw relief only, before the
/// rest of the world, so everything downstream can build on them. Pure.
/// </summary>
internal sealed class SiteLandforms
{
    public List<Hill> Hills { get; } = [];

    public List<Lake> Lakes { get; } = [];

    public List<RiverEdge> Rivers { get; } = [];

    /// <summary>The lake made for the relations, if any.</summary>
    public Lake? Lake { get; private set; }

    /// <summary>The river made for the relations, if any (its reach nearest the origin).</summary>
    public RiverEdge? River { get; private set; }

    /// <summary>Where the waterfall drops, if one was asked for.</summary>
    public (float X, float Z)? Waterfall { get; private set; }

    public Hill? Hill { get; private set; }

    /// <summary>Nearest shore point to the origin in a world with a sea.</summary>
    public (float X, float Z)? Shore { get; private set; }

    /// <summary>Generator v2: the named landform shaped around the site, or null.</summary>
    public LandformRecipe? Recipe { get; private set; }

    public static SiteLandforms Plan(WorldSpec spec, ReliefField relief, bool v2)
    {
        var p = new SiteLandforms();
        if (v2 && LandformRecipe.For(spec, relief) is { } recipe)
        {
            p.Recipe = recipe;
            ulong riverSeed = StableHash.Stage(spec.Seed, "landform.rivers");
            int n = 0;
            foreach ((float[] xs, float[] zs, float[] levels, float half) in recipe.Rivers)
            {
                var reach = new RiverEdge(Ids.Make(riverSeed, n++, 0, 0), xs, zs, levels, half, 1.2f);
                p.Rivers.Add(reach);
                if (p.River is null || DistanceToOrigin(reach) < DistanceToOrigin(p.River))
                {
                    p.River = reach;
                }
            }
        }
        var kinds = new HashSet<AnchorKind>(spec.Relations.Select(r => r.Anchor.Kind));
        if (spec.MainSubject is { } main)
        {
            kinds.Add(main.Kind);
        }
        bool water = spec.Water.Amount != WaterAmount.None && (spec.Exclude & Exclusions.Water) == 0;
        ulong seed = StableHash.Stage(spec.Seed, "site.landforms");
        var rng = new Rng(seed);
        float bearing0 = rng.Range(0f, 2f * MathF.PI);
        float scale = Math.Clamp(spec.Terrain.ElevationScale, 0.5f, 2f);

        if (relief.HasSea)
        {
            p.Shore = FindShore(relief);
        }
        bool mountainLake = v2 && spec.Landform == Landform.MountainLake;
        bool wantLake = water && (kinds.Contains(AnchorKind.Lake) || spec.Water.Lakes || mountainLake);
        bool wantRiver = water && (kinds.Contains(AnchorKind.River) || kinds.Contains(AnchorKind.Waterfall) || spec.Water.Rivers || spec.Water.Waterfalls
            || (v2 && spec.Landform == Landform.Waterfall));
        float lakeBearing = bearing0;
        if (wantLake)
        {
            p.Lake = PlanLake(relief, seed, bearing0, out lakeBearing);
            p.Lakes.Add(p.Lake);
            if (mountainLake)
            {
                p.RaisePeaksBehind(lakeBearing, scale);
            }
        }
        if (kinds.Contains(AnchorKind.Hill) || kinds.Contains(AnchorKind.Mountain) || (kinds.Contains(AnchorKind.Cliff) && !relief.HasSea))
        {
            (float hx, float hz) = DetMath.Direction(lakeBearing + (2f * MathF.PI / 3f));
            bool mountain = kinds.Contains(AnchorKind.Mountain);
            bool cliff = kinds.Contains(AnchorKind.Cliff);
            float dist = mountain ? 150f : 95f;
            p.Hill = new Hill(hx * dist, hz * dist, mountain ? 140f : 65f, (mountain ? 45f : cliff ? 18f : 15f) * scale, cliff ? 0.6f : 0.22f);
            p.Hills.Add(p.Hill);
        }
        if (kinds.Contains(AnchorKind.Cliff) && relief.HasSea && p.Shore is { } shore && spec.Terrain.Relief != Relief.Cliffs)
        {
            // A headland: a steep-sided rise straddling the shore, so "the cliff" exists on any coast.
            (float sx, float sz) = relief.SeaDirection;
            p.Hill = new Hill(shore.X - (sx * 10f), shore.Z - (sz * 10f), 55f, 16f * scale, 0.6f);
            p.Hills.Add(p.Hill);
        }
        if (wantRiver && p.River is null)
        {
            p.PlanRiver(relief, seed, p.Lake, kinds.Contains(AnchorKind.Waterfall) || spec.Water.Waterfalls || (v2 && spec.Landform == Landform.Waterfall),
                drop: v2 ? WaterfallDropV2 : 8f);
        }
        return p;
    }

    /// <summary>Height of a v2 waterfall's drop, metres.</summary>
    public const float WaterfallDropV2 = 18f;

    /// <summary>
    /// Generator v2's mountain lake: three peaks 110–150 m high rising behind the lake (seen across it from the
    /// site), their feet reaching its far shore.
    /// </summary>
    private void RaisePeaksBehind(float bearing, float scale)
    {
        float[] offsets = [0f, -0.42f, 0.45f];
        float[] heights = [150f, 115f, 125f];
        float[] distances = [300f, 270f, 330f];
        for (int k = 0; k < offsets.Length; k++)
        {
            (float dx, float dz) = DetMath.Direction(bearing + offsets[k]);
            Hills.Add(new Hill(dx * distances[k], dz * distances[k], 210f, heights[k] * scale, 0.02f));
        }
    }

    private static float DistanceToOrigin(RiverEdge r)
    {
        (float x, float z, _, _, _) = r.Closest(0f, 0f);
        return MathF.Sqrt((x * x) + (z * z));
    }

    private static (float X, float Z)? FindShore(ReliefField relief)
    {
        (float sx, float sz) = relief.SeaDirection;
        for (float d = 0f; d < 1500f; d += 3f)
        {
            if (relief.Height(sx * d, sz * d) < 0.8f)
            {
                return (sx * d, sz * d);
            }
        }
        return null;
    }

    /// <summary>A lake 80–110 m from the origin, in the lowest of eight directions, its level just below its banks.</summary>
    private static Lake PlanLake(ReliefField relief, ulong seed, float bearing0, out float bearing)
    {
        const float Radius = 40f, Distance = 95f;
        float best = float.MaxValue;
        bearing = bearing0;
        for (int k = 0; k < 8; k++)
        {
            float b = bearing0 + (k * MathF.PI / 4f);
            (float dx, float dz) = DetMath.Direction(b);
            float h = relief.Height(dx * Distance, dz * Distance);
            // Lakes sit in hollows; in a sea world keep it clear of the sea.
            float score = h < 3f && relief.HasSea ? float.MaxValue / 2 : h;
            if (score < best)
            {
                best = score;
                bearing = b;
            }
        }
        (float x, float z) = DetMath.Direction(bearing);
        x *= Distance;
        z *= Distance;
        float level = relief.Height(x, z);
        for (int k = 0; k < 6; k++)
        {
            (float ox, float oz) = DetMath.Direction(k * MathF.PI / 3f);
            level = MathF.Min(level, relief.Height(x + (ox * Radius * 0.8f), z + (oz * Radius * 0.8f)));
        }
        return new Lake(Ids.Make(seed, 1, 0, 0), x, z, Radius, level - 0.5f, 4.5f);
    }

    /// <summary>
    /// A river that passes ~60 m from the origin, flowing down the steepest fall of the land across the site, its
    /// level a running minimum so it never runs uphill, from a spring pond to a lake (or the sea).
    /// </summary>
    private void PlanRiver(ReliefField relief, ulong seed, Lake? lake, bool waterfall, float drop)
    {
        const float Half = 700f, Step = 12f, Offset = 60f;
        float bestFall = float.MaxValue, dirX = 1f, dirZ = 0f;
        for (int k = 0; k < 8; k++)
        {
            (float dx, float dz) = DetMath.Direction(k * MathF.PI / 4f);
            float fall = relief.Height(dx * 300f, dz * 300f) - relief.Height(-dx * 300f, -dz * 300f);
            if (fall < bestFall)
            {
                bestFall = fall;
                dirX = dx;
                dirZ = dz;
            }
        }
        float nx = -dirZ, nz = dirX;
        float side = lake is null ? 1f : (((lake.X * nx) + (lake.Z * nz)) > 0f ? -1f : 1f);
        ulong meander = StableHash.Combine(seed, 0x5111UL);
        var xs = new List<float>();
        var zs = new List<float>();
        var levels = new List<float>();
        float level = float.MaxValue;
        for (float t = -Half; t <= Half; t += Step)
        {
            float amp = 22f + (45f * DetMath.SmoothStep(60f, 300f, MathF.Abs(t)));
            float off = (side * Offset) + (amp * Noise.Fbm(meander, t, 0.5f, 1f / 220f, 3));
            float x = (dirX * t) + (nx * off), z = (dirZ * t) + (nz * off);
            float raw = relief.Height(x, z);
            if (relief.HasSea && raw < 0.5f && xs.Count > 2)
            {
                break; // it reached the sea
            }
            level = MathF.Min(level - 0.06f, raw - 1.8f);
            if (waterfall && Waterfall is null && t >= 85f)
            {
                // A drop of 8 m (generator v2: 18 m) over half a metre: the water surface steps down and the bed and
                // banks below are cut as much deeper, so the fall has a gorge beneath it.
                xs.Add(x);
                zs.Add(z);
                levels.Add(level);
                Waterfall = (x, z);
                float ex = dirX * 0.5f, ez = dirZ * 0.5f;
                x += ex;
                z += ez;
                level -= drop;
            }
            xs.Add(x);
            zs.Add(z);
            levels.Add(level);
        }
        int o = 2;
        var river = new RiverEdge(Ids.Make(seed, 2, 0, 0), [.. xs], [.. zs], [.. levels], 2f + (1.3f * o), 1.2f);
        Rivers.Add(river);
        River = river;
        Lakes.Add(new Lake(Ids.Make(seed, 3, 0, 0), xs[0], zs[0], 22f, levels[0], 2.5f));
        if (!(relief.HasSea && relief.Height(xs[^1] + (dirX * Step), zs[^1] + (dirZ * Step)) < 0.5f))
        {
            Lakes.Add(new Lake(Ids.Make(seed, 4, 0, 0), xs[^1] + (dirX * 40f), zs[^1] + (dirZ * 40f), 55f, levels[^1], 4f));
        }
    }
}
