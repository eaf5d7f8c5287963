using Nacre.Storage;

namespace Nacre.Studio.Api;

/// <summary>A gallery entry as GET /api/worlds lists it.</summary>
public sealed record WorldSummaryView(
    string Id, string Name, string Prompt, string Seed, string? ParentId, string? Thumbnail, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static WorldSummaryView From(WorldSummary w) => new(
        w.Id, w.Name, w.Prompt, SeedValue.Format(w.Seed), w.ParentId,
        w.HasThumbnail ? WorldView.ThumbnailUrl(w.Id, w.UpdatedAt) : null, w.CreatedAt, w.UpdatedAt);
}
