namespace Nacre.Storage;

/// <summary>A world as the gallery lists it: no spec, no view, no thumbnail bytes.</summary>
public sealed record WorldSummary(
    string Id,
    string Name,
    string Prompt,
    ulong Seed,
    string? ParentId,
    bool HasThumbnail,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
