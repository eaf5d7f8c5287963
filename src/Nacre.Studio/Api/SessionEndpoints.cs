using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nacre.Storage;
using Nacre.Studio.Security;
using Nacre.Studio.Sessions;

namespace Nacre.Studio.Api;

/// <summary>/api/sessions: start a live session on a saved world, ask how it is doing, end it. Token-guarded.</summary>
public static class SessionEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", (SessionManager sessions) =>
            Results.Ok(new { ok = true, sessions = sessions.Count, maxSessions = sessions.Capacity }));

        app.MapPost("/api/sessions", async (HttpRequest req, StudioOptions o, WorldStore store, SessionManager sessions, CancellationToken ct) =>
        {
            StartSessionRequest body = await JsonBody.ReadAsync<StartSessionRequest>(req, o.MaxRequestBodyBytes, ct);
            if (string.IsNullOrWhiteSpace(body.WorldId))
            {
                return ApiError.BadRequest("give the \"worldId\" of a saved world to walk (create one with POST /api/worlds)");
            }
            if (!Resolution.TryParse(body.Resolution, out Resolution res))
            {
                return ApiError.BadRequest($"resolution '{body.Resolution}' is not offered: use \"480p\" or \"720p\"");
            }
            if (store.GetWorld(body.WorldId) is not { } world)
            {
                return WorldEndpoints.UnknownWorld(body.WorldId);
            }
            SessionStartResult started = sessions.Start(world, res);
            return started.Session is { } s
                ? Results.Created($"/api/sessions/{s.Id}", SessionView.From(s))
                : ApiError.Busy(started.Error!);
        }).RequireRateLimiting(StudioLimits.Sessions);

        app.MapGet("/api/sessions/{id}", (string id, HttpRequest req, SessionManager sessions) =>
            sessions.Find(id, BearerToken(req)) is { } s ? Results.Ok(SessionStatusView.From(s)) : NoSession());

        app.MapDelete("/api/sessions/{id}", async (string id, HttpRequest req, SessionManager sessions) =>
        {
            if (sessions.Find(id, BearerToken(req)) is not { } s)
            {
                return NoSession();
            }
            s.Close("closed");
            // The view and thumbnail are saved as the session closes: wait, so a gallery fetched next shows them.
            await Task.WhenAny(s.Closed, Task.Delay(TimeSpan.FromSeconds(10)));
            return Results.NoContent();
        });
    }

    /// <summary>An unknown id and a wrong token get the same answer, so a session's existence cannot be probed.</summary>
    internal static IResult NoSession() =>
        ApiError.NotFound("no such session for this token: it may have ended (idle sessions close after a minute); start a new one");

    internal static string? BearerToken(HttpRequest req)
    {
        string? h = req.Headers.Authorization;
        const string scheme = "Bearer ";
        return h is not null && h.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? h[scheme.Length..].Trim() : null;
    }
}
