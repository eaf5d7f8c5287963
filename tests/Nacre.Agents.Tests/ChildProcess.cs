using System.Diagnostics;

namespace Nacre.Agents.Tests;

/// <summary>Runs a child process to the end with a time limit and returns its exit code and output.</summary>
internal static class ChildProcess
{
    public static (int Code, string StdOut, string StdErr) Run(string program, IEnumerable<string> args, TimeSpan limit)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using Process p = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + program);
        Task<string> stdout = p.StandardOutput.ReadToEndAsync();
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(limit))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} ran past {limit}");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
