using System.Diagnostics.CodeAnalysis;

namespace Nacre.Language.Directing;

/// <summary>The outcome of parsing one command line: a command, or an error for people.</summary>
public sealed record DirectorParseResult
{
    private DirectorParseResult(DirectorCommand? command, DirectingError? error)
    {
        Command = command;
        Error = error;
    }

    public DirectorCommand? Command { get; }

    public DirectingError? Error { get; }

    [MemberNotNullWhen(true, nameof(Command))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Command is not null;

    public static DirectorParseResult Success(DirectorCommand command) => new(command ?? throw new ArgumentNullException(nameof(command)), null);

    public static DirectorParseResult Failure(DirectingError error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));
}
