namespace Nacre.Agents;

/// <summary>
/// The discrete action set (<see cref="ActionMode.Discrete"/>). Each lasts one env step (<see cref="EnvOptions.TicksPerStep"/>
/// simulation ticks): moves hold their key for the whole step, turns and looks happen at its start.
/// </summary>
public enum DiscreteAction
{
    /// <summary>Do nothing (the body still falls, slides and slows down).</summary>
    Noop = 0,

    /// <summary>Walk forward along the heading.</summary>
    Forward = 1,

    /// <summary>Walk backward.</summary>
    Back = 2,

    /// <summary>Step to the left.</summary>
    StrafeLeft = 3,

    /// <summary>Step to the right.</summary>
    StrafeRight = 4,

    /// <summary>Turn left by <see cref="EnvOptions.TurnDegrees"/>.</summary>
    TurnLeft = 5,

    /// <summary>Turn right by <see cref="EnvOptions.TurnDegrees"/>.</summary>
    TurnRight = 6,

    /// <summary>Tilt the view up by <see cref="EnvOptions.LookDegrees"/>.</summary>
    LookUp = 7,

    /// <summary>Tilt the view down by <see cref="EnvOptions.LookDegrees"/>.</summary>
    LookDown = 8,

    /// <summary>Jump (when standing on something).</summary>
    Jump = 9,
}
