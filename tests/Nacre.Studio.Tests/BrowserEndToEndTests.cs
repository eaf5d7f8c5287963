using System.Diagnostics;
using System.Text.Json;

namespace Nacre.Studio.Tests;

/// <summary>
/// The studio as a person uses it, in real headless Chromium (tests/e2e/studio.e2e.mjs through playwright-core):
/// type a prompt, enter, hold W, leave, reopen from the gallery at the same place and view. The studio runs for
/// real on Kestrel on a free loopback port. Screenshots and measurements stay in artifacts/e2e/.
/// </summary>
[Trait("Category", "E2E")]
[Trait("Category", "Slow")]
[Collection(HeavyStudioCollection.Name)]
public sealed class BrowserEndToEndTests
{
    [Fact]
    public async Task NewUser_CreatesWalksLeavesAndReopensAWorld()
    {
        string root = RepoRoot();
        string script = Path.Combine(root, "tests", "e2e", "studio.e2e.mjs");
        File.Exists(Path.Combine(root, "tests", "e2e", "node_modules", "playwright-core", "package.json"))
            .ShouldBeTrue("run tests/e2e/setup.sh first (test.sh does): it installs Chromium, Node.js and playwright-core");
        string artifacts = Path.Combine(root, "artifacts", "e2e");
        string data = Path.Combine(Path.GetTempPath(), "nacre-e2e-" + Path.GetRandomFileName());

        using var stop = new CancellationTokenSource();
        var announced = new UrlWriter();
        Task studio = StudioApp.RunAsync(new StudioOptions { DataDirectory = data }, "http://127.0.0.1:0", announced, stop.Token);
        try
        {
            string url = await announced.Url.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
            var psi = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.Combine(root, "tests", "e2e") };
            psi.ArgumentList.Add(script);
            psi.ArgumentList.Add(url);
            psi.ArgumentList.Add(artifacts);
            using Process node = Process.Start(psi)!;
            Task<string> stdout = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            Task<string> stderr = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            if (!node.WaitForExit(TimeSpan.FromMinutes(4)))
            {
                node.Kill(entireProcessTree: true);
                throw new TimeoutException("the browser test ran past 4 minutes");
            }
            string output = await stdout;
            TestContext.Current.SendDiagnosticMessage(output);
            node.ExitCode.ShouldBe(0, $"{await stderr}\n{output}");
            using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(artifacts, "results.json")));
            results.RootElement.GetProperty("ok").GetBoolean().ShouldBeTrue();
            File.Exists(Path.Combine(artifacts, "06-reopened.png")).ShouldBeTrue();
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

    private static string RepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Nacre.slnx")))
        {
            dir = Path.GetDirectoryName(dir);
        }
        return dir ?? throw new InvalidOperationException("Nacre.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Catches the line the studio prints when it is ready ("… running at http://127.0.0.1:PORT/ …").</summary>
    private sealed class UrlWriter : StringWriter
    {
        public TaskCompletionSource<string> Url { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override Task WriteLineAsync(string? value)
        {
            int at = value?.IndexOf("http://", StringComparison.Ordinal) ?? -1;
            if (at >= 0)
            {
                Url.TrySetResult(value![at..].Split(' ')[0]);
            }
            return base.WriteLineAsync(value);
        }
    }
}
