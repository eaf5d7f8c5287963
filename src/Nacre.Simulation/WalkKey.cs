namespace Nacre.Simulation;

/// <summary>The walker's keys, as flags so the set held at a tick is one value.</summary>
[Flags]
public enum WalkKey
{
    None = 0,

    /// <summary>W: walk forward along the heading.</summary>
    Forward = 1,

    /// <summary>S: walk backward.</summary>
    Back = 2,

    /// <summary>A: step left.</summary>
    Left = 4,

    /// <summary>D: step right.</summary>
    Right = 8,

    /// <summary>Shift: sprint while held.</summary>
    Sprint = 16,

    /// <summary>Space: jump (on the press, not while held).</summary>
    Jump = 32,
}
