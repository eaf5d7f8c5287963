using Microsoft.Data.Sqlite;

namespace Nacre.Studio;

/// <summary>Recognises "the disk is full" among the failures of a write, so it is answered with 507, not a 500 and a stack.</summary>
public static class StorageFull
{
    /// <summary>What a person is told.</summary>
    public const string Message = "the studio's disk is full, so nothing was saved: free some space (the data folder or the renders in it) and try again";

    private const int SqliteFull = 13; // SQLITE_FULL

    private const int ENOSPC = 28;

    /// <summary>True when <paramref name="e"/> (or what caused it) says the disk or database is full.</summary>
    public static bool Is(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: SqliteFull }
                || e is IOException io && (io.HResult == ENOSPC || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }
}
