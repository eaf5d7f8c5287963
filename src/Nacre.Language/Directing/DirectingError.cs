namespace Nacre.Language.Directing;

/// <summary>
/// Why a command was not understood, for people: <see cref="Message"/> is one line saying what was wrong and what is
/// expected (including "did you mean …" when there is a close match); <see cref="Suggestion"/> is that corrected
/// phrase alone, for a UI to offer as a completion.
/// </summary>
public sealed record DirectingError(string Message, string? Suggestion = null)
{
    public override string ToString() => Message;
}
