using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Nacre.Studio.Security;

namespace Nacre.Studio.Tests;

/// <summary>
/// A studio shared on a network (token mode): every route the app maps — enumerated from its endpoint data source,
/// so a new endpoint cannot forget — refuses a request without the access token, and serves one that has it.
/// </summary>
public sealed class TokenModeTests : IDisposable
{
    private const string Token = "test-token-0123456789abcdef";
    private readonly StudioFactory _studio = new(new StudioOptions { AccessToken = Token });

    public void Dispose() => _studio.Dispose();

    /// <summary>Every (method, path) the app answers, with route parameters filled in; plus the web client's files.</summary>
    private List<(string Method, string Path)> EveryRoute()
    {
        _ = _studio.Server; // builds the host
        var routes = new List<(string, string)>();
        foreach (RouteEndpoint e in _studio.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            string path = "/" + string.Join('/', e.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(Fill))));
            IReadOnlyList<string> methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            routes.AddRange(methods.Select(m => (m, path)));
        }
        routes.Add(("GET", "/js/live.js"));
        routes.Add(("GET", "/css/studio.css"));
        return routes;
    }

    private static string Fill(Microsoft.AspNetCore.Routing.Patterns.RoutePatternPart part) => part switch
    {
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p => p.ParameterPolicies.Any(x => x.Content == "long") ? "1" : p.IsCatchAll ? "anything" : "x1",
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart s => s.Content,
        _ => "",
    };

    [Fact]
    public async Task EveryRoute_WithoutTheToken_IsRefusedWith401()
    {
        using HttpClient http = _studio.CreateClient();
        List<(string Method, string Path)> routes = EveryRoute();
        routes.Count.ShouldBeGreaterThan(20);
        var served = new List<string>();

        foreach ((string method, string path) in routes)
        {
            using var req = new HttpRequestMessage(new HttpMethod(method), path);
            if (method is "POST" or "PATCH")
            {
                req.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }
            using HttpResponseMessage res = await http.SendAsync(req, TestContext.Current.CancellationToken);
            if (res.StatusCode != HttpStatusCode.Unauthorized)
            {
                served.Add($"{method} {path} → {(int)res.StatusCode}");
            }
        }

        served.ShouldBe(["GET /api/health → 200"], "only the health check may answer without the token");
    }

    [Fact]
    public async Task EveryRoute_WithAWrongToken_IsRefusedWith401()
    {
        using HttpClient http = _studio.CreateClient();
        foreach ((string method, string path) in EveryRoute().Where(r => r.Path != "/api/health"))
        {
            using var req = new HttpRequestMessage(new HttpMethod(method), path);
            req.Headers.Add(AccessTokenGuard.HeaderName, Token + "x");
            using HttpResponseMessage res = await http.SendAsync(req, TestContext.Current.CancellationToken);
            res.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{method} {path}");
        }
    }

    [Fact]
    public async Task Api_WithTheTokenHeader_IsServed()
    {
        using HttpClient http = _studio.CreateClient();
        http.DefaultRequestHeaders.Add(AccessTokenGuard.HeaderName, Token);

        (await http.GetJson("/api/worlds")).GetArrayLength().ShouldBe(0);
        (await http.CreateWorld("a cabin by a lake")).GetProperty("id").GetString().ShouldNotBeNull();
    }

    [Fact]
    public async Task PrintedUrl_SetsACookieAndLeavesTheAddressBar_ThenThePageAndApiWork()
    {
        using HttpClient http = _studio.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using HttpResponseMessage opened = await http.GetAsync($"/?token={Token}", TestContext.Current.CancellationToken);

        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        opened.Headers.Location!.ToString().ShouldBe("/");
        string cookie = opened.Headers.GetValues("Set-Cookie").Single();
        cookie.ShouldContain($"{AccessTokenGuard.CookieName}={Token}");
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);

        // The client handles cookies as a browser does: the page and the API now work without the token in the URL.
        (await http.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await http.GetAsync("/api/worlds", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
