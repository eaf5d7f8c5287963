using Nacre.Core;

namespace Nacre.Rendering;

/// <summary>
/// When lightning lights a storm: a pure function of the simulation tick, so a take replays with the same flashes and
/// a still at a fixed tick is reproducible. Time is cut into windows of <see cref="WindowTicks"/>; a hash of the window
/// decides whether a strike falls in it, when, and how bright. A strike is a double flicker (the return strokes) that
/// fades over about a quarter of a second.
/// </summary>
public static class Lightning
{
    /// <summary>Length of one window that holds at most one strike, ticks (2.5 s).</summary>
    public const int WindowTicks = 150;

    /// <summary>Brightness of a strike by ticks since it began: flash, dip, the second stroke, then the fade.</summary>
    private static readonly float[] Profile = [1f, 0.6f, 0.15f, 0.05f, 0.75f, 0.9f, 0.55f, 0.35f, 0.22f, 0.13f, 0.07f, 0.03f];

    private static readonly ulong Seed = StableHash.Of("nacre.rendering.lightning");

    /// <summary>
    /// How much lightning lights the scene at <paramref name="tick"/>, 0 (none) … 1, in a storm of
    /// <paramref name="intensity"/> (0 … 1): a strike every 10 s or so in a mild storm, every 5 s in a violent one.
    /// </summary>
    public static float Flash(long tick, float intensity)
    {
        long window = Math.DivRem(tick, WindowTicks, out long offset);
        if (offset < 0)
        {
            window--;
            offset += WindowTicks;
        }
        ulong h = StableHash.Combine(Seed, window);
        float chance = 0.25f + (0.25f * Math.Clamp(intensity, 0f, 1f));
        if (StableHash.ToUnitFloat(h) >= chance)
        {
            return 0f;
        }
        ulong g = StableHash.Mix(h);
        long start = (long)(g % (ulong)(WindowTicks - Profile.Length));
        long since = offset - start;
        if (since < 0 || since >= Profile.Length)
        {
            return 0f;
        }
        float strength = 0.6f + (0.4f * StableHash.ToUnitFloat(StableHash.Mix(g)));
        return Profile[since] * strength;
    }
}
