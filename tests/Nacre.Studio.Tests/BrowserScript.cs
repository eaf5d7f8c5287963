using System.Diagnostics;
using System.Text.Json;

namespace Nacre.Studio.Tests;

/// <summary>
/// Runs one of the tests/e2e/*.e2e.mjs scripts (playwright-core driving headless Chromium) against a real studio on
/// Kestrel, on a free loopback port and a fresh database, and returns its results.json. The script's screenshots
/// and measurements stay in artifacts/&lt;folder&gt;/.
/// </summary>
internal static class BrowserScript
{
    /// <summary>The repository's root (the folder holding Nacre.slnx).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static async Task<JsonElement> RunAsync(string scriptName, string artifactsFolder, TimeSpan limit)
    {
        string e2e = Path.Combine(RepoRoot, "tests", "e2e");
        File.Exists(Path.Combine(e2e, "node_modules", "playwright-core", "package.json"))
            .ShouldBeTrue("run tests/e2e/setup.sh first (test.sh does): it installs Chromium, Node.js and playwright-core");
        string artifacts = Path.Combine(RepoRoot, "artifacts", artifactsFolder);
        string data = Path.Combine(Path.GetTempPath(), $"nacre-{artifactsFolder}-" + Path.GetRandomFileName());
        CancellationToken cancel = TestContext.Current.CancellationToken;

        using var stop = new CancellationTokenSource();
        var announced = new StudioUrlCatcher();
        Task studio = StudioApp.RunAsync(new StudioOptions { DataDirectory = data }, "http://127.0.0.1:0", announced, stop.Token);
        try
        {
            string url = await announced.Url.Task.WaitAsync(TimeSpan.FromSeconds(60), cancel);
            var psi = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = e2e };
            psi.ArgumentList.Add(Path.Combine(e2e, scriptName));
            psi.ArgumentList.Add(url);
            psi.ArgumentList.Add(artifacts);
            using Process node = Process.Start(psi)!;
            Task<string> stdout = node.StandardOutput.ReadToEndAsync(cancel);
            Task<string> stderr = node.StandardError.ReadToEndAsync(cancel);
            if (!node.WaitForExit(limit))
            {
                node.Kill(entireProcessTree: true);
                throw new TimeoutException($"the browser test ran past {limit.TotalMinutes:0} minutes");
            }
            string output = await stdout;
            TestContext.Current.SendDiagnosticMessage(output);
            node.ExitCode.ShouldBe(0, $"{await stderr}\n{output}");
            using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(artifacts, "results.json")));
            return results.RootElement.Clone();
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await studio;
            }
            catch (OperationCanceledException)
            {
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static string FindRepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Nacre.slnx")))
        {
            dir = Path.GetDirectoryName(dir);
        }
        return dir ?? throw new InvalidOperationException("Nacre.slnx not found above " + AppContext.BaseDirectory);
    }
}
