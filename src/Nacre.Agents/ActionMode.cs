namespace Nacre.Agents;

/// <summary>Which action space an env declares.</summary>
public enum ActionMode
{
    /// <summary><c>Discrete(10)</c>: the <see cref="DiscreteAction"/> values.</summary>
    Discrete,

    /// <summary>
    /// <c>Box(5)</c>: forward and strafe speed (−1 … 1, a fraction of the walking speed), turn and look rate (−1 … 1, a
    /// fraction of 2 × <see cref="EnvOptions.TurnDegrees"/> and 2 × <see cref="EnvOptions.LookDegrees"/> per step), jump (0 … 1, jumps above 0.5).
    /// </summary>
    Continuous,
}
