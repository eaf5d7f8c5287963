namespace Nacre.Storage;

/// <summary>One entry of a world's append-only edit log.</summary>
/// <param name="Sequence">1, 2, 3… within the world: the order edits are applied in.</param>
/// <param name="Tick">Simulation tick (60 Hz) the edit was made at.</param>
/// <param name="Kind">What sort of edit (e.g. "place", "remove", "recolour"); defined by whoever appends it.</param>
/// <param name="Json">The edit's content, JSON.</param>
public sealed record EditRecord(string WorldId, long Sequence, long Tick, string Kind, string Json, DateTimeOffset CreatedAt);
