using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nacre.Core;
using Nacre.Storage;
using Nacre.Studio.Api;
using Nacre.Studio.Security;
using Nacre.Studio.Worlds;

namespace Nacre.Studio.Previews;

/// <summary>
/// Pictures before entering: GET /api/preview/still and /api/preview/map (?prompt=…&amp;seed=…) for words not yet
/// saved, and GET /api/worlds/{id}/map for a saved world (from its stored spec).
/// </summary>
public static class PreviewEndpoints
{
    /// <summary>Map side, metres, and its size in pixels.</summary>
    private const int MapMetres = 512;
    private const int MapPixels = 512;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/preview/still", async (string? prompt, string? seed, PreviewService previews, CancellationToken ct) =>
        {
            (WorldSpec spec, ulong s) = Parse(prompt, seed);
            return Results.File(await previews.StillAsync(spec, s, ct), "image/jpeg");
        }).RequireRateLimiting(StudioLimits.Previews);

        app.MapGet("/api/preview/map", (string? prompt, string? seed, PreviewService previews) =>
        {
            (WorldSpec spec, ulong s) = Parse(prompt, seed);
            return Results.File(previews.Map(spec, s, MapMetres, MapPixels), "image/png");
        }).RequireRateLimiting(StudioLimits.Previews);

        app.MapGet("/api/worlds/{id}/map", (string id, WorldStore store, PreviewService previews) =>
            store.GetWorld(id) is { } w
                ? Results.File(previews.Map(WorldService.SpecOf(w), w.Seed, MapMetres, MapPixels), "image/png")
                : WorldEndpoints.UnknownWorld(id))
            .RequireRateLimiting(StudioLimits.Previews);
    }

    private static (WorldSpec, ulong) Parse(string? prompt, string? seed)
    {
        ulong s = seed is null ? WorldService.DefaultSeed : SeedValue.Parse(System.Text.Json.JsonSerializer.SerializeToElement(seed), WorldService.DefaultSeed);
        return (WorldService.Understand(prompt!, s), s);
    }
}
