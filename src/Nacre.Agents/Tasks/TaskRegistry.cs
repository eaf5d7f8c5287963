namespace Nacre.Agents.Tasks;

/// <summary>Tasks by name and version ("Nacre/ObjectNav-v0"). A version's behaviour never changes; a change is a new version.</summary>
public static class TaskRegistry
{
    private static readonly AgentTask[] Tasks =
    [
        new ObjectNavTask(),
        new PointNavTask(),
        new ExplorationTask(),
        new FindAndLookTask(),
        new FollowTask(),
    ];

    /// <summary>Every registered task.</summary>
    public static IReadOnlyList<AgentTask> All => Tasks;

    public static IReadOnlyList<string> Names { get; } = [.. Tasks.Select(t => t.Name)];

    /// <summary>The task of that name.</summary>
    /// <exception cref="ArgumentException">No such task; the message lists the registered ones and the closest name.</exception>
    public static AgentTask Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        AgentTask? task = Tasks.FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (task is not null)
        {
            return task;
        }
        string stem = name.Split('/').Last().Split('-')[0];
        AgentTask? close = Tasks.FirstOrDefault(t => t.Name.Contains(stem, StringComparison.OrdinalIgnoreCase));
        string hint = close is null ? "." : $" — did you mean '{close.Name}'?";
        throw new ArgumentException($"unknown task '{name}'{hint} Registered tasks: {string.Join(", ", Names)}");
    }
}
