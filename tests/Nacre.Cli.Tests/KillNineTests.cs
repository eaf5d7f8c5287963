using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Nacre.Storage;

namespace Nacre.Cli.Tests;

/// <summary>
/// The studio killed with SIGKILL while it is writing, three times over: every world whose creation was acknowledged
/// (201) is in the database afterwards, and the file passes SQLite's integrity check.
/// </summary>
[Trait("Category", "Slow")]
public sealed class KillNineTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("nacre-kill9-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Studio_KilledWhileWriting_LosesNoAcknowledgedWorld()
    {
        var acknowledged = new List<string>();
        for (int round = 0; round < 3; round++)
        {
            using Process studio = StartStudio(out Uri url);
            using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) };
            // One world first, so the writers below run against a warm studio (the first prompt loads the lexicon).
            using (HttpResponseMessage warm = await http.PostAsJsonAsync("/api/worlds", new { prompt = "a quiet meadow" }, TestContext.Current.CancellationToken))
            {
                warm.StatusCode.ShouldBe(HttpStatusCode.Created);
                acknowledged.Add((await warm.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetString()!);
            }
            using var writing = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var inFlight = new List<Task>();
            for (int w = 0; w < 4; w++)
            {
                int writer = w, r0 = round;
                inFlight.Add(Task.Run(async () =>
                {
                    for (int i = 0; !writing.IsCancellationRequested; i++)
                    {
                        try
                        {
                            using HttpResponseMessage r = await http.PostAsJsonAsync("/api/worlds", new { prompt = $"a cabin by a lake, round {r0} writer {writer} world {i}" });
                            if (r.StatusCode == HttpStatusCode.Created)
                            {
                                string id = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
                                lock (acknowledged)
                                {
                                    acknowledged.Add(id);
                                }
                            }
                        }
                        catch (HttpRequestException)
                        {
                            return; // killed under us
                        }
                    }
                }, TestContext.Current.CancellationToken));
            }
            await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
            studio.Kill(); // SIGKILL: no shutdown, no flush
            await studio.WaitForExitAsync(TestContext.Current.CancellationToken);
            await Task.WhenAll(inFlight).WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        }

        acknowledged.Count.ShouldBeGreaterThan(6, "writes were acknowledged before each kill");
        using WorldStore store = WorldStore.Open(Path.Combine(_data, "nacre.db"));
        store.CheckIntegrity().ShouldBeEmpty();
        HashSet<string> saved = [.. store.ListWorlds().Select(w => w.Id)];
        acknowledged.Where(id => !saved.Contains(id)).ShouldBeEmpty($"{acknowledged.Count} acknowledged, {saved.Count} saved");
    }

    private Process StartStudio(out Uri url)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in new[] { Path.Combine(AppContext.BaseDirectory, "nacre.dll"), "studio", "--urls", "http://127.0.0.1:0", "--data", _data })
        {
            psi.ArgumentList.Add(a);
        }
        Process p = Process.Start(psi)!;
        p.ErrorDataReceived += (_, _) => { };
        p.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            string? line = p.StandardOutput.ReadLine() ?? throw new InvalidOperationException("the studio exited before it listened");
            int at = line.IndexOf("http://", StringComparison.Ordinal);
            if (at >= 0)
            {
                url = new Uri(line[at..].Split(' ')[0]);
                return p;
            }
        }
        p.Kill();
        throw new TimeoutException("the studio did not say where it listens");
    }
}
