using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nacre.Language.Directing;
using Nacre.Storage;
using Nacre.Studio.Security;
using Nacre.Studio.Sessions;
using Nacre.Studio.Takes;

namespace Nacre.Studio.Api;

/// <summary>/api/worlds/{id}/takes and /api/takes: recorded takes, their offline renders to MP4, and the director's vocabulary.</summary>
public static class TakeEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/direct/vocabulary", () => Results.Ok(new { examples = DirectorExamples.All }));

        app.MapGet("/api/worlds/{id}/takes", (string id, WorldStore store, TakeRenders renders) =>
            store.GetWorld(id) is null
                ? WorldEndpoints.UnknownWorld(id)
                : Results.Ok(store.ListTakes(id).OrderByDescending(t => t.Id).Select(t => TakeView.From(t, renders.Status(t.PublicId))).ToList()));

        app.MapGet("/api/takes/{id}", (string id, WorldStore store, TakeRenders renders) =>
            store.GetTake(id) is { } t ? Results.Ok(TakeView.From(t, renders.Status(id))) : UnknownTake(id));

        app.MapPost("/api/takes/{id}/render", async (string id, HttpRequest req, StudioOptions o, TakeRenders renders, CancellationToken ct) =>
        {
            RenderTakeRequest body = req.ContentLength is null or 0
                ? new RenderTakeRequest(null, null)
                : await JsonBody.ReadAsync<RenderTakeRequest>(req, o.MaxRequestBodyBytes, ct);
            if (!Resolution.TryParse(body.Resolution, out Resolution resolution))
            {
                return ApiError.BadRequest($"\"resolution\" '{body.Resolution}' is not a video size: use \"480p\" or \"720p\"");
            }
            int fps = body.Fps ?? 24;
            if (fps is not (24 or 25 or 30))
            {
                return ApiError.BadRequest($"\"fps\" {fps} is not a frame rate for video: use 24, 25 or 30");
            }
            try
            {
                return Results.Json(renders.Start(id, resolution, fps), statusCode: StatusCodes.Status202Accepted);
            }
            catch (KeyNotFoundException e)
            {
                return ApiError.NotFound(e.Message);
            }
            catch (FormatException e)
            {
                return ApiError.Conflict($"take {id} cannot be rendered by this build: {e.Message}");
            }
        }).RequireRateLimiting(StudioLimits.Renders);

        app.MapGet("/api/takes/{id}/render", (string id, WorldStore store, TakeRenders renders) =>
            store.GetTake(id) is null ? UnknownTake(id) : Results.Ok(renders.Status(id)));

        app.MapMethods("/api/takes/{id}/video.mp4", [HttpMethods.Get, HttpMethods.Head], (string id, TakeRenders renders) =>
            renders.Status(id).Status == "done"
                ? Results.File(renders.VideoPath(id), "video/mp4", $"take-{id}.mp4", enableRangeProcessing: true)
                : ApiError.NotFound($"take {id} has no video yet: POST /api/takes/{id}/render first"));
    }

    private static IResult UnknownTake(string id) => ApiError.NotFound($"no take with id '{id}'");
}
