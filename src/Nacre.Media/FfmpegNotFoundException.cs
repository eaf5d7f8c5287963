namespace Nacre.Media;

/// <summary>ffmpeg (or ffprobe) is not installed where Nacre looks for it. The message says how to install it.</summary>
public sealed class FfmpegNotFoundException : Exception
{
    /// <param name="executable">The program looked for ("ffmpeg", or what NACRE_FFMPEG names).</param>
    /// <param name="inner">Why starting it failed, if known.</param>
    public FfmpegNotFoundException(string executable, Exception? inner)
        : base($"'{executable}' was not found: install ffmpeg — ./nacre does this, or run 'apt-get install ffmpeg'", inner)
    {
        Executable = executable;
    }

    public FfmpegNotFoundException()
    {
    }

    public FfmpegNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>The program that was looked for.</summary>
    public string Executable { get; } = "ffmpeg";
}
