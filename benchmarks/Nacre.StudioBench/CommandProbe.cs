using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Nacre.Studio.Streaming;

namespace Nacre.StudioBench;

/// <summary>
/// Directing latency: in a Direct-mode session, sends "set the time to 23:00 instantly" and "… 12:00 instantly" in
/// turn and measures, for each, the time from sending the command to receiving the first frame that shows the new
/// time of day (the command's first visible change; target 100 ms).
/// </summary>
public static class CommandProbe
{
    public static async Task<List<double>> RunAsync(HttpClient http, Uri baseUri, string worldId, string resolution, int commands, CancellationToken cancel)
    {
        using HttpResponseMessage started = await http.PostAsJsonAsync("/api/sessions", new { worldId, resolution }, cancel);
        JsonElement session = await started.Content.ReadFromJsonAsync<JsonElement>(cancel);
        string id = session.GetProperty("id").GetString()!;
        string token = session.GetProperty("token").GetString()!;
        using var ws = new ClientWebSocket();
        await ws.ConnectAsync(new UriBuilder(baseUri) { Scheme = "ws", Path = $"/api/sessions/{id}/stream" }.Uri, cancel);
        await Send(ws, JsonSerializer.Serialize(new { t = "hello", token }), cancel);
        await Send(ws, JsonSerializer.Serialize(new { t = "mode", seq = 1, mode = "direct" }), cancel);
        byte[] buffer = new byte[8 << 20];
        var latencies = new List<double>();
        try
        {
            await ReceiveFramesUntil(ws, buffer, TimeSpan.FromSeconds(3), _ => false, cancel); // settle
            for (int i = 0; i < commands; i++)
            {
                float hours = i % 2 == 0 ? 23f : 12f;
                long sent = Stopwatch.GetTimestamp();
                await Send(ws, JsonSerializer.Serialize(new { t = "cmd", seq = (uint)(i + 2), text = $"set the time to {hours:00}:00 instantly" }), cancel);
                if (await ReceiveFramesUntil(ws, buffer, TimeSpan.FromSeconds(5), h => MathF.Abs(h.TimeOfDayHours - hours) < 0.05f, cancel))
                {
                    latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                }
                await ReceiveFramesUntil(ws, buffer, TimeSpan.FromMilliseconds(300), _ => false, cancel);
            }
        }
        finally
        {
            if (ws.State == WebSocketState.Open)
            {
                await ws.CloseAsync(WebSocketCloseStatus.NormalClosure, "bench done", CancellationToken.None);
            }
            using var end = new HttpRequestMessage(HttpMethod.Delete, $"/api/sessions/{id}");
            end.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            using HttpResponseMessage _ = await http.SendAsync(end, CancellationToken.None);
        }
        return latencies;
    }

    /// <summary>Reads frames until one satisfies <paramref name="done"/> (true) or the time is up (false).</summary>
    private static async Task<bool> ReceiveFramesUntil(ClientWebSocket ws, byte[] buffer, TimeSpan limit, Func<FrameHeader, bool> done, CancellationToken cancel)
    {
        long until = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            int length = 0;
            WebSocketReceiveResult r;
            do
            {
                r = await ws.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), cancel);
                length += r.Count;
            }
            while (!r.EndOfMessage);
            if (r.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException($"the studio closed the stream: {ws.CloseStatusDescription}");
            }
            if (r.MessageType == WebSocketMessageType.Binary && done(FrameHeader.Read(buffer.AsSpan(0, length))))
            {
                return true;
            }
        }
        return false;
    }

    private static Task Send(ClientWebSocket ws, string text, CancellationToken cancel) =>
        ws.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancel);
}
