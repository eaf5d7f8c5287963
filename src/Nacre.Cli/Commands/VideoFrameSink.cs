using Nacre.Media;

namespace Nacre.Cli.Commands;

/// <summary>Frames into an H.264 MP4 through ffmpeg (see <see cref="Mp4VideoWriter"/>).</summary>
internal sealed class VideoFrameSink : IFrameSink
{
    private readonly Mp4VideoWriter _writer;

    public VideoFrameSink(string path, int width, int height, int fps)
    {
        _writer = Mp4VideoWriter.Create(path, width, height, fps);
    }

    public string Destination => _writer.Path;

    public void Write(ReadOnlySpan<byte> rgba) => _writer.WriteFrame(rgba);

    public void Complete() => _writer.Complete();

    public void Dispose() => _writer.Dispose();
}
