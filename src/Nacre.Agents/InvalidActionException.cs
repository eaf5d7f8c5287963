namespace Nacre.Agents;

/// <summary>An action outside the env's action space; the message says what was wrong and what is valid.</summary>
public sealed class InvalidActionException(string message) : ArgumentException(message);
