using Nacre.Simulation.Directing;
using Nacre.Storage;

namespace Nacre.Studio.Worlds;

/// <summary>
/// Reads a world's edit log so that one damaged row cannot make the world unopenable: each row is checked on its own;
/// a row this build cannot read is moved aside into <c>damaged_edits</c> (kept, not deleted) and reported, and the
/// world opens with the rest. <c>nacre store check</c> lists what was set aside.
/// </summary>
public static class WorldLogLoader
{
    /// <summary>The world's readable log entries in order, and one sentence per row set aside (empty when none).</summary>
    public static (IReadOnlyList<LogEntry> Entries, IReadOnlyList<string> SetAside) Load(WorldStore store, string worldId)
    {
        ArgumentNullException.ThrowIfNull(store);
        var entries = new List<LogEntry>();
        var setAside = new List<string>();
        foreach (EditRecord e in store.ReadEdits(worldId))
        {
            var entry = new LogEntry(e.Tick, e.Kind, e.Json);
            if (Problem(entry) is not { } problem)
            {
                entries.Add(entry);
                continue;
            }
            store.SetAsideEdit(worldId, e.Sequence, problem);
            setAside.Add($"edit {e.Sequence} ({Core.ControlText.Escape(e.Kind, 40)}) could not be read and was set aside: {Core.ControlText.Escape(problem, 200)}");
        }
        return (entries, setAside);
    }

    /// <summary>Why this row cannot be read, or null when it can.</summary>
    public static string? Problem(LogEntry entry)
    {
        try
        {
            _ = WorldLog.Read([entry]);
            return null;
        }
        catch (FormatException e)
        {
            return e.InnerException?.Message ?? e.Message;
        }
    }

    /// <summary>The notice a session opens with when rows were set aside; null when none were.</summary>
    public static string? Notice(IReadOnlyList<string> setAside) => setAside.Count switch
    {
        0 => null,
        1 => $"This world opened without one damaged edit: {setAside[0]}. It is kept in the database ('nacre store check' lists it).",
        _ => $"This world opened without {setAside.Count} damaged edits ({string.Join("; ", setAside.Take(3))}{(setAside.Count > 3 ? "; …" : "")}). They are kept in the database ('nacre store check' lists them).",
    };
}
