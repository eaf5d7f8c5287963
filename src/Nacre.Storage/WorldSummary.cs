namespace Nacre.Storage;

/// <summary>A world as the gallery lists it: no spec, no view, no thumbnail bytes.</summary>
/// <param name="GeneratorVersion">The generator it was made with, as stored ("worldgen-N"), so the gallery can offer a remake.</param>
public sealed record WorldSummary(
    string Id,
    string Name,
    string Prompt,
    ulong Seed,
    string? ParentId,
    string GeneratorVersion,
    bool HasThumbnail,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
