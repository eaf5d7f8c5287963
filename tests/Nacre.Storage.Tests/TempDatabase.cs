namespace Nacre.Storage.Tests;

/// <summary>A database file in a fresh temporary folder, deleted with the folder afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "nacre-storage-tests-" + Path.GetRandomFileName());
        Directory.CreateDirectory(Folder);
        DatabasePath = Path.Combine(Folder, "nacre.db");
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
