using Nacre.Agents.Tasks;

namespace Nacre.Agents;

/// <summary>How an env is made: its task, frame size, observation keys and action space.</summary>
public sealed record EnvOptions
{
    /// <summary>Largest frame side, pixels.</summary>
    public const int MaxSide = 512;

    /// <summary>A registered task name, e.g. "Nacre/ObjectNav-v0" (<see cref="TaskRegistry.Names"/>).</summary>
    public string Task { get; init; } = "Nacre/ObjectNav-v0";

    /// <summary>Frame width, pixels (16 … 512).</summary>
    public int Width { get; init; } = 84;

    /// <summary>Frame height, pixels (16 … 512).</summary>
    public int Height { get; init; } = 84;

    /// <summary>What each observation holds.</summary>
    public ObservationKey Observations { get; init; } = ObservationKey.Rgb | ObservationKey.Pose | ObservationKey.Goal;

    public ActionMode ActionMode { get; init; } = ActionMode.Discrete;

    /// <summary>Which episodes <see cref="NacreEnv.Reset"/> draws: train, validation or test worlds.</summary>
    public Split Split { get; init; } = Split.Train;

    /// <summary>Simulation ticks (1/60 s) per env step: 12 = 5 steps a second of simulated time.</summary>
    public int TicksPerStep { get; init; } = 12;

    /// <summary>Degrees a discrete turn action turns.</summary>
    public float TurnDegrees { get; init; } = 15f;

    /// <summary>Degrees a discrete look action tilts.</summary>
    public float LookDegrees { get; init; } = 10f;

    /// <summary>Steps before an episode is truncated; null takes the task's own limit.</summary>
    public int? MaxSteps { get; init; }

    /// <summary>Checks the options; the message says which value is wrong and what is allowed.</summary>
    /// <exception cref="ArgumentException">A value out of range.</exception>
    public void Validate()
    {
        if (Width is < 16 or > MaxSide || Height is < 16 or > MaxSide)
        {
            throw new ArgumentException($"frame size {Width}×{Height} is out of range: 16 … {MaxSide} pixels a side");
        }
        if (Observations == ObservationKey.None)
        {
            throw new ArgumentException("no observation keys: ask for one or more of " + string.Join(", ", ObservationKeys.All.Select(ObservationKeys.NameOf)));
        }
        if (TicksPerStep is < 1 or > 120)
        {
            throw new ArgumentException($"ticks per step {TicksPerStep} is out of range: 1 … 120");
        }
        if (MaxSteps is < 1)
        {
            throw new ArgumentException($"max steps {MaxSteps} must be at least 1");
        }
    }
}
