namespace Nacre.Agents;

/// <summary>A request for more envs than the host allows; nothing was made.</summary>
public sealed class TooManyEnvsException(string message) : InvalidOperationException(message);
