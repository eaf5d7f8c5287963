using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nacre.Core;
using Nacre.Storage;
using Nacre.Studio.Security;
using Nacre.Studio.Sessions;
using Nacre.Studio.Worlds;

namespace Nacre.Studio.Api;

/// <summary>/api/understand and /api/worlds: prompt → concepts, and the saved worlds (create, list, get, rename, delete, remix, remake).</summary>
public static class WorldEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/understand", async (HttpRequest req, StudioOptions o, CancellationToken ct) =>
        {
            CreateWorldRequest body = await JsonBody.ReadAsync<CreateWorldRequest>(req, o.MaxRequestBodyBytes, ct);
            WorldSpec spec = WorldService.Understand(body.Prompt!, SeedValue.Parse(body.Seed, WorldService.DefaultSeed));
            return Results.Ok(UnderstandingView.From(spec));
        });

        app.MapGet("/api/worlds", (WorldStore store) =>
            Results.Ok(store.ListWorlds().Select(WorldSummaryView.From).ToList()));

        app.MapPost("/api/worlds", async (HttpRequest req, StudioOptions o, WorldService worlds, CancellationToken ct) =>
        {
            CreateWorldRequest body = await JsonBody.ReadAsync<CreateWorldRequest>(req, o.MaxRequestBodyBytes, ct);
            WorldRecord w = worlds.Create(body.Prompt!, SeedValue.Parse(body.Seed, WorldService.DefaultSeed), body.Name);
            return Results.Created($"/api/worlds/{w.Id}", View(w));
        }).RequireRateLimiting(StudioLimits.WorldWrites);

        app.MapGet("/api/worlds/{id}", (string id, WorldStore store) =>
            store.GetWorld(id) is { } w ? Results.Ok(View(w)) : UnknownWorld(id));

        app.MapPatch("/api/worlds/{id}", async (string id, HttpRequest req, StudioOptions o, WorldStore store, CancellationToken ct) =>
        {
            RenameWorldRequest body = await JsonBody.ReadAsync<RenameWorldRequest>(req, o.MaxRequestBodyBytes, ct);
            string name = WorldService.CheckName(body.Name) ?? throw new BadRequestException("give a \"name\" to rename the world to");
            return store.RenameWorld(id, name) ? Results.Ok(View(store.GetWorld(id)!)) : UnknownWorld(id);
        }).RequireRateLimiting(StudioLimits.WorldWrites);

        app.MapDelete("/api/worlds/{id}", (string id, WorldStore store, SessionManager sessions) =>
        {
            if (store.GetWorld(id) is null)
            {
                return UnknownWorld(id);
            }
            if (sessions.IsWorldInUse(id))
            {
                return ApiError.Conflict("this world is open in a live session: leave it first, then delete it");
            }
            store.DeleteWorld(id);
            return Results.NoContent();
        }).RequireRateLimiting(StudioLimits.WorldWrites);

        app.MapPost("/api/worlds/{id}/remix", async (string id, HttpRequest req, StudioOptions o, WorldService worlds, CancellationToken ct) =>
        {
            RemixWorldRequest body = await JsonBody.ReadAsync<RemixWorldRequest>(req, o.MaxRequestBodyBytes, ct);
            if (worlds.Store.GetWorld(id) is not { } original)
            {
                return UnknownWorld(id);
            }
            ulong? seed = body.Seed is null ? null : SeedValue.Parse(body.Seed, original.Seed);
            WorldRecord remix = worlds.Remix(original, body.Prompt, seed, WorldService.CheckName(body.Name));
            return Results.Created($"/api/worlds/{remix.Id}", View(remix));
        }).RequireRateLimiting(StudioLimits.WorldWrites);

        // No body: the remake keeps the prompt and seed and takes the current generator.
        app.MapPost("/api/worlds/{id}/remake", (string id, WorldService worlds) =>
        {
            if (worlds.Store.GetWorld(id) is not { } original)
            {
                return UnknownWorld(id);
            }
            WorldRecord remake = worlds.Remake(original);
            return Results.Created($"/api/worlds/{remake.Id}", View(remake));
        }).RequireRateLimiting(StudioLimits.WorldWrites);

        app.MapGet("/api/worlds/{id}/thumbnail", (string id, WorldStore store) =>
            store.GetThumbnail(id) is { } jpeg
                ? Results.File(jpeg, "image/jpeg")
                : ApiError.NotFound($"world '{id}' has no thumbnail yet (it gets one when first walked)"));

        app.MapGet("/api/worlds/{id}/edits", (string id, WorldStore store) =>
            store.GetWorld(id) is null
                ? UnknownWorld(id)
                : Results.Ok(store.ReadEdits(id).Select(e => new { e.Sequence, e.Tick, e.Kind, e.Json, e.CreatedAt })));
    }

    internal static IResult UnknownWorld(string id) =>
        ApiError.NotFound($"no world with id '{id}': list the saved worlds with GET /api/worlds");

    private static WorldView View(WorldRecord w)
    {
        WorldSpec spec = WorldService.SpecOf(w);
        return WorldView.From(w, spec.Concepts, spec.Unrecognized);
    }
}
