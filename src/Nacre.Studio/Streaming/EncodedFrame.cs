namespace Nacre.Studio.Streaming;

/// <summary>One frame ready to send: the whole binary WebSocket message (header then JPEG) and its header.</summary>
/// <param name="PublishedAt">Stopwatch timestamp when the frame was handed to the sender.</param>
public sealed record EncodedFrame(byte[] Message, FrameHeader Header, long PublishedAt);
