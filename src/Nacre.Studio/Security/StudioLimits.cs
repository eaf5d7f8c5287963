using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Nacre.Studio.Api;

namespace Nacre.Studio.Security;

/// <summary>
/// The studio's rate limits and concurrency caps (ASP.NET Core rate limiting), each a named policy put on the
/// endpoints it guards. A request over a limit gets 429 with <c>Retry-After</c> and a sentence naming the limit.
/// Per-client limits are counted per remote address. Values come from <see cref="StudioOptions"/>; docs/security.md
/// lists them.
/// </summary>
public static class StudioLimits
{
    /// <summary>Preview stills and maps: a few render at once, a few more wait, the rest are refused.</summary>
    public const string Previews = "previews";

    /// <summary>Starting live sessions, per client address.</summary>
    public const string Sessions = "sessions";

    /// <summary>Starting take renders, per client address.</summary>
    public const string Renders = "renders";

    /// <summary>Creating, remixing, remaking, renaming and deleting worlds, per client address.</summary>
    public const string WorldWrites = "world-writes";

    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    public static void Add(IServiceCollection services, StudioOptions o)
    {
        services.AddRateLimiter(r =>
        {
            r.AddPolicy(Previews, _ => RateLimitPartition.GetConcurrencyLimiter("all", _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = o.MaxConcurrentPreviews,
                QueueLimit = o.PreviewQueueLength,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
            r.AddPolicy(Sessions, http => PerClient(http, o.SessionStartsPerMinute));
            r.AddPolicy(Renders, http => PerClient(http, o.RenderStartsPerMinute));
            r.AddPolicy(WorldWrites, http => PerClient(http, o.WorldWritesPerMinute));
            r.OnRejected = (context, _) => new ValueTask(Refuse(context.HttpContext, context.Lease, o));
        });
    }

    private static RateLimitPartition<string> PerClient(HttpContext http, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = Minute,
            QueueLimit = 0,
        });

    private static Task Refuse(HttpContext http, RateLimitLease lease, StudioOptions o)
    {
        string? policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        int retrySeconds = lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan after)
            ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds))
            : 2;
        string message = policy switch
        {
            Previews => $"too many previews at once: the studio renders {o.MaxConcurrentPreviews} and queues {o.PreviewQueueLength}; try again in {retrySeconds} s",
            Sessions => $"too many sessions started: at most {o.SessionStartsPerMinute} a minute from one address; try again in {retrySeconds} s",
            Renders => $"too many renders started: at most {o.RenderStartsPerMinute} a minute from one address; try again in {retrySeconds} s",
            WorldWrites => $"too many changes to worlds: at most {o.WorldWritesPerMinute} a minute from one address; try again in {retrySeconds} s",
            _ => $"too many requests: try again in {retrySeconds} s",
        };
        http.Response.Headers.RetryAfter = retrySeconds.ToString(CultureInfo.InvariantCulture);
        return Results.Json(new ApiError(message), statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
    }
}
