namespace Nacre.Studio.Streaming;

/// <summary>A client broke the stream protocol; the message says how, and the connection closes with it as the reason.</summary>
public sealed class ProtocolException : Exception
{
    public ProtocolException(string message)
        : base(message)
    {
    }

    public ProtocolException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ProtocolException()
    {
    }
}
