namespace Nacre.Language.Directing;

/// <summary>
/// One parsed director command: what a person on set said, in typed form. Commands are pure data; the simulation's
/// director session executes them (taking effect on the next tick). <see cref="Source"/> keeps the words as written,
/// for history, error messages and take scripts.
/// </summary>
public abstract record DirectorCommand
{
    /// <summary>The command line as the user wrote it (trimmed).</summary>
    public string Source { get; init; } = "";

    /// <summary>What the command belongs to: camera, light and atmosphere, or story.</summary>
    public abstract DirectorDomain Domain { get; }
}
