namespace Nacre.Simulation.Directing;

/// <summary>
/// One row of a world's append-only edit log as the simulation reads and writes it: the tick it was made at, its kind
/// ("place", "move", "recolour", "remove" or "lighting") and its JSON. Storage keeps the rows; this layer gives them
/// meaning.
/// </summary>
public sealed record LogEntry(long Tick, string Kind, string Json)
{
    public static LogEntry Of(WorldEdit edit) => new((edit ?? throw new ArgumentNullException(nameof(edit))).Tick, edit.KindName, edit.ToJson());

    public static LogEntry Of(LightingKey key) => new((key ?? throw new ArgumentNullException(nameof(key))).Tick, LightingKey.KindName, key.ToJson());
}
