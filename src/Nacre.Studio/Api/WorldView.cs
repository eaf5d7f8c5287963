using Nacre.Storage;
using Nacre.Studio.Sessions;

namespace Nacre.Studio.Api;

/// <summary>A world as the API returns it. <see cref="Seed"/> is a string (64-bit); links are site-relative URLs.</summary>
public sealed record WorldView(
    string Id,
    string Name,
    string Prompt,
    string Seed,
    string? ParentId,
    string GeneratorVersion,
    IReadOnlyList<string> Concepts,
    IReadOnlyList<string> Unrecognized,
    ViewState? View,
    int EditCount,
    string? Thumbnail,
    string Map,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static WorldView From(WorldRecord w, IReadOnlyList<string> concepts, IReadOnlyList<string> unrecognized) => new(
        w.Id, w.Name, w.Prompt, SeedValue.Format(w.Seed), w.ParentId, w.GeneratorVersion, concepts, unrecognized,
        ViewState.FromJson(w.ViewJson), w.EditCount, w.HasThumbnail ? ThumbnailUrl(w.Id, w.UpdatedAt) : null,
        $"/api/worlds/{w.Id}/map", w.CreatedAt, w.UpdatedAt);

    /// <summary>The thumbnail's URL, versioned by the world's last change so browsers refetch a new one.</summary>
    public static string ThumbnailUrl(string id, DateTimeOffset updated) => $"/api/worlds/{id}/thumbnail?v={updated.ToUnixTimeMilliseconds()}";
}
