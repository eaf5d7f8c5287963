namespace Nacre.Agents.Tasks;

/// <summary>
/// Which part of a task's episode distribution. The splits never share a world: each draws world seeds from its own
/// range (<see cref="Splits.WorldSeed"/>).
/// </summary>
public enum Split
{
    Train,
    Validation,
    Test,
}
