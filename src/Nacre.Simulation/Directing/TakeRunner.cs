using Nacre.Language.Directing;

namespace Nacre.Simulation.Directing;

/// <summary>
/// Plays a take script on a director session: each command is submitted so that it takes effect on the tick of its
/// start time (take time t is session tick t·60 + 1, so a command at @0s is already in the first frame), and frames are
/// taken at exact frame times (<see cref="FrameSchedule"/>), blended between ticks where a frame falls between two. Same world, start and script ⇒ same frames.
/// </summary>
public static class TakeRunner
{
    /// <summary>Ticks the take lasts.</summary>
    public static long DurationTicks(TakeScript script) => Ticks.FromSeconds((script ?? throw new ArgumentNullException(nameof(script))).DurationSeconds);

    /// <summary>
    /// Runs the take without drawing and returns every command that could not be carried out (an unknown subject, a
    /// camera never saved), with its line number, so a take can be refused before anything is rendered.
    /// </summary>
    public static IReadOnlyList<TakeScriptError> Validate(DirectorSession session, TakeScript script)
    {
        var player = new TakePlayer(session, script);
        player.StepTo(player.EndTick);
        return player.Errors;
    }

    /// <summary>Plays the take, calling <paramref name="onFrame"/> for each frame in order with its index and snapshot.</summary>
    /// <returns>Commands that could not be carried out (empty for a validated take).</returns>
    public static IReadOnlyList<TakeScriptError> Run(DirectorSession session, TakeScript script, int framesPerSecond, Action<long, FrameSnapshot> onFrame)
    {
        ArgumentNullException.ThrowIfNull(onFrame);
        var player = new TakePlayer(session, script);
        var schedule = new FrameSchedule(framesPerSecond);
        long frames = schedule.FrameCount(DurationTicks(script));
        CameraPose? previous = null;
        for (long f = 0; f < frames; f++)
        {
            // Frame f shows take time f / fps: between two ticks at 24 fps, blended (no 2-3-2-3 judder).
            (long tick, float alpha) = schedule.At(f);
            player.StepTo(tick + 1);
            FrameSnapshot snapshot = session.Interpolated(alpha);
            // The camera of the frame before, for motion blur; none across a cut (a jump, not a move).
            CameraPose? before = previous is { } p && !DirectorSession.IsCut(p, snapshot.Camera) ? p : null;
            onFrame(f, snapshot with { PreviousCamera = before });
            previous = snapshot.Camera;
        }
        return player.Errors;
    }

    /// <summary>Frames a take of this script has at <paramref name="framesPerSecond"/>.</summary>
    public static long FrameCount(TakeScript script, int framesPerSecond) => new FrameSchedule(framesPerSecond).FrameCount(DurationTicks(script));
}
