using Nacre.Storage;
using Nacre.Studio.Sessions;
using Nacre.Studio.Worlds;
using Nacre.WorldGen;

namespace Nacre.Studio.Api;

/// <summary>A world as the API returns it. <see cref="Seed"/> is a string (64-bit); links are site-relative URLs.</summary>
/// <param name="GeneratorVersion">The generator it was made with, as stored ("worldgen-2").</param>
/// <param name="Generator">That version's number; the world is rebuilt with it every time it is opened.</param>
/// <param name="CurrentGenerator">The newest generator this build has: a world made with an older one can be remade with it.</param>
public sealed record WorldView(
    string Id,
    string Name,
    string Prompt,
    string Seed,
    string? ParentId,
    string GeneratorVersion,
    int Generator,
    int CurrentGenerator,
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
        w.Id, w.Name, w.Prompt, SeedValue.Format(w.Seed), w.ParentId, w.GeneratorVersion, WorldService.VersionOf(w.GeneratorVersion), WorldGenerator.Version,
        concepts, unrecognized,
        ViewState.FromJson(w.ViewJson), w.EditCount, w.HasThumbnail ? ThumbnailUrl(w.Id, w.UpdatedAt) : null,
        $"/api/worlds/{w.Id}/map", w.CreatedAt, w.UpdatedAt);

    /// <summary>The thumbnail's URL, versioned by the world's last change so browsers refetch a new one.</summary>
    public static string ThumbnailUrl(string id, DateTimeOffset updated) => $"/api/worlds/{id}/thumbnail?v={updated.ToUnixTimeMilliseconds()}";
}
