namespace Nacre.Studio.Sessions;

/// <summary>
/// The world one session drives: the walker or director simulation and its renderer. Created, used and disposed on the
/// session's own thread only (an OpenGL context belongs to the thread that made it current).
/// </summary>
public interface ISessionEngine : IDisposable
{
    /// <summary>Current simulation tick (60 a second).</summary>
    long Tick { get; }

    /// <summary>Where the walker stands and looks now.</summary>
    ViewState View { get; }

    /// <summary>Applies one input from the next tick on; replies to the browser go through the engine's host.</summary>
    void Apply(Streaming.ClientInput input);

    /// <summary>Advances the simulation in fixed ticks up to <paramref name="tick"/> (no-op when already there).</summary>
    void StepTo(long tick);

    /// <summary>Renders the current state and reads the pixels back.</summary>
    EngineFrame Render();
}
