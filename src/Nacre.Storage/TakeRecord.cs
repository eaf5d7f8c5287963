namespace Nacre.Storage;

/// <summary>A recorded take: the inputs and commands of a stretch of a session, stamped by tick, so it replays exactly.</summary>
/// <param name="Ticks">Length, simulation ticks (60 a second).</param>
/// <param name="InputJson">The input log, JSON (format defined by the simulation that replays it).</param>
public sealed record TakeRecord(long Id, string WorldId, string? SessionId, string Name, long Ticks, string InputJson, DateTimeOffset CreatedAt);
