namespace Nacre.Studio.Sessions;

/// <summary>A new session, or why there is none: <see cref="Busy"/> when every slot is taken.</summary>
public sealed record SessionStartResult(StudioSession? Session, bool Busy, string? Error);
