using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Nacre.Studio;
using Nacre.StudioBench;

// Studio streaming benchmark (docs/performance.md): drives real sessions over WebSockets on loopback and reports
// frames a second delivered and input-to-frame latency p50/p95.
//   dotnet run -c Release --project benchmarks/Nacre.StudioBench -- [--url http://127.0.0.1:5170] [--seconds 20] [--json]
// Without --url it starts its own studio (a temporary database) on a free loopback port.
// Scenarios: one session at 720p, one at 480p, two at once at 480p.
string? url = Arg("--url");
double seconds = double.Parse(Arg("--seconds") ?? "20", CultureInfo.InvariantCulture);
bool json = args.Contains("--json");
const string Prompt = "a foggy pine forest at dusk with a wooden cabin by a lake";

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
string? data = null;
Task? studio = null;
if (url is null)
{
    data = Path.Combine(Path.GetTempPath(), "nacre-studiobench-" + Path.GetRandomFileName());
    var ready = new StudioUrlCatcher();
    studio = StudioApp.RunAsync(new StudioOptions { DataDirectory = data, MaxSessions = 2 }, "http://127.0.0.1:0", ready, stop.Token);
    url = await ready.Url.Task.WaitAsync(TimeSpan.FromSeconds(60));
}
var baseUri = new Uri(url);
using var http = new HttpClient { BaseAddress = baseUri };
using HttpResponseMessage created = await http.PostAsJsonAsync("/api/worlds", new { prompt = Prompt, seed = "1", name = "studio bench" });
string worldId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

var report = new List<ScenarioResult>();
foreach ((string name, string res, int sessions) in new[] { ("720p", "720p", 1), ("480p", "480p", 1), ("480p ×2", "480p", 2) })
{
    if (!json)
    {
        Console.Error.WriteLine($"studio bench: {name}, {seconds:0} s…");
    }
    var probes = Enumerable.Range(0, sessions).Select(_ => new StreamProbe()).ToArray();
    await Task.WhenAll(probes.Select(p => p.RunAsync(http, baseUri, worldId, res, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(seconds), stop.Token)));
    report.Add(ScenarioResult.From(name, probes));
}

// Directing: a command's first visible change, at 720p and 480p.
var commandLatency = new Dictionary<string, List<double>>();
foreach (string res in new[] { "720p", "480p" })
{
    if (!json)
    {
        Console.Error.WriteLine($"studio bench: direct {res}, command to first visible change…");
    }
    commandLatency[res] = await CommandProbe.RunAsync(http, baseUri, worldId, res, 20, stop.Token);
}

if (json)
{
    Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
}
else
{
    Console.WriteLine($"{"scenario",-9} {"session",7} {"fps",6} {"lat p50",8} {"lat p95",8} {"first",7} {"render",7} {"read",6} {"jpeg",6} {"KiB/f",6} {"drop",5}");
    foreach (ScenarioResult r in report)
    {
        foreach (SessionResult s in r.Sessions)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Scenario,-9} {s.Index,7} {s.Fps,6:0.0} {s.LatencyP50Ms,6:0} ms {s.LatencyP95Ms,5:0} ms {s.FirstFrameMs,4:0} ms {s.RenderMs,4:0.0} ms {s.ReadbackMs,3:0.0} ms {s.EncodeMs,3:0.0} ms {s.KiBPerFrame,6:0.0} {s.Dropped,5}"));
        }
    }
    foreach ((string res, List<double> l) in commandLatency)
    {
        double[] sorted = [.. l.Order()];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"direct {res}: command → first visible change p50 {Pct(sorted, 50):0} ms, p95 {Pct(sorted, 95):0} ms ({sorted.Length} commands)"));
    }
}

static double Pct(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];

if (studio is not null)
{
    await stop.CancelAsync();
    await studio.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(data!, recursive: true);
}
return 0;

string? Arg(string name)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
