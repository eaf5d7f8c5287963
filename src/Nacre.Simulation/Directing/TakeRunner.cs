using Nacre.Language.Directing;

namespace Nacre.Simulation.Directing;

/// <summary>
/// Plays a take script on a director session: each command is submitted so that it takes effect on the tick of its
/// start time (take time t is session tick t·60 + 1, so a command at @0s is already in the first frame), and frames are
/// taken at exact frame times (<see cref="FrameSchedule"/>). Same world, start and script ⇒ same frames.
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
        ArgumentNullException.ThrowIfNull(session);
        var errors = new List<TakeScriptError>();
        long end = DurationTicks(script) + 1;
        int next = 0;
        while (session.Tick < end)
        {
            next = SubmitDue(session, script, next, errors);
            session.Step();
        }
        return errors;
    }

    /// <summary>Plays the take, calling <paramref name="onFrame"/> for each frame in order with its index and snapshot.</summary>
    /// <returns>Commands that could not be carried out (empty for a validated take).</returns>
    public static IReadOnlyList<TakeScriptError> Run(DirectorSession session, TakeScript script, int framesPerSecond, Action<long, FrameSnapshot> onFrame)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(onFrame);
        var schedule = new FrameSchedule(framesPerSecond);
        long frames = schedule.FrameCount(DurationTicks(script));
        var errors = new List<TakeScriptError>();
        int next = 0;
        for (long f = 0; f < frames; f++)
        {
            long target = schedule.At(f).Tick + 1;
            while (session.Tick < target)
            {
                next = SubmitDue(session, script, next, errors);
                session.Step();
            }
            onFrame(f, session.Snapshot());
        }
        return errors;
    }

    /// <summary>Frames a take of this script has at <paramref name="framesPerSecond"/>.</summary>
    public static long FrameCount(TakeScript script, int framesPerSecond) => new FrameSchedule(framesPerSecond).FrameCount(DurationTicks(script));

    private static int SubmitDue(DirectorSession session, TakeScript script, int next, List<TakeScriptError> errors)
    {
        while (next < script.Cues.Count && script.Cues[next].StartTick(Ticks.PerSecond) <= session.Tick)
        {
            TakeCue cue = script.Cues[next];
            CommandOutcome outcome = session.Submit(cue.Command);
            if (!outcome.Accepted)
            {
                errors.Add(new TakeScriptError(cue.LineNumber, outcome.Message));
            }
            next++;
        }
        return next;
    }
}
