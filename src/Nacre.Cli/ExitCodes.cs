namespace Nacre.Cli;

/// <summary>Process exit codes of the nacre command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Something failed while doing the work (a bug, a missing system component).</summary>
    public const int Failure = 1;

    /// <summary>The user asked for something malformed: bad flag, value, script line or output path.</summary>
    public const int Usage = 2;
}
