using Nacre.WorldGen.Hydrology;
using Nacre.WorldGen.Layout;
using Nacre.WorldGen.Terrain;

namespace Nacre.WorldGen;

/// <summary>
/// The final ground and water surfaces at a point: the base terrain carved by river channels and lake basins,
/// graded under roads and levelled under buildings. Features are applied in the canonical order of their
/// <see cref="FeatureSet"/>, and a feature that does not reach a point leaves it bit-for-bit untouched, so a sample
/// has the same value whichever chunk (or point query) computes it.
/// </summary>
internal static class SurfaceField
{
    /// <summary>Widest bank (m) over which a river or lake blends into the land around it.</summary>
    public const float MaxBank = 60f;

    /// <summary>Water reaches this far (m) past a shore, so a water plane meets sloping ground without gaps.</summary>
    private const float WaterOvershoot = 2.5f;

    public static float Height(BaseTerrain terrain, FeatureSet f, float x, float z)
    {
        float h0 = terrain.Height(x, z);
        float h = h0;
        foreach (RiverEdge r in f.Rivers)
        {
            if (x < r.MinX || x > r.MaxX || z < r.MinZ || z > r.MaxZ)
            {
                continue;
            }
            float d = r.Nearest(x, z, out float level, out _, out _);
            float s = d - r.HalfWidth; // metres outside the water's edge (negative: in the channel)
            h = Shape(h, h0, s, level, r.Depth, inSlope: 0.45f);
        }
        foreach (Lake l in f.Lakes)
        {
            float dx = x - l.X, dz = z - l.Z;
            float reach = l.Influence;
            if ((dx * dx) + (dz * dz) >= reach * reach)
            {
                continue;
            }
            float s = (l.NormalisedDistance(x, z) - 1f) * l.Radius;
            h = Shape(h, h0, s, l.Level, l.Depth, inSlope: 0.2f);
        }
        foreach (RoadSegment road in f.Roads)
        {
            float d = road.Nearest(x, z, out float rh, out _);
            float edge = road.HalfWidth + RoadSegment.Shoulder;
            if (d >= edge)
            {
                continue;
            }
            float w = DetMath.SmoothStep(road.HalfWidth, edge, d);
            h = w <= 0f ? rh : DetMath.Lerp(rh, h, w);
        }
        foreach (Pad p in f.Pads)
        {
            float dx = x - p.X, dz = z - p.Z;
            float outer = p.Radius + Pad.Blend;
            float d2 = (dx * dx) + (dz * dz);
            if (d2 >= outer * outer)
            {
                continue;
            }
            float w = DetMath.SmoothStep(p.Radius, outer, MathF.Sqrt(d2));
            h = w <= 0f ? p.Height : DetMath.Lerp(p.Height, h, w);
        }
        return h;
    }

    /// <summary>
    /// Channel or basin profile around a water body of surface <paramref name="level"/>: inside, a bed sloping down
    /// at <paramref name="inSlope"/> to <paramref name="depth"/>; outside, a bank rising gently from just above the
    /// water and blending into the land over a distance that grows with how far the land is above or below the water.
    /// </summary>
    private static float Shape(float h, float h0, float s, float level, float depth, float inSlope)
    {
        if (s < 0f)
        {
            return MathF.Max(level + 0.25f + (inSlope * s), level - depth);
        }
        float bank = MathF.Min(MaxBank, 10f + (0.7f * MathF.Abs(h0 - level)));
        if (s >= bank)
        {
            return h;
        }
        float target = level + 0.25f + (0.12f * s);
        return DetMath.Lerp(target, h, DetMath.SmoothStep(0f, bank, s));
    }

    /// <summary>
    /// Level of the water body covering (x, z), metres, or −∞ when none is near. The ground is under water where
    /// this is above <see cref="Height"/>; the level is also given a little past the shore so water planes meet the bank.
    /// </summary>
    public static float WaterLevel(bool sea, FeatureSet f, float x, float z)
    {
        float w = sea ? 0f : float.NegativeInfinity;
        foreach (RiverEdge r in f.Rivers)
        {
            if (x < r.MinX || x > r.MaxX || z < r.MinZ || z > r.MaxZ)
            {
                continue;
            }
            float d = r.Nearest(x, z, out float level, out _, out _);
            if (d < r.HalfWidth + WaterOvershoot && level > w)
            {
                w = level;
            }
        }
        foreach (Lake l in f.Lakes)
        {
            float dx = x - l.X, dz = z - l.Z;
            float reach = (l.Radius * (1f + Lake.Irregularity)) + WaterOvershoot;
            if ((dx * dx) + (dz * dz) >= reach * reach || l.Level <= w)
            {
                continue;
            }
            if ((l.NormalisedDistance(x, z) - 1f) * l.Radius < WaterOvershoot)
            {
                w = l.Level;
            }
        }
        return w;
    }
}
