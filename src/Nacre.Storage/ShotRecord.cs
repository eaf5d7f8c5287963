namespace Nacre.Storage;

/// <summary>A shot-list row: camera, lens and timing as JSON, optionally part of a take.</summary>
public sealed record ShotRecord(long Id, string WorldId, long? TakeId, string Name, string Json, DateTimeOffset CreatedAt);
