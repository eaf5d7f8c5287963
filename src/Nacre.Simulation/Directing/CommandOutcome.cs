using Nacre.Language.Directing;

namespace Nacre.Simulation.Directing;

/// <summary>
/// What became of a command line: accepted (it takes effect on the next tick) with a short description of what will
/// happen, or refused with a message for people and, for a misspelling, the corrected line.
/// </summary>
public sealed record CommandOutcome(bool Accepted, string Message, DirectorCommand? Command = null, string? Suggestion = null)
{
    public static CommandOutcome Refused(string message, string? suggestion = null) => new(false, message, null, suggestion);
}
