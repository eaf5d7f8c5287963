namespace Nacre.Simulation;

/// <summary>
/// Which simulation moment each video frame shows, at a frame rate that need not divide the 60 Hz tick rate:
/// frame k shows time k / fps exactly, as the tick at or after it plus how far to blend back towards the tick
/// before (see <see cref="WanderSession.Interpolated"/>). At 30 fps every frame lands on a tick; at 24 fps every
/// other frame lies halfway between two, and blending keeps the motion even instead of juddering 2-3-2-3.
/// </summary>
public readonly record struct FrameSchedule
{
    public FrameSchedule(int framesPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(framesPerSecond, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(framesPerSecond, Ticks.PerSecond);
        FramesPerSecond = framesPerSecond;
    }

    public int FramesPerSecond { get; }

    /// <summary>Frames in a walk of <paramref name="durationTicks"/> ticks (rounded to the nearest frame).</summary>
    public long FrameCount(long durationTicks) => ((durationTicks * FramesPerSecond) + (Ticks.PerSecond / 2)) / Ticks.PerSecond;

    /// <summary>
    /// The tick to step the session to for <paramref name="frame"/>, and the blend factor to pass to
    /// <see cref="WanderSession.Interpolated"/>: 1 when the frame falls exactly on that tick.
    /// </summary>
    public (long Tick, float Alpha) At(long frame)
    {
        // Exact rational arithmetic: the frame's moment is frame·60 / fps ticks.
        long numerator = frame * Ticks.PerSecond;
        long tick = (numerator + FramesPerSecond - 1) / FramesPerSecond;
        long behind = (tick * FramesPerSecond) - numerator; // in 1/fps tick units
        return (tick, 1f - (behind / (float)FramesPerSecond));
    }
}
