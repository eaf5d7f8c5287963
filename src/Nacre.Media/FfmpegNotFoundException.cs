namespace Nacre.Media;

/// <summary>ffmpeg (or ffprobe) is not installed where Nacre looks for it. The message says how to install it.</summary>
public sealed class FfmpegNotFoundException : Exception
{
    public FfmpegNotFoundException(string executable, Exception? inner = null)
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
