namespace Nacre.Language.Directing;

/// <summary>Why one line of a take script was refused: its 1-based line number, what is wrong, and a corrected line when there is one.</summary>
public sealed record TakeScriptError(int LineNumber, string Message, string? Suggestion = null)
{
    public override string ToString() => $"line {LineNumber}: {Message}";
}
