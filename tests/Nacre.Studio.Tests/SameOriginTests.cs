using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Nacre.Studio.Tests;

/// <summary>
/// What a hostile web page can make the user's browser send to a studio on loopback: cross-origin state changes,
/// "simple" text/plain POSTs, DNS-rebound Host headers, WebSocket upgrades. Each must be refused; the studio's own
/// pages (same origin) and scripts (no Origin) must keep working.
/// </summary>
public sealed class SameOriginTests : IDisposable
{
    private const string Evil = "http://evil.example";
    private readonly StudioFactory _studio = new(new StudioOptions { WorldWritesPerMinute = 1000 });
    private readonly HttpClient _http;

    public SameOriginTests()
    {
        _http = _studio.CreateClient();
    }

    public void Dispose()
    {
        _http.Dispose();
        _studio.Dispose();
    }

    private async Task<(HttpStatusCode Status, string Body)> Send(HttpMethod method, string path, string? body, string contentType = "application/json", string? origin = null, string? host = null)
    {
        using var req = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            req.Content = new StringContent(body, Encoding.UTF8);
            req.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        if (origin is not null)
        {
            req.Headers.Add("Origin", origin);
        }
        if (host is not null)
        {
            req.Headers.Host = host;
        }
        HttpResponseMessage res = await _http.SendAsync(req, TestContext.Current.CancellationToken);
        return (res.StatusCode, await res.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public static TheoryData<string, string, string?> StateChanges => new()
    {
        { "POST", "/api/worlds", """{"prompt":"a cabin by a lake"}""" },
        { "POST", "/api/understand", """{"prompt":"a cabin by a lake"}""" },
        { "POST", "/api/sessions", """{"worldId":"WORLD"}""" },
        { "PATCH", "/api/worlds/WORLD", """{"name":"Pwned"}""" },
        { "POST", "/api/worlds/WORLD/remix", """{"seed":"9"}""" },
        { "POST", "/api/worlds/WORLD/remake", null },
        { "POST", "/api/takes/1/render", null },
        { "DELETE", "/api/worlds/WORLD", null },
    };

    [Theory]
    [MemberData(nameof(StateChanges))]
    public async Task StateChange_FromAnotherOrigin_IsRefusedAndChangesNothing(string method, string path, string? body)
    {
        string world = (await _http.CreateWorld("a quiet meadow")).GetProperty("id").GetString()!;

        (HttpStatusCode status, string text) = await Send(new HttpMethod(method), path.Replace("WORLD", world, StringComparison.Ordinal), body, origin: Evil);

        status.ShouldBe(HttpStatusCode.Forbidden, text);
        text.ShouldContain("evil.example");
        JsonElement after = await _http.GetJson($"/api/worlds/{world}");
        after.GetProperty("name").GetString().ShouldBe("Quiet meadow");
        (await _http.GetJson("/api/worlds")).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task StateChange_FromTheStudiosOwnPage_IsAccepted()
    {
        (HttpStatusCode status, string text) = await Send(HttpMethod.Post, "/api/worlds", """{"prompt":"a cabin by a lake"}""", origin: "http://localhost");

        status.ShouldBe(HttpStatusCode.Created, text);
    }

    [Fact]
    public async Task SimplePost_TextPlainOrForm_IsRefusedWith415()
    {
        (HttpStatusCode plain, string plainText) = await Send(HttpMethod.Post, "/api/worlds", """{"prompt":"a cabin"}""", "text/plain");
        (HttpStatusCode form, _) = await Send(HttpMethod.Post, "/api/worlds", "prompt=a+cabin", "application/x-www-form-urlencoded");

        plain.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        plainText.ShouldContain("Content-Type: application/json");
        form.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await _http.GetJson("/api/worlds")).GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("attacker.example:5170")]
    [InlineData("192.168.1.66")]
    public async Task Request_WithAForeignHost_IsRefused(string host)
    {
        // DNS rebinding: the attacker's name now points at 127.0.0.1, so the browser sends its own name as Host.
        (HttpStatusCode get, _) = await Send(HttpMethod.Get, "/api/worlds", null, host: host);
        (HttpStatusCode post, _) = await Send(HttpMethod.Post, "/api/worlds", """{"prompt":"a cabin"}""", host: host);

        get.ShouldBe(HttpStatusCode.BadRequest);
        post.ShouldBe(HttpStatusCode.BadRequest);
        (await _http.GetJson("/api/worlds")).GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1:5170")]
    [InlineData("[::1]:5170")]
    public async Task Request_WithALoopbackHost_IsServed(string host)
    {
        (HttpStatusCode status, _) = await Send(HttpMethod.Get, "/api/worlds", null, host: host);

        status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task WebSocketUpgrade_FromAnotherOrigin_IsRefused()
    {
        var client = _studio.Server.CreateWebSocketClient();
        client.ConfigureRequest = r => r.Headers.Origin = Evil;

        Exception e = await Should.ThrowAsync<Exception>(() =>
            client.ConnectAsync(new Uri(_studio.Server.BaseAddress, "api/sessions/s123/stream"), TestContext.Current.CancellationToken));

        e.Message.ShouldContain("403");
    }

    [Fact]
    public async Task BadBodies_AreAnsweredInTheCallersWords()
    {
        (HttpStatusCode array, string arrayText) = await Send(HttpMethod.Post, "/api/worlds", "[1,2]");
        (HttpStatusCode unknown, string unknownText) = await Send(HttpMethod.Post, "/api/worlds", """{"prompt":"a cabin","colour":"red"}""");
        (HttpStatusCode noApi, string noApiText) = await Send(HttpMethod.Get, "/api", null);

        array.ShouldBe(HttpStatusCode.BadRequest);
        arrayText.ShouldContain("JSON object");
        arrayText.ShouldNotContain("Nacre.");
        unknown.ShouldBe(HttpStatusCode.BadRequest);
        unknownText.ShouldNotContain("Nacre.");
        unknownText.ShouldNotContain(".NET");
        noApi.ShouldBe(HttpStatusCode.NotFound);
        noApiText.ShouldContain("docs/api.md");
    }

    [Fact]
    public async Task KnownPath_WithAnotherMethod_Is405WithAllow()
    {
        using HttpResponseMessage res = await _http.GetAsync("/api/sessions", TestContext.Current.CancellationToken);
        using HttpResponseMessage head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/worlds/w1"), TestContext.Current.CancellationToken);

        res.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        res.Content.Headers.Allow.ShouldBe(["POST"]);
        (await res.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("use POST");
        head.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        head.Content.Headers.Allow.ShouldBe(["DELETE", "GET", "PATCH"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("Bad\u001b[31mname")]
    [InlineData("Evil\u202Egnp.exe")]
    [InlineData("nul\u0000name")]
    public async Task WorldName_WithControlCharacters_IsRefused(string name)
    {
        string world = (await _http.CreateWorld("a quiet meadow")).GetProperty("id").GetString()!;

        (HttpStatusCode status, string text) = await Send(HttpMethod.Patch, $"/api/worlds/{world}", JsonSerializer.Serialize(new { name }));

        status.ShouldBe(HttpStatusCode.BadRequest);
        text.ShouldContain("plain text");
        text.ShouldNotContain("\u001b");
    }

    [Fact]
    public async Task WorldWrites_PastTheLimit_Get429WithRetryAfterAndASentence()
    {
        using var limited = new StudioFactory(new StudioOptions { WorldWritesPerMinute = 3 });
        using HttpClient http = limited.CreateClient();
        for (int i = 0; i < 3; i++)
        {
            await http.CreateWorld($"a meadow number {i}");
        }

        (HttpResponseMessage res, JsonElement body) = await http.PostJson("/api/worlds", new { prompt = "one more meadow" });

        res.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        res.Headers.RetryAfter.ShouldNotBeNull();
        body.GetProperty("error").GetString()!.ShouldContain("at most 3 a minute");
        (await http.GetJson("/api/worlds")).GetArrayLength().ShouldBe(3);
    }
}
