namespace Nacre.Language.Directing;

/// <summary>
/// Parses the director command language (docs/directing.md): one line of film-set English → one typed
/// <see cref="DirectorCommand"/>, or a <see cref="DirectingError"/> that says what was wrong and what would be right.
/// Pure and deterministic; thread-safe (no shared state).
/// </summary>
public static class DirectorParser
{
    /// <summary>Longest command line accepted, characters.</summary>
    public const int MaxLength = 400;

    public static DirectorParseResult Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > MaxLength)
        {
            return DirectorParseResult.Failure(new DirectingError($"the command is {line.Length} characters long: at most {MaxLength} are accepted; split it into several lines"));
        }
        try
        {
            return DirectorParseResult.Success(new CommandReader(line).Read());
        }
        catch (DirectingSyntaxException e)
        {
            return DirectorParseResult.Failure(new DirectingError(e.Message, e.Suggestion));
        }
    }
}
