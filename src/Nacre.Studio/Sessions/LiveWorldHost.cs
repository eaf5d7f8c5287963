using System.Text.Json;
using Nacre.Simulation.Directing;
using Nacre.Storage;
using Nacre.Studio.Takes;

namespace Nacre.Studio.Sessions;

/// <summary>
/// What a live session's engine needs from the studio around it: a way to send messages to the browser, the world's
/// edit log (read at open, appended as the director changes the world) and its takes.
/// </summary>
public sealed class LiveWorldHost(WorldStore store, string worldId, string? sessionId, Action<string> publish, TakeRenders renders)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string WorldId => worldId;

    /// <summary>Edits the world's log may hold (<see cref="StudioOptions.MaxEditsPerWorld"/>).</summary>
    public int MaxEdits { get; init; } = new StudioOptions().MaxEditsPerWorld;

    /// <summary>Sends a JSON message (an object serialised with web naming) to the browser.</summary>
    public void Publish(object message) => publish(JsonSerializer.Serialize(message, Json));

    public IReadOnlyList<LogEntry> ReadLog() => Worlds.WorldService.LogOf(store, worldId);

    public void Append(LogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        store.AppendEdit(worldId, entry.Tick, entry.Kind, entry.Json);
    }

    /// <summary>Saves a take as "Take N" (N = how many this world has, plus one).</summary>
    public TakeRecord SaveTake(RecordedTake take)
    {
        ArgumentNullException.ThrowIfNull(take);
        int n = store.ListTakes(worldId).Count + 1;
        return store.SaveTake(worldId, sessionId, $"Take {n}", take.DurationTicks, take.ToJson());
    }

    /// <summary>One of this world's takes, or null.</summary>
    public TakeRecord? GetTake(string id) => store.GetTake(id) is { } t && t.WorldId == worldId ? t : null;

    public TakeView Describe(TakeRecord take) => TakeView.From(take, renders.Status(take.PublicId));
}
