namespace Nacre.Simulation;

/// <summary>What an <see cref="InputEvent"/> does.</summary>
public enum InputEventKind
{
    /// <summary>A key goes down and stays held.</summary>
    KeyDown,

    /// <summary>A held key is released.</summary>
    KeyUp,

    /// <summary>The view turns by a yaw and pitch change (mouse look).</summary>
    Look,

    /// <summary>The camera switches between first and third person.</summary>
    SetCamera,
}
