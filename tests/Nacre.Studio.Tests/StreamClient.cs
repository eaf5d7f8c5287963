using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Nacre.Studio.Streaming;

namespace Nacre.Studio.Tests;

/// <summary>A session's WebSocket as a test drives it: hello, inputs with sequence numbers, frames and notices.</summary>
public sealed class StreamClient : IAsyncDisposable
{
    private readonly WebSocket _ws;
    private uint _seq;

    private StreamClient(WebSocket ws)
    {
        _ws = ws;
    }

    public List<string> Texts { get; } = [];

    public WebSocketCloseStatus? CloseStatus => _ws.CloseStatus;

    public string? CloseReason => _ws.CloseStatusDescription;

    public static async Task<StreamClient> Connect(StudioFactory studio, string sessionId, string? token)
    {
        WebSocket ws = await studio.Server.CreateWebSocketClient()
            .ConnectAsync(new Uri(studio.Server.BaseAddress, $"api/sessions/{sessionId}/stream"), CancellationToken.None);
        var client = new StreamClient(ws);
        if (token is not null)
        {
            await client.SendRaw(JsonSerializer.Serialize(new { t = "hello", token }));
        }
        return client;
    }

    public Task SendRaw(string text) =>
        _ws.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SendRaw(byte[] bytes, WebSocketMessageType type) => _ws.SendAsync(bytes, type, true, CancellationToken.None);

    public async Task<uint> Key(string code, bool down)
    {
        uint seq = ++_seq;
        await SendRaw(JsonSerializer.Serialize(new { t = "key", seq, code, down }));
        return seq;
    }

    public async Task<uint> Look(float dx, float dy)
    {
        uint seq = ++_seq;
        await SendRaw(JsonSerializer.Serialize(new { t = "look", seq, dx, dy }));
        return seq;
    }

    /// <summary>The next frame (text messages on the way are kept in <see cref="Texts"/>); null when the server closed.</summary>
    public async Task<(FrameHeader Header, byte[] Jpeg)?> NextFrame(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        byte[] buffer = new byte[4 << 20];
        while (true)
        {
            int length = 0;
            WebSocketReceiveResult r;
            do
            {
                r = await _ws.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), cts.Token);
                length += r.Count;
            }
            while (!r.EndOfMessage && r.MessageType != WebSocketMessageType.Close);
            if (r.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            if (r.MessageType == WebSocketMessageType.Text)
            {
                Texts.Add(Encoding.UTF8.GetString(buffer, 0, length));
                continue;
            }
            FrameHeader h = FrameHeader.Read(buffer.AsSpan(0, length));
            return (h, buffer.AsSpan(FrameHeader.Size, length - FrameHeader.Size).ToArray());
        }
    }

    /// <summary>Reads frames until one has applied input <paramref name="seq"/> (and <paramref name="extra"/> more after it).</summary>
    public async Task<FrameHeader> FrameAfter(uint seq, int extra = 0)
    {
        FrameHeader? found = null;
        for (int i = 0; i < 2000; i++)
        {
            (FrameHeader Header, byte[] Jpeg)? f = await NextFrame() ?? throw new InvalidOperationException($"stream closed: {CloseStatus} {CloseReason}");
            if (f.Value.Header.LastInputSequence >= seq)
            {
                found = f.Value.Header;
                if (extra-- <= 0)
                {
                    return found.Value;
                }
            }
        }
        throw new TimeoutException($"no frame applied input {seq}");
    }

    /// <summary>Waits for the server to close; returns its status and reason.</summary>
    public async Task<(WebSocketCloseStatus? Status, string? Reason)> Closed()
    {
        while (await NextFrame(TimeSpan.FromSeconds(20)) is not null)
        {
        }
        return (_ws.CloseStatus, _ws.CloseStatusDescription);
    }

    public async ValueTask DisposeAsync()
    {
        if (_ws.State == WebSocketState.Open)
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _ws.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", cts.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }
        _ws.Dispose();
    }
}
