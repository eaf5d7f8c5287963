namespace Nacre.Storage;

/// <summary>A studio session: who walked which world when (the session's secret token is never stored).</summary>
/// <param name="EndReason">Why it ended ("closed", "idle", "shutdown"), or null while it runs.</param>
public sealed record SessionRecord(
    string Id,
    string WorldId,
    string Resolution,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    string? EndReason,
    long FramesSent);
