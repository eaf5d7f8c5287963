using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nacre.Core;
using Nacre.Storage;
using Nacre.Studio.Api;
using Nacre.Studio.Previews;
using Nacre.Studio.Security;
using Nacre.Studio.Sessions;
using Nacre.Studio.Worlds;

namespace Nacre.Studio;

/// <summary>
/// The studio web application: services, the HTTP pipeline and the endpoints. <see cref="RunAsync"/> runs it on
/// Kestrel (the <c>nacre studio</c> command); tests host the same <see cref="CreateHostBuilder"/> in a
/// <c>WebApplicationFactory&lt;StudioApp&gt;</c>.
/// </summary>
public sealed class StudioApp
{
    /// <summary>Where the studio listens unless told otherwise: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5170";

    private StudioApp()
    {
    }

    /// <summary>A host for the studio (not started). <paramref name="urls"/> null leaves the server's own default.</summary>
    public static IHostBuilder CreateHostBuilder(StudioOptions options, string? urls = null) =>
        Host.CreateDefaultBuilder()
            .ConfigureLogging(l => l
                .AddFilter("Microsoft", LogLevel.Warning)
                .AddFilter("System", LogLevel.Warning)
                // A port in use is reported once, as a sentence, by the caller; not as the host's stack trace.
                .AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical))
            .ConfigureWebHostDefaults(web =>
            {
                if (urls is not null)
                {
                    web.UseUrls(urls);
                }
                web.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024);
                web.ConfigureServices(s => ConfigureServices(s, options));
                web.Configure(Configure);
            });

    public static void ConfigureServices(IServiceCollection services, StudioOptions options)
    {
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => WorldStore.Open(options.DatabasePath, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<WorldService>();
        services.AddSingleton<SessionEngineFactory>();
        services.AddSingleton<SessionManager>();
        services.AddSingleton<Takes.TakeRenders>();
        services.AddHostedService(sp => sp.GetRequiredService<SessionManager>());
        services.AddSingleton<PreviewService>();
        services.AddHostedService<StudioWarmup>();
        services.AddRouting();
        services.AddHostFiltering(h =>
        {
            h.AllowedHosts = [.. options.AllowedHosts];
            h.AllowEmptyHosts = false;
            h.IncludeFailureMessage = true;
        });
        StudioLimits.Add(services, options);
    }

    public static void Configure(IApplicationBuilder app)
    {
        app.Use(ErrorsForPeople);
        // A Host header naming another site is DNS rebinding (or a mistake): 400 before anything else runs.
        app.UseHostFiltering();
        app.UseMiddleware<AccessTokenGuard>();
        app.Use(async (http, next) =>
        {
            IHeaderDictionary h = http.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' blob: data:; connect-src 'self' ws: wss:; style-src 'self'; frame-ancestors 'none'";
            h["Referrer-Policy"] = "no-referrer";
            await next(http);
        });
        // A client that vanished without closing (network drop) misses a pong and is dropped after 15 s more.
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(15), KeepAliveTimeout = TimeSpan.FromSeconds(15) });
        // After UseWebSockets: on Kestrel a request is known to be a WebSocket upgrade only once that has run.
        app.UseMiddleware<SameOriginGuard>();
        var webRoot = new EmbeddedWebRoot();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = webRoot,
            // Modules change with every build: let the browser revalidate (cheap, ETag) instead of caching blindly.
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseEndpoints(e =>
        {
            e.MapGet("/", () => Results.Stream(webRoot.GetFileInfo("index.html").CreateReadStream(), "text/html; charset=utf-8"));
            WorldEndpoints.Map(e);
            SessionEndpoints.Map(e);
            TakeEndpoints.Map(e);
            StreamEndpoint.Map(e);
            PreviewEndpoints.Map(e);
            e.Map("/api/{**rest}", (HttpContext http, EndpointDataSource endpoints) => ApiFallback.Answer(http, endpoints));
        });
    }

    /// <summary>
    /// Runs the studio until <paramref name="stop"/> fires (or Ctrl+C), printing the URL it listens on to
    /// <paramref name="output"/> once it is ready.
    /// </summary>
    public static async Task RunAsync(StudioOptions options, string urls, TextWriter output, CancellationToken stop)
    {
        // Live sessions start and end llvmpipe's threads; few malloc arenas keep what they free reusable.
        ProcessMemory.LimitMallocArenas(2);
        using IHost host = CreateHostBuilder(options, urls).Build();
        // Open the store before listening so a bad --data folder fails at once, with its message.
        host.Services.GetRequiredService<WorldStore>();
        await host.StartAsync(stop);
        ICollection<string> addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        string url = StudioBinding.OpenUrl(addresses.FirstOrDefault() ?? urls, options.AccessToken);
        await output.WriteLineAsync($"Nacre Studio is running at {url}  (worlds in {Path.GetFullPath(options.DatabasePath)}; Ctrl+C to stop)");
        await output.FlushAsync(stop);
        await host.WaitForShutdownAsync(stop);
    }

    /// <summary>Bad input gets a 4xx with a sentence; anything unexpected a 500 with a short message, never a stack trace.</summary>
    private static async Task ErrorsForPeople(HttpContext http, RequestDelegate next)
    {
        try
        {
            await next(http);
        }
        catch (Exception e) when (!http.Response.HasStarted && e is BadRequestException or BadHttpRequestException or ArgumentException or JsonException)
        {
            int status = e switch
            {
                BadRequestException b => b.Status,
                BadHttpRequestException h => h.StatusCode,
                _ => StatusCodes.Status400BadRequest,
            };
            await Results.Json(new ApiError(e.Message), statusCode: status).ExecuteAsync(http);
        }
        catch (Exception e) when (!http.Response.HasStarted && StorageFull.Is(e))
        {
            // One line, no stack: the disk filling up is the machine's state, not a bug. Nothing was half-written
            // (each write is one transaction), and the next request after space returns simply works.
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<StudioApp>()
                .LogError("{Method} {Path}: the disk is full ({Message})", http.Request.Method, http.Request.Path, e.Message);
            await Results.Json(new ApiError(StorageFull.Message), statusCode: StatusCodes.Status507InsufficientStorage).ExecuteAsync(http);
        }
        catch (Exception e) when (!http.Response.HasStarted && e is not OperationCanceledException)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<StudioApp>().LogError(e, "{Method} {Path} failed", http.Request.Method, http.Request.Path);
            await Results.Json(new ApiError($"the studio failed to do that: {ControlText.Escape(e.Message, 300)} (the studio's log has the details)"), statusCode: 500).ExecuteAsync(http);
        }
    }
}
