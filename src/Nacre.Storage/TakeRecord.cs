namespace Nacre.Storage;

/// <summary>A recorded take: the inputs and commands of a stretch of a session, stamped by tick, so it replays exactly.</summary>
/// <param name="Id">The row's key in this database (sequential: not for users or URLs).</param>
/// <param name="PublicId">The id users and URLs see: "t" and 32 hex digits, 128 random bits.</param>
/// <param name="WorldId">The world it was recorded in.</param>
/// <param name="SessionId">The session it was recorded in, if any.</param>
/// <param name="Name">Its name.</param>
/// <param name="Ticks">Length, simulation ticks (60 a second).</param>
/// <param name="InputJson">The input log, JSON (format defined by the simulation that replays it).</param>
/// <param name="CreatedAt">When it was saved.</param>
public sealed record TakeRecord(long Id, string PublicId, string WorldId, string? SessionId, string Name, long Ticks, string InputJson, DateTimeOffset CreatedAt);
