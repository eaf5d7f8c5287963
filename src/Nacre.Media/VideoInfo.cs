namespace Nacre.Media;

/// <summary>What ffprobe reads back from a video file's first video stream.</summary>
/// <param name="Width">Pixels.</param>
/// <param name="Height">Pixels.</param>
/// <param name="Codec">Codec name as ffprobe says it ("h264").</param>
/// <param name="PixelFormat">"yuv420p" for what players expect.</param>
/// <param name="FrameCount">Frames in the stream (packets counted).</param>
/// <param name="DurationSeconds">Duration of the container, seconds.</param>
/// <param name="FrameRate">Frames a second (the stream's real base frame rate).</param>
public sealed record VideoInfo(int Width, int Height, string Codec, string PixelFormat, long FrameCount, double DurationSeconds, double FrameRate);
