using Nacre.Storage;
using Nacre.Studio.Worlds;
using Nacre.WorldGen;

namespace Nacre.Studio.Api;

/// <summary>A gallery entry as GET /api/worlds lists it; the generator fields read as in <see cref="WorldView"/>.</summary>
public sealed record WorldSummaryView(
    string Id,
    string Name,
    string Prompt,
    string Seed,
    string? ParentId,
    string GeneratorVersion,
    int Generator,
    int CurrentGenerator,
    string? Thumbnail,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static WorldSummaryView From(WorldSummary w) => new(
        w.Id, w.Name, w.Prompt, SeedValue.Format(w.Seed), w.ParentId,
        w.GeneratorVersion, WorldService.VersionOf(w.GeneratorVersion), WorldGenerator.Version,
        w.HasThumbnail ? WorldView.ThumbnailUrl(w.Id, w.UpdatedAt) : null, w.CreatedAt, w.UpdatedAt);
}
