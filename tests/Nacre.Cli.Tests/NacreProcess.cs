using System.Diagnostics;

namespace Nacre.Cli.Tests;

/// <summary>Runs the real nacre CLI (the built nacre.dll beside the tests) as a child process, as a user would.</summary>
public static class NacreProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(params string[] args) => Run(TimeSpan.FromMinutes(3), null, args);

    public static Result Run(TimeSpan timeout, string? workingDirectory, params string[] args) =>
        Run(timeout, workingDirectory, null, args);

    /// <summary>Runs nacre with extra environment variables (e.g. NACRE_FFMPEG to simulate a missing ffmpeg).</summary>
    public static Result Run(TimeSpan timeout, string? workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach ((string name, string value) in environment ?? new Dictionary<string, string>())
        {
            psi.Environment[name] = value;
        }
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "nacre.dll"));
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet");
        Task<string> stdout = p.StandardOutput.ReadToEndAsync();
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"nacre {string.Join(' ', args)} ran past {timeout}");
        }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
