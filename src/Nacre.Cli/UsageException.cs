namespace Nacre.Cli;

/// <summary>
/// Bad input from the user. The message says what was wrong and what would be right; the CLI prints it as one
/// line and exits with <see cref="ExitCodes.Usage"/>.
/// </summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public UsageException()
    {
    }
}
