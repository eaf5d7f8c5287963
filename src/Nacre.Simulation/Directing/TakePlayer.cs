using Nacre.Language.Directing;

namespace Nacre.Simulation.Directing;

/// <summary>
/// Plays a take script on a director session one tick at a time: before each tick, the cues whose start tick has come
/// are submitted (so a cue at tick t takes effect on tick t + 1, exactly as a command typed live at tick t does). Used
/// by the offline renderer (<see cref="TakeRunner"/>) and by live replays in the studio, so both see the same take.
/// </summary>
public sealed class TakePlayer
{
    private readonly List<TakeScriptError> _errors = [];
    private int _next;

    public TakePlayer(DirectorSession session, TakeScript script)
    {
        Session = session ?? throw new ArgumentNullException(nameof(session));
        Script = script ?? throw new ArgumentNullException(nameof(script));
        EndTick = TakeRunner.DurationTicks(script) + 1;
    }

    public DirectorSession Session { get; }

    public TakeScript Script { get; }

    /// <summary>The session tick the take ends on (its duration, plus the first tick).</summary>
    public long EndTick { get; }

    /// <summary>True once the session has reached <see cref="EndTick"/>.</summary>
    public bool IsFinished => Session.Tick >= EndTick;

    /// <summary>Commands that could not be carried out so far (an unknown subject…), with their line numbers.</summary>
    public IReadOnlyList<TakeScriptError> Errors => _errors;

    /// <summary>Submits the cues due now, then advances the session one tick.</summary>
    public void Step()
    {
        while (_next < Script.Cues.Count && Script.Cues[_next].StartTick(Ticks.PerSecond) <= Session.Tick)
        {
            TakeCue cue = Script.Cues[_next];
            CommandOutcome outcome = Session.Submit(cue.Command);
            if (!outcome.Accepted)
            {
                _errors.Add(new TakeScriptError(cue.LineNumber, outcome.Message));
            }
            _next++;
        }
        Session.Step();
    }

    /// <summary>Steps until the session reaches <paramref name="tick"/>.</summary>
    public void StepTo(long tick)
    {
        while (Session.Tick < tick)
        {
            Step();
        }
    }
}
