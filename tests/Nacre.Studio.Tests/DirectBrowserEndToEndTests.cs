using System.Diagnostics;
using System.Text.Json;

namespace Nacre.Studio.Tests;

/// <summary>
/// Direct mode as a new user meets it, in real headless Chromium (tests/e2e/direct.e2e.mjs through playwright-core):
/// create and enter a world, switch to Direct, frame the cabin, record a take (dolly in, nightfall, a red car), stop,
/// find it in the take list, get a "did you mean" for a typo, replay the take and render it to an MP4 that downloads.
/// The studio runs for real on Kestrel on a free loopback port. Screenshots and measurements stay in artifacts/e2e-direct/.
/// </summary>
[Trait("Category", "E2E")]
[Trait("Category", "Slow")]
[Collection(HeavyStudioCollection.Name)]
public sealed class DirectBrowserEndToEndTests
{
    [Fact]
    public async Task NewUser_DirectsRecordsReplaysAndRendersAScene()
    {
        string root = RepoRoot();
        string script = Path.Combine(root, "tests", "e2e", "direct.e2e.mjs");
        File.Exists(Path.Combine(root, "tests", "e2e", "node_modules", "playwright-core", "package.json"))
            .ShouldBeTrue("run tests/e2e/setup.sh first (test.sh does): it installs Chromium, Node.js and playwright-core");
        string artifacts = Path.Combine(root, "artifacts", "e2e-direct");
        string data = Path.Combine(Path.GetTempPath(), "nacre-e2e-direct-" + Path.GetRandomFileName());

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
            // Rendering the take to MP4 alone may take up to three minutes on a loaded two-core machine.
            if (!node.WaitForExit(TimeSpan.FromMinutes(6)))
            {
                node.Kill(entireProcessTree: true);
                throw new TimeoutException("the browser test ran past 6 minutes");
            }
            string output = await stdout;
            TestContext.Current.SendDiagnosticMessage(output);
            node.ExitCode.ShouldBe(0, $"{await stderr}\n{output}");
            using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(artifacts, "results.json")));
            results.RootElement.GetProperty("ok").GetBoolean().ShouldBeTrue();
            File.Exists(Path.Combine(artifacts, "05-rendered.png")).ShouldBeTrue();
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
