using System.Net.WebSockets;

namespace Nacre.Studio.Streaming;

/// <summary>A client broke the stream protocol; the message says how, and the connection closes with it as the reason.</summary>
public sealed class ProtocolException : Exception
{
    public ProtocolException(string message)
        : this(message, WebSocketCloseStatus.InvalidPayloadData)
    {
    }

    /// <param name="closeStatus">The close code the connection ends with (docs/api.md lists them).</param>
    public ProtocolException(string message, WebSocketCloseStatus closeStatus)
        : base(message)
    {
        CloseStatus = closeStatus;
    }

    public ProtocolException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ProtocolException()
    {
    }

    /// <summary>The close code: 1007 for a malformed message unless said otherwise.</summary>
    public WebSocketCloseStatus CloseStatus { get; } = WebSocketCloseStatus.InvalidPayloadData;
}
