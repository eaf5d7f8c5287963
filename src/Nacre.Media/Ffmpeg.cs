using System.ComponentModel;
using System.Diagnostics;

namespace Nacre.Media;

/// <summary>
/// Where the ffmpeg tools are. Debian's <c>ffmpeg</c> package on the PATH by default; the environment variables
/// <c>NACRE_FFMPEG</c> and <c>NACRE_FFPROBE</c> name other executables (tests use them to simulate a missing ffmpeg).
/// </summary>
public static class Ffmpeg
{
    public static string FfmpegPath => Environment.GetEnvironmentVariable("NACRE_FFMPEG") is { Length: > 0 } p ? p : "ffmpeg";

    public static string FfprobePath => Environment.GetEnvironmentVariable("NACRE_FFPROBE") is { Length: > 0 } p ? p : "ffprobe";

    /// <summary>True when ffmpeg can be started.</summary>
    public static bool IsAvailable()
    {
        try
        {
            using Process p = Start(FfmpegPath, ["-hide_banner", "-version"], redirectInput: false);
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (FfmpegNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Starts <paramref name="executable"/> with its output redirected; a missing program becomes <see cref="FfmpegNotFoundException"/>.</summary>
    internal static Process Start(string executable, IEnumerable<string> arguments, bool redirectInput)
    {
        var psi = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in arguments)
        {
            psi.ArgumentList.Add(a);
        }
        try
        {
            return Process.Start(psi) ?? throw new FfmpegNotFoundException(executable, null);
        }
        catch (Win32Exception e)
        {
            throw new FfmpegNotFoundException(executable, e);
        }
    }
}
