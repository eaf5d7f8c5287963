namespace Nacre.Storage;

/// <summary>A saved world as stored. Immutable snapshot of its row; the thumbnail is read separately.</summary>
/// <param name="Id">Stable id, e.g. <c>w7k2m9q4x1c3v</c>.</param>
/// <param name="ViewJson">Where the walker last stood and looked (JSON written by the studio), or null for the spawn point.</param>
/// <param name="HasThumbnail">True once a thumbnail JPEG has been stored.</param>
public sealed record WorldRecord(
    string Id,
    string Name,
    string Prompt,
    ulong Seed,
    string SpecJson,
    string GeneratorVersion,
    string? ParentId,
    string? ViewJson,
    bool HasThumbnail,
    int EditCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
