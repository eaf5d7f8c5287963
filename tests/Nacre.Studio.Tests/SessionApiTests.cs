using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text.Json;
using Nacre.Studio.Streaming;

namespace Nacre.Studio.Tests;

/// <summary>Live sessions over the real WebSocket, rendering with headless OpenGL (llvmpipe in CI).</summary>
[Trait("Category", "Slow")]
[Collection(HeavyStudioCollection.Name)]
public sealed class SessionApiTests : IDisposable
{
    private const string Prompt = "a meadow with a wooden cabin by a lake";
    private readonly StudioFactory _studio = new(new StudioOptions { MaxSessions = 2 });
    private readonly HttpClient _http;

    public SessionApiTests()
    {
        _http = _studio.CreateClient();
    }

    public void Dispose()
    {
        _http.Dispose();
        _studio.Dispose();
    }

    private async Task<(string Id, string Token)> StartSession(string worldId, string res = "480p")
    {
        (HttpResponseMessage r, JsonElement s) = await _http.PostJson("/api/sessions", new { worldId, resolution = res });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, s.ToString());
        return (s.GetProperty("id").GetString()!, s.GetProperty("token").GetString()!);
    }

    private async Task EndSession(string id, string token)
    {
        using var req = new HttpRequestMessage(HttpMethod.Delete, $"/api/sessions/{id}");
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await _http.SendAsync(req, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Session_HoldingW_StreamsFramesAndTheWalkerMoves()
    {
        string world = (await _http.CreateWorld(Prompt)).GetProperty("id").GetString()!;
        (string id, string token) = await StartSession(world);
        await using StreamClient stream = await StreamClient.Connect(_studio, id, token);

        FrameHeader first = (await stream.NextFrame()).ShouldNotBeNull().Header;
        first.Width.ShouldBe(854);
        first.Height.ShouldBe(480);
        stream.Texts.ShouldContain(t => t.Contains("\"ready\""));

        uint down = await stream.Key("KeyW", down: true);
        FrameHeader moving = await stream.FrameAfter(down);
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        uint up = await stream.Key("KeyW", down: false);
        FrameHeader stopped = await stream.FrameAfter(up);

        stopped.Tick.ShouldBeGreaterThan(moving.Tick);
        float walked = MathF.Sqrt(MathF.Pow(stopped.X - first.X, 2) + MathF.Pow(stopped.Z - first.Z, 2));
        walked.ShouldBeGreaterThan(1f, "holding W for 1.5 s should walk the walker over a metre");
        stopped.EncodeMicros.ShouldBeGreaterThan(0u);
    }

    [Fact]
    public async Task Reopen_AfterLeaving_StartsAtTheSamePlaceAndView()
    {
        string world = (await _http.CreateWorld(Prompt)).GetProperty("id").GetString()!;
        (string id, string token) = await StartSession(world);
        FrameHeader left;
        await using (StreamClient stream = await StreamClient.Connect(_studio, id, token))
        {
            await stream.NextFrame();
            await stream.Look(300, -40);
            uint down = await stream.Key("KeyW", down: true);
            await stream.FrameAfter(down);
            await Task.Delay(1000, TestContext.Current.CancellationToken);
            uint up = await stream.Key("KeyW", down: false);
            left = await stream.FrameAfter(up, extra: 20); // let the walker come to rest
        }
        await EndSession(id, token);

        JsonElement saved = await _http.GetJson($"/api/worlds/{world}");
        saved.GetProperty("view").ValueKind.ShouldBe(JsonValueKind.Object);
        saved.GetProperty("thumbnail").GetString().ShouldNotBeNull();

        (string id2, string token2) = await StartSession(world);
        await using StreamClient again = await StreamClient.Connect(_studio, id2, token2);
        FrameHeader reopened = (await again.NextFrame()).ShouldNotBeNull().Header;

        reopened.X.ShouldBe(left.X, 0.05f);
        reopened.Z.ShouldBe(left.Z, 0.05f);
        reopened.Y.ShouldBe(left.Y, 0.05f);
        reopened.Yaw.ShouldBe(left.Yaw, 0.001f);
        reopened.Pitch.ShouldBe(left.Pitch, 0.001f);
    }

    [Fact]
    public async Task Stream_WrongToken_IsClosedAndCannotWatch()
    {
        string world = (await _http.CreateWorld(Prompt)).GetProperty("id").GetString()!;
        (string id, string token) = await StartSession(world);

        await using StreamClient intruder = await StreamClient.Connect(_studio, id, token[..^2] + "xx");
        (WebSocketCloseStatus? status, string? reason) = await intruder.Closed();

        status.ShouldBe(WebSocketCloseStatus.PolicyViolation);
        reason!.ShouldContain("token");
        intruder.Texts.ShouldBeEmpty(); // not even the "ready" message

        // The owner is unaffected.
        await using StreamClient owner = await StreamClient.Connect(_studio, id, token);
        (await owner.NextFrame()).ShouldNotBeNull();
    }

    [Fact]
    public async Task SessionApi_WrongToken_CannotReadOrEndIt()
    {
        string world = (await _http.CreateWorld(Prompt)).GetProperty("id").GetString()!;
        (string id, string token) = await StartSession(world);

        using var peek = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{id}");
        peek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token");
        (await _http.SendAsync(peek, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var end = new HttpRequestMessage(HttpMethod.Delete, $"/api/sessions/{id}");
        (await _http.SendAsync(end, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var mine = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{id}");
        mine.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await _http.SendAsync(mine, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Stream_NoHello_IsClosedWithAReason()
    {
        string world = (await _http.CreateWorld(Prompt)).GetProperty("id").GetString()!;
        (string id, _) = await StartSession(world);

        await using StreamClient silent = await StreamClient.Connect(_studio, id, token: null);
        await silent.SendRaw("""{"t":"key","seq":1,"code":"KeyW","down":true}""");
        (WebSocketCloseStatus? status, string? reason) = await silent.Closed();

        status.ShouldBe(WebSocketCloseStatus.PolicyViolation);
        reason!.ShouldContain("hello");
    }

    [Fact]
    public async Task Stream_OversizedOrMalformedMessage_ClosesOnlyThatConnection()
    {
        string world = (await _http.CreateWorld(Prompt)).GetProperty("id").GetString()!;
        (string id, string token) = await StartSession(world);
        string other = (await _http.CreateWorld("a desert with cacti")).GetProperty("id").GetString()!;
        (string otherId, string otherToken) = await StartSession(other);
        await using StreamClient bystander = await StreamClient.Connect(_studio, otherId, otherToken);
        await bystander.NextFrame();

        await using (StreamClient big = await StreamClient.Connect(_studio, id, token))
        {
            await big.NextFrame();
            await big.SendRaw(new string('x', 10_000));
            (WebSocketCloseStatus? status, string? reason) = await big.Closed();
            status.ShouldBe(WebSocketCloseStatus.MessageTooBig);
            reason!.ShouldContain("4096");
        }
        await using (StreamClient bad = await StreamClient.Connect(_studio, id, token))
        {
            await bad.NextFrame();
            await bad.SendRaw("""{"t":"key","seq":1,"code":"KeyW"}""");
            (WebSocketCloseStatus? status, string? reason) = await bad.Closed();
            status.ShouldBe(WebSocketCloseStatus.InvalidPayloadData);
            reason!.ShouldContain("down");
        }

        // The same session still serves its owner, and the other session never noticed.
        await using StreamClient back = await StreamClient.Connect(_studio, id, token);
        (await back.NextFrame()).ShouldNotBeNull();
        uint seq = await bystander.Key("KeyD", down: true);
        (await bystander.FrameAfter(seq)).LastInputSequence.ShouldBe(seq);
    }

    [Fact]
    public async Task StartSession_BeyondTheCap_IsBusyWithAMessage()
    {
        string world = (await _http.CreateWorld(Prompt)).GetProperty("id").GetString()!;
        await StartSession(world);
        await StartSession(world);

        (HttpResponseMessage res, JsonElement body) = await _http.PostJson("/api/sessions", new { worldId = world });

        res.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        res.Headers.RetryAfter.ShouldNotBeNull();
        body.GetProperty("error").GetString()!.ShouldContain("studio busy");
    }

    [Theory]
    [InlineData("""{"worldId":"wnope"}""", HttpStatusCode.NotFound)]
    [InlineData("""{"resolution":"480p"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"worldId":"wnope","resolution":"4k"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"worldId":""", HttpStatusCode.BadRequest)]
    public async Task StartSession_BadInput_Is4xx(string json, HttpStatusCode expected)
    {
        (HttpResponseMessage res, JsonElement body) = await _http.SendJson(HttpMethod.Post, "/api/sessions", json);

        res.StatusCode.ShouldBe(expected);
        body.GetProperty("error").GetString()!.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task DeleteWorld_WhileSomeoneWalksIt_IsRefused()
    {
        string world = (await _http.CreateWorld(Prompt)).GetProperty("id").GetString()!;
        (string id, string token) = await StartSession(world);

        (await _http.DeleteAsync($"/api/worlds/{world}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await EndSession(id, token);
        (await _http.DeleteAsync($"/api/worlds/{world}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task IdleSession_NobodyConnects_IsClosedAndFreed()
    {
        using var studio = new StudioFactory(new StudioOptions { MaxSessions = 1, IdleTimeout = TimeSpan.FromMilliseconds(200) });
        using HttpClient http = studio.CreateClient();
        string world = (await http.CreateWorld(Prompt)).GetProperty("id").GetString()!;
        (HttpResponseMessage first, _) = await http.PostJson("/api/sessions", new { worldId = world });
        first.StatusCode.ShouldBe(HttpStatusCode.Created);

        await Task.Delay(400, TestContext.Current.CancellationToken);
        var manager = (Sessions.SessionManager)studio.Services.GetService(typeof(Sessions.SessionManager))!;
        manager.Sweep();
        for (int i = 0; i < 100 && manager.Count > 0; i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        manager.Count.ShouldBe(0);
        (await http.PostJson("/api/sessions", new { worldId = world })).Response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
