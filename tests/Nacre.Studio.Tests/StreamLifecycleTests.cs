using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Nacre.Studio.Tests;

/// <summary>
/// Every way a stream can end, over real sockets on Kestrel: a client that vanishes without a close frame frees its
/// slot within the idle time, a reconnect with the token resumes and gets <c>ready</c>, and each protocol fault closes
/// with the code docs/api.md gives.
/// </summary>
[Trait("Category", "Slow")]
[Collection(HeavyStudioCollection.Name)]
public sealed class StreamLifecycleTests
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(3);

    private static async Task<(string Id, string Token)> StartSession(KestrelStudio studio, string worldId)
    {
        (HttpResponseMessage r, JsonElement s) = await studio.Http.PostJson("/api/sessions", new { worldId, resolution = "480p" });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, s.ToString());
        return (s.GetProperty("id").GetString()!, s.GetProperty("token").GetString()!);
    }

    private static async Task<ClientWebSocket> Connect(KestrelStudio studio, string id, string? token)
    {
        var ws = new ClientWebSocket();
        await ws.ConnectAsync(studio.StreamUrl(id), TestContext.Current.CancellationToken);
        if (token is not null)
        {
            await Send(ws, JsonSerializer.Serialize(new { t = "hello", token }));
        }
        return ws;
    }

    private static Task Send(ClientWebSocket ws, string text) =>
        ws.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, TestContext.Current.CancellationToken);

    /// <summary>The first text message (skipping frames), or null once the server closed.</summary>
    private static async Task<string?> NextText(ClientWebSocket ws)
    {
        byte[] buffer = new byte[1 << 20];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            int length = 0;
            WebSocketReceiveResult r;
            do
            {
                r = await ws.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), timeout.Token);
                length += r.Count;
            }
            while (!r.EndOfMessage);
            if (r.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            if (r.MessageType == WebSocketMessageType.Text)
            {
                return Encoding.UTF8.GetString(buffer, 0, length);
            }
        }
    }

    private static async Task<int> OpenSessions(KestrelStudio studio) =>
        (await studio.Http.GetJson("/api/health")).GetProperty("sessions").GetInt32();

    [Fact]
    public async Task DroppedClient_WithoutAClose_FreesItsSlotWithinTheIdleTime_AndAReconnectGetsReady()
    {
        await using KestrelStudio studio = await KestrelStudio.StartAsync(new StudioOptions { MaxSessions = 1, IdleTimeout = Idle });
        string world = (await studio.Http.CreateWorld("a meadow with a wooden cabin")).GetProperty("id").GetString()!;
        (string id, string token) = await StartSession(studio, world);

        // A tab that crashes: connected, then gone without a close frame.
        ClientWebSocket first = await Connect(studio, id, token);
        (await NextText(first)).ShouldNotBeNull().ShouldContain("\"ready\"");
        first.Abort();
        first.Dispose();

        // The owner comes back in time: the session resumes and says ready (never left waiting).
        using (ClientWebSocket again = await Connect(studio, id, token))
        {
            (await NextText(again)).ShouldNotBeNull().ShouldContain("\"ready\"");
            again.Abort();
        }

        // Then nobody comes back: the only slot is free again within the idle time (plus a sweep).
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await OpenSessions(studio) > 0 && waited.Elapsed < Idle * 4)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
        (await OpenSessions(studio)).ShouldBe(0, $"a dropped client still holds its session after {waited.Elapsed.TotalSeconds:0.0} s (idle time {Idle.TotalSeconds} s)");
        (string next, _) = await StartSession(studio, world);
        next.ShouldNotBe(id);
    }

    [Fact]
    public async Task Upgrade_FromAPageOnAnotherOrigin_IsRefusedOnKestrel()
    {
        await using KestrelStudio studio = await KestrelStudio.StartAsync(new StudioOptions());
        using var ws = new ClientWebSocket();
        ws.Options.SetRequestHeader("Origin", "http://evil.example");

        WebSocketException e = await Should.ThrowAsync<WebSocketException>(() => ws.ConnectAsync(studio.StreamUrl("s0000000000000"), TestContext.Current.CancellationToken));

        e.Message.ShouldContain("403");
    }

    public static TheoryData<string, WebSocketCloseStatus> Faults => new()
    {
        { "oversized", WebSocketCloseStatus.MessageTooBig },
        { "binary", WebSocketCloseStatus.InvalidMessageType },
        { "not-utf8", WebSocketCloseStatus.InvalidPayloadData },
        { "malformed", WebSocketCloseStatus.InvalidPayloadData },
        { "no-hello", WebSocketCloseStatus.PolicyViolation },
        { "wrong-token", WebSocketCloseStatus.PolicyViolation },
        { "silent", WebSocketCloseStatus.PolicyViolation },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task ProtocolFault_ClosesWithTheDocumentedCodeAndAReason(string fault, WebSocketCloseStatus expected)
    {
        await using KestrelStudio studio = await KestrelStudio.StartAsync(new StudioOptions());
        using ClientWebSocket ws = await Connect(studio, "s0000000000000", null);
        CancellationToken ct = TestContext.Current.CancellationToken;
        switch (fault)
        {
            case "oversized":
                await Send(ws, "{\"t\":\"hello\",\"token\":\"" + new string('a', 10_000) + "\"}");
                break;
            case "binary":
                await ws.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, true, ct);
                break;
            case "not-utf8":
                await ws.SendAsync(new byte[] { (byte)'{', 0xff, 0xfe, (byte)'}' }, WebSocketMessageType.Text, true, ct);
                break;
            case "malformed":
                await Send(ws, "{\"t\":\"hello\",");
                break;
            case "no-hello":
                await Send(ws, "{\"t\":\"key\",\"seq\":1,\"code\":\"KeyW\",\"down\":true}");
                break;
            case "wrong-token":
                await Send(ws, "{\"t\":\"hello\",\"token\":\"guess\"}");
                break;
            case "silent":
                break; // the hello never comes: closed after 5 s
        }

        (await NextText(ws)).ShouldBeNull();

        ws.CloseStatus.ShouldBe(expected, ws.CloseStatusDescription);
        if (fault != "not-utf8") // refused by the WebSocket layer itself, which gives the code only
        {
            ws.CloseStatusDescription.ShouldNotBeNullOrWhiteSpace();
        }
    }
}
