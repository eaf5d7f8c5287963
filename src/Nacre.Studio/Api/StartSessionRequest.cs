namespace Nacre.Studio.Api;

/// <summary>POST /api/sessions: which world to walk and at what resolution ("480p" or "720p").</summary>
public sealed record StartSessionRequest(string? WorldId, string? Resolution);
