namespace Nacre.Agents.Protocol;

/// <summary>A client broke the framing; the server answers with the message and closes that connection only.</summary>
public sealed class ProtocolException(string message) : Exception(message);
