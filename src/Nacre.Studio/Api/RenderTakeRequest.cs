namespace Nacre.Studio.Api;

/// <summary>POST /api/takes/{id}/render: video size ("480p" or "720p"; default 480p) and frame rate (24, 25 or 30; default 24).</summary>
public sealed record RenderTakeRequest(string? Resolution, int? Fps);
