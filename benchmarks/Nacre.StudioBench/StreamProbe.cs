using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Nacre.Studio.Streaming;

namespace Nacre.StudioBench;

/// <summary>
/// One benchmark client: starts a session on a world, connects its WebSocket, walks forward while turning the view
/// 20 times a second, and measures what arrives: frames a second, and for each input the time from sending it to
/// receiving the first frame whose header says it was applied (input-to-frame latency, without the browser's JPEG
/// decode, which adds ≈ 2–5 ms).
/// </summary>
public sealed class StreamProbe
{
    private readonly List<double> _latenciesMs = [];
    private readonly List<FrameHeader> _headers = [];
    private long _bytes;

    public IReadOnlyList<double> LatenciesMs => _latenciesMs;

    public IReadOnlyList<FrameHeader> Headers => _headers;

    public long Bytes => _bytes;

    public double MeasuredSeconds { get; private set; }

    public double FirstFrameMs { get; private set; }

    public async Task RunAsync(HttpClient http, Uri baseUri, string worldId, string resolution, TimeSpan warmup, TimeSpan duration, CancellationToken cancel)
    {
        long asked = Stopwatch.GetTimestamp();
        using HttpResponseMessage started = await http.PostAsJsonAsync("/api/sessions", new { worldId, resolution }, cancel);
        JsonElement session = await started.Content.ReadFromJsonAsync<JsonElement>(cancel);
        if (!started.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"could not start a session: {session}");
        }
        string id = session.GetProperty("id").GetString()!;
        string token = session.GetProperty("token").GetString()!;
        using var ws = new ClientWebSocket();
        var wsUri = new UriBuilder(baseUri) { Scheme = baseUri.Scheme == "https" ? "wss" : "ws", Path = $"/api/sessions/{id}/stream" }.Uri;
        await ws.ConnectAsync(wsUri, cancel);
        await Send(ws, JsonSerializer.Serialize(new { t = "hello", token }), cancel);

        var sent = new SortedDictionary<uint, long>();
        uint seq = 0;
        byte[] buffer = new byte[8 << 20];
        long start = 0, end = 0;
        bool measuring = false;

        using var inputs = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancel, inputs.Token);
        var sendLock = new SemaphoreSlim(1, 1);
        async Task SendInput(object message)
        {
            await sendLock.WaitAsync(linked.Token);
            try
            {
                uint s = ++seq;
                lock (sent)
                {
                    sent[s] = Stopwatch.GetTimestamp();
                }
                string json = JsonSerializer.Serialize(message).Replace("\"seq\":0", $"\"seq\":{s}", StringComparison.Ordinal);
                await Send(ws, json, linked.Token);
            }
            finally
            {
                sendLock.Release();
            }
        }

        Task driver = Task.Run(async () =>
        {
            await SendInput(new { t = "key", seq = 0, code = "KeyW", down = true });
            int i = 0;
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
            while (await timer.WaitForNextTickAsync(linked.Token))
            {
                // A gentle weave: the view swings a few degrees left and right while walking.
                float dx = (i++ / 20 % 2 == 0) ? 6f : -6f;
                await SendInput(new { t = "look", seq = 0, dx, dy = 0f });
            }
        }, linked.Token);

        try
        {
            while (true)
            {
                int length = 0;
                WebSocketReceiveResult r;
                do
                {
                    r = await ws.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), cancel);
                    length += r.Count;
                }
                while (!r.EndOfMessage);
                long now = Stopwatch.GetTimestamp();
                if (r.MessageType == WebSocketMessageType.Close)
                {
                    throw new InvalidOperationException($"the studio closed the stream: {ws.CloseStatus} {ws.CloseStatusDescription}");
                }
                if (r.MessageType != WebSocketMessageType.Binary)
                {
                    continue;
                }
                FrameHeader h = FrameHeader.Read(buffer.AsSpan(0, length));
                if (FirstFrameMs == 0)
                {
                    FirstFrameMs = Stopwatch.GetElapsedTime(asked).TotalMilliseconds;
                    start = now + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
                    end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
                }
                measuring = now >= start;
                lock (sent)
                {
                    while (sent.Count > 0 && sent.First().Key <= h.LastInputSequence)
                    {
                        KeyValuePair<uint, long> first = sent.First();
                        if (measuring)
                        {
                            _latenciesMs.Add(Stopwatch.GetElapsedTime(first.Value, now).TotalMilliseconds);
                        }
                        sent.Remove(first.Key);
                    }
                }
                if (measuring)
                {
                    _headers.Add(h);
                    _bytes += length;
                }
                if (now >= end)
                {
                    MeasuredSeconds = Stopwatch.GetElapsedTime(start, now).TotalSeconds;
                    break;
                }
            }
        }
        finally
        {
            await inputs.CancelAsync();
            await driver.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (ws.State == WebSocketState.Open)
            {
                await ws.CloseAsync(WebSocketCloseStatus.NormalClosure, "bench done", CancellationToken.None);
            }
            using var end2 = new HttpRequestMessage(HttpMethod.Delete, $"/api/sessions/{id}");
            end2.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            using HttpResponseMessage _ = await http.SendAsync(end2, CancellationToken.None);
        }
    }

    private static Task Send(ClientWebSocket ws, string text, CancellationToken cancel) =>
        ws.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancel);
}
