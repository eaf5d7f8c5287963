using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Nacre.Studio.Sessions;
using Nacre.Studio.Streaming;

namespace Nacre.Studio.Api;

/// <summary>
/// GET /api/sessions/{id}/stream: the session's WebSocket. The first message must be
/// <c>{"t":"hello","token":"…"}</c> within 5 s (the token stays out of URLs and logs); then the server sends
/// <c>ready</c>, streams binary frames (<see cref="FrameHeader"/> + JPEG) and JSON notices, and the client sends input
/// events. Protocol faults close only this connection, with the code and reason of docs/api.md; the session lives on
/// for its owner to reconnect. However the connection ends (close, abort, protocol fault, shutdown) the session is
/// detached from it, so an abandoned session is reclaimed after <see cref="StudioOptions.IdleTimeout"/>.
/// </summary>
public static class StreamEndpoint
{
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(5);

    /// <summary>How long a closing connection waits for the client's close frame before it is dropped.</summary>
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.Map("/api/sessions/{id}/stream", async (string id, HttpContext http, SessionManager sessions, StudioOptions options, ILoggerFactory logs) =>
        {
            if (!http.WebSockets.IsWebSocketRequest)
            {
                return ApiError.BadRequest("this is the session's WebSocket: connect with a WebSocket client (ws://…)");
            }
            using WebSocket ws = await http.WebSockets.AcceptWebSocketAsync();
            await RunAsync(ws, id, sessions, options, logs.CreateLogger(typeof(StreamEndpoint)), http.RequestAborted);
            return Results.Empty;
        });
    }

    private static async Task RunAsync(WebSocket ws, string id, SessionManager sessions, StudioOptions options, ILogger log, CancellationToken aborted)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(options.MaxClientMessageBytes + 1);
        StudioSession? session = null;
        long connection = 0;
        try
        {
            (session, WebSocketCloseStatus refusal, string reason) = await HelloAsync(ws, buffer, id, sessions, options, aborted);
            if (session is null)
            {
                await CloseAsync(ws, refusal, reason);
                return;
            }
            connection = session.Attach();
            // Straight to this socket, before the send loop starts: never through the outbox, which an older
            // connection of the same session may still be draining.
            await SendTextAsync(ws, ReadyMessage(session), aborted);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, sessions.Stopping);
            using var throttle = new InputThrottle(options);
            Task sending = SendLoopAsync(ws, session, connection, stop.Token);
            (WebSocketCloseStatus status, string closing) = await ReceiveLoopAsync(ws, buffer, session, connection, options, throttle, stop.Token);
            await stop.CancelAsync();
            await sending.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (sessions.Stopping.IsCancellationRequested)
            {
                (status, closing) = (WebSocketCloseStatus.EndpointUnavailable, "the studio is shutting down");
            }
            await CloseAsync(ws, status, closing);
        }
        catch (WebSocketException e) when (e.WebSocketErrorCode != WebSocketError.ConnectionClosedPrematurely)
        {
            // The socket itself refused a frame (text that is not UTF-8) and sent its close code (1007): hold the
            // connection a moment so the client reads that close frame, or it sees only a reset (1006).
            await AwaitClientCloseAsync(ws);
            if (log.IsEnabled(LogLevel.Debug))
            {
                log.LogDebug("stream {Session} refused a frame: {Reason}", id, e.Message);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The client went away without a close handshake (tab crash, network drop): nothing to say to it.
            if (log.IsEnabled(LogLevel.Debug))
            {
                log.LogDebug("stream {Session} dropped: {Reason}", id, e.Message);
            }
        }
        finally
        {
            session?.Detach(connection);
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Waits for the hello and finds its session; a null session comes with the close code and reason to send.</summary>
    private static async Task<(StudioSession?, WebSocketCloseStatus, string)> HelloAsync(
        WebSocket ws, byte[] buffer, string id, SessionManager sessions, StudioOptions options, CancellationToken aborted)
    {
        // Not a cancelled receive: cancelling a WebSocket receive aborts the socket, and the client would see 1006
        // instead of the reason.
        Task<ClientMessage?> receiving = ReceiveAsync(ws, buffer, options.MaxClientMessageBytes, aborted);
        if (await Task.WhenAny(receiving, Task.Delay(HelloTimeout, aborted)) != receiving)
        {
            aborted.ThrowIfCancellationRequested();
            _ = receiving.ContinueWith(t => t.Exception, TaskScheduler.Default); // observed: it ends when the socket does
            return (null, WebSocketCloseStatus.PolicyViolation, "send {\"t\":\"hello\",\"token\":...} first, within 5 seconds");
        }
        ClientMessage? hello;
        try
        {
            hello = await receiving;
        }
        catch (ProtocolException e)
        {
            return (null, e.CloseStatus, e.Message);
        }
        if (hello?.Token is null)
        {
            return (null, WebSocketCloseStatus.PolicyViolation, "the first message must be {\"t\":\"hello\",\"token\":...}");
        }
        StudioSession? session = sessions.Find(id, hello.Token);
        return session is null
            ? (null, WebSocketCloseStatus.PolicyViolation, "no such session for this token (it may have ended): start a new one")
            : (session, default, "");
    }

    private static string ReadyMessage(StudioSession session) => JsonSerializer.Serialize(new
    {
        t = "ready",
        session = session.Id,
        world = new { id = session.World.Id, name = session.World.Name },
        width = session.Resolution.Width,
        height = session.Resolution.Height,
        notices = session.OpenNotices,
    });

    private static async Task<(WebSocketCloseStatus, string)> ReceiveLoopAsync(
        WebSocket ws, byte[] buffer, StudioSession session, long connection, StudioOptions options, InputThrottle throttle, CancellationToken cancel)
    {
        while (ws.State == WebSocketState.Open && !cancel.IsCancellationRequested)
        {
            ClientMessage? message;
            try
            {
                message = await ReceiveAsync(ws, buffer, options.MaxClientMessageBytes, cancel);
            }
            catch (ProtocolException e)
            {
                return (e.CloseStatus, e.Message);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            if (message is null)
            {
                return (WebSocketCloseStatus.NormalClosure, "bye");
            }
            if (!session.IsCurrent(connection))
            {
                return (WebSocketCloseStatus.PolicyViolation, session.IsClosing
                    ? "the session ended: reopen the world from the gallery"
                    : "this session was opened in another tab");
            }
            if (message.Input is { } input)
            {
                switch (throttle.Admit(input))
                {
                    case InputAdmission.Accepted:
                        session.Enqueue(input);
                        break;
                    case InputAdmission.SlowDown:
                        session.Outbox.PublishText(JsonSerializer.Serialize(new
                        {
                            t = "reply", seq = input.Sequence, ok = false, suggestion = (string?)null,
                            text = $"slow down: at most {options.MaxCommandsPerSecond} commands a second",
                        }));
                        break;
                    case InputAdmission.Dropped:
                        break;
                }
            }
        }
        return (WebSocketCloseStatus.NormalClosure, session.IsClosing ? "the session ended" : "closed");
    }

    private static async Task SendLoopAsync(WebSocket ws, StudioSession session, long connection, CancellationToken cancel)
    {
        StreamOutbox outbox = session.Outbox;
        while (!cancel.IsCancellationRequested && ws.State == WebSocketState.Open)
        {
            await outbox.WaitAsync(cancel);
            if (!session.IsCurrent(connection))
            {
                // Superseded by a newer tab, or the session is closing: flush its last words (only when closing, as
                // a newer tab's messages are its own), then stop.
                while (session.IsClosing && outbox.TryTakeText(out string last))
                {
                    await SendTextAsync(ws, last, cancel);
                }
                await CloseAsync(ws, WebSocketCloseStatus.PolicyViolation, session.IsClosing
                    ? "the session ended: reopen the world from the gallery"
                    : "this session was opened in another tab");
                return;
            }
            while (outbox.TryTakeText(out string text))
            {
                await SendTextAsync(ws, text, cancel);
            }
            if (outbox.TakeFrame() is { } frame)
            {
                long t0 = Stopwatch.GetTimestamp();
                await ws.SendAsync(frame.Message, WebSocketMessageType.Binary, endOfMessage: true, cancel);
                session.FrameSent((uint)Math.Min(uint.MaxValue, Stopwatch.GetElapsedTime(t0).Ticks / 10));
            }
        }
    }

    private static Task SendTextAsync(WebSocket ws, string text, CancellationToken cancel) =>
        ws.SendAsync(System.Text.Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancel);

    /// <summary>Receives one whole text message (null when the client closed); refuses binary, oversized and non-UTF-8 ones.</summary>
    private static async Task<ClientMessage?> ReceiveAsync(WebSocket ws, byte[] buffer, int maxBytes, CancellationToken cancel)
    {
        int length = 0;
        while (true)
        {
            WebSocketReceiveResult r = await ws.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), cancel);
            if (r.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            length += r.Count;
            if (length > maxBytes)
            {
                throw new ProtocolException($"message over {maxBytes} bytes: input events are small JSON objects", WebSocketCloseStatus.MessageTooBig);
            }
            if (r.MessageType != WebSocketMessageType.Text)
            {
                throw new ProtocolException("the client sends JSON text messages, not binary", WebSocketCloseStatus.InvalidMessageType);
            }
            if (r.EndOfMessage)
            {
                return ClientMessage.Parse(buffer.AsSpan(0, length));
            }
        }
    }

    /// <summary>
    /// After a close frame went out: reads (and drops) until the client's close frame arrives, for 2 s at most; when
    /// the socket has already aborted itself, just waits 1 s, which gives the client time to read what was sent.
    /// </summary>
    private static async Task AwaitClientCloseAsync(WebSocket ws)
    {
        if (ws.State != WebSocketState.CloseSent)
        {
            await Task.Delay(CloseHandshakeTimeout / 2);
            return;
        }
        byte[] scratch = new byte[256];
        using var timeout = new CancellationTokenSource(CloseHandshakeTimeout);
        try
        {
            while (ws.State == WebSocketState.CloseSent
                && (await ws.ReceiveAsync(scratch, timeout.Token)).MessageType != WebSocketMessageType.Close)
            {
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }
    }

    /// <summary>Sends a close frame with the code and reason, then waits briefly for the client's, so it sees them.</summary>
    private static async Task CloseAsync(WebSocket ws, WebSocketCloseStatus status, string reason)
    {
        if (ws.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }
        // A close reason is at most 123 bytes of UTF-8: cut at a character boundary below that.
        string r = reason;
        while (System.Text.Encoding.UTF8.GetByteCount(r) > 123)
        {
            r = r[..^1];
        }
        using var timeout = new CancellationTokenSource(CloseHandshakeTimeout);
        try
        {
            await ws.CloseOutputAsync(status, r, timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }
    }
}
