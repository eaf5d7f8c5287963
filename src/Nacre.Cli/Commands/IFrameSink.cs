namespace Nacre.Cli.Commands;

/// <summary>
/// Where rendered frames go: a video or a folder of PNGs. Nothing appears at the destination until
/// <see cref="Complete"/>; disposing an incomplete sink removes everything it wrote.
/// </summary>
internal interface IFrameSink : IDisposable
{
    /// <summary>What was written, for the closing message ("walk.mp4", "frames/ (1800 PNGs)").</summary>
    string Destination { get; }

    void Write(ReadOnlySpan<byte> rgba);

    void Complete();
}
