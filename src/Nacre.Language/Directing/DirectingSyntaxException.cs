namespace Nacre.Language.Directing;

/// <summary>Thrown inside the parser once a command's head is recognised but its rest is not; becomes a <see cref="DirectingError"/>.</summary>
internal sealed class DirectingSyntaxException : Exception
{
    public DirectingSyntaxException(string message, string? suggestion = null)
        : base(message)
    {
        Suggestion = suggestion;
    }

    public DirectingSyntaxException()
    {
    }

    public DirectingSyntaxException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public string? Suggestion { get; }
}
