namespace Nacre.Studio.Api;

/// <summary>PATCH /api/worlds/{id}.</summary>
public sealed record RenameWorldRequest(string? Name);
