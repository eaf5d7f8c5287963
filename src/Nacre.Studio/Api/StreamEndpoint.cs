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
/// <c>{"t":"hello","token":"…"}</c> within 5 s (the token stays out of URLs and logs); then the server streams
/// binary frames (<see cref="FrameHeader"/> + JPEG) and JSON notices, and the client sends input events.
/// Protocol faults close only this connection, with a reason; the session lives on for its owner to reconnect.
/// </summary>
public static class StreamEndpoint
{
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(5);

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
        try
        {
            StudioSession? session;
            using (var helloTimeout = CancellationTokenSource.CreateLinkedTokenSource(aborted))
            {
                helloTimeout.CancelAfter(HelloTimeout);
                ClientMessage? hello;
                try
                {
                    hello = await ReceiveAsync(ws, buffer, options.MaxClientMessageBytes, helloTimeout.Token);
                }
                catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
                {
                    await CloseAsync(ws, WebSocketCloseStatus.PolicyViolation, "send {\"t\":\"hello\",\"token\":...} first, within 5 seconds");
                    return;
                }
                catch (ProtocolException e)
                {
                    await CloseAsync(ws, WebSocketCloseStatus.InvalidPayloadData, e.Message);
                    return;
                }
                if (hello?.Token is null)
                {
                    await CloseAsync(ws, WebSocketCloseStatus.PolicyViolation, "the first message must be {\"t\":\"hello\",\"token\":...}");
                    return;
                }
                session = sessions.Find(id, hello.Token);
                if (session is null)
                {
                    await CloseAsync(ws, WebSocketCloseStatus.PolicyViolation, "no such session for this token (it may have ended): start a new one");
                    return;
                }
            }

            long connection = session.Attach();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
            session.Outbox.PublishText(JsonSerializer.Serialize(new
            {
                t = "ready",
                session = session.Id,
                world = new { id = session.World.Id, name = session.World.Name },
                width = session.Resolution.Width,
                height = session.Resolution.Height,
            }));
            Task sending = SendLoopAsync(ws, session, connection, stop.Token);
            (WebSocketCloseStatus status, string reason) = await ReceiveLoopAsync(ws, buffer, session, connection, options, stop.Token);
            await stop.CancelAsync();
            await sending.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            session.Detach(connection);
            await CloseAsync(ws, status, reason);
        }
        catch (WebSocketException e)
        {
            if (log.IsEnabled(LogLevel.Debug))
            {
                log.LogDebug(e, "stream {Session} dropped", id);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<(WebSocketCloseStatus, string)> ReceiveLoopAsync(
        WebSocket ws, byte[] buffer, StudioSession session, long connection, StudioOptions options, CancellationToken cancel)
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
                return (e.Message.StartsWith("message over", StringComparison.Ordinal) ? WebSocketCloseStatus.MessageTooBig : WebSocketCloseStatus.InvalidPayloadData, e.Message);
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
                session.Enqueue(input);
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
                // Superseded by a newer tab, or the session is closing: flush its last words, then stop.
                while (outbox.TryTakeText(out string last))
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

    /// <summary>Receives one whole text message (null when the client closed); refuses binary and oversized ones.</summary>
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
                throw new ProtocolException($"message over {maxBytes} bytes: input events are small JSON objects");
            }
            if (r.MessageType != WebSocketMessageType.Text)
            {
                throw new ProtocolException("the client sends JSON text messages, not binary");
            }
            if (r.EndOfMessage)
            {
                return ClientMessage.Parse(buffer.AsSpan(0, length));
            }
        }
    }

    private static async Task CloseAsync(WebSocket ws, WebSocketCloseStatus status, string reason)
    {
        if (ws.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            // A close reason is at most 123 bytes of UTF-8: cut at a character boundary below that.
            string r = reason;
            while (System.Text.Encoding.UTF8.GetByteCount(r) > 123)
            {
                r = r[..^1];
            }
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await ws.CloseOutputAsync(status, r, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }
    }
}
