namespace Nacre.Simulation;

/// <summary>
/// Simulation time. The simulation advances in fixed ticks of 1/60 s and owns no clock: a tick number is the only
/// time there is, and wall time never enters a result.
/// </summary>
public static class Ticks
{
    /// <summary>Ticks per simulated second.</summary>
    public const int PerSecond = 60;

    /// <summary>Length of one tick, seconds.</summary>
    public const float Seconds = 1f / PerSecond;

    /// <summary>The tick at which something <paramref name="seconds"/> into a session happens (nearest tick).</summary>
    public static long FromSeconds(double seconds) => (long)Math.Round(seconds * PerSecond, MidpointRounding.AwayFromZero);

    /// <summary>Seconds since the start of a session at <paramref name="tick"/>.</summary>
    public static double ToSeconds(long tick) => tick / (double)PerSecond;
}
