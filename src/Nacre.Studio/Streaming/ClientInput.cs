namespace Nacre.Studio.Streaming;

/// <summary>What a client input event does.</summary>
public enum ClientInputKind : byte
{
    /// <summary>A key went down; <see cref="ClientInput.Key"/> is its DOM <c>KeyboardEvent.code</c> ("KeyW", "ShiftLeft", "Space").</summary>
    KeyDown,

    /// <summary>A key went up.</summary>
    KeyUp,

    /// <summary>Mouse moved under pointer lock by (<see cref="ClientInput.Dx"/>, <see cref="ClientInput.Dy"/>) CSS pixels.</summary>
    Look,

    /// <summary>A typed command (<see cref="ClientInput.Text"/>), e.g. "make it dusk".</summary>
    Command,

    /// <summary>Every key released at once (the tab lost focus or pointer lock ended).</summary>
    ReleaseAll,

    /// <summary>Switch mode: <see cref="ClientInput.Text"/> is "wander" or "direct".</summary>
    Mode,

    /// <summary>Start recording a take (Direct mode).</summary>
    Record,

    /// <summary>Stop recording (the take is saved) or stop a replay.</summary>
    Stop,

    /// <summary>Replay the take <see cref="ClientInput.Text"/> (its id) live from its start.</summary>
    Replay,

    /// <summary>Ask for the subjects around the camera (for the subject picker).</summary>
    Subjects,
}

/// <summary>
/// One input event from the browser. <see cref="Sequence"/> increases by one per event sent on a connection; the
/// frame header echoes the last one applied, which is how the client measures input-to-frame latency.
/// </summary>
/// <param name="Text">A command's text, a mode's name, or the take id of a replay.</param>
public readonly record struct ClientInput(uint Sequence, ClientInputKind Kind, string? Key = null, float Dx = 0, float Dy = 0, string? Text = null);
