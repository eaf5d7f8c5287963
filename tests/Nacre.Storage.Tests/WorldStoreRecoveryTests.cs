using Microsoft.Data.Sqlite;

namespace Nacre.Storage.Tests;

public sealed class WorldStoreRecoveryTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static NewWorld Cabin() =>
        new("Cabin by the lake", "a cabin by a lake", 42, """{"version":1,"prompt":"a cabin"}""", "worldgen-1");

    [Fact]
    public void SetAsideEdit_MovesTheRowOutOfTheLog_KeepingItsBytesAndTheRest()
    {
        using WorldStore store = WorldStore.Open(_db.DatabasePath);
        string id = store.CreateWorld(Cabin()).Id;
        store.AppendEdit(id, 10, "place", "{\"a\":1}");
        store.AppendEdit(id, 20, "place", "{\"b\":2}");
        store.AppendEdit(id, 30, "place", "{\"c\":3}");

        store.SetAsideEdit(id, 2, "not valid JSON").ShouldBeTrue();
        store.SetAsideEdit(id, 2, "again").ShouldBeFalse();

        store.ReadEdits(id).Select(e => e.Sequence).ShouldBe([1L, 3L]);
        DamagedEdit kept = store.ListDamagedEdits(id).ShouldHaveSingleItem();
        kept.Sequence.ShouldBe(2);
        kept.Kind.ShouldBe("place");
        kept.Reason.ShouldBe("not valid JSON");
        using var c = new SqliteConnection($"Data Source={_db.DatabasePath}");
        c.Open();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = "SELECT CAST(json AS TEXT) FROM damaged_edits";
        cmd.ExecuteScalar().ShouldBe("{\"b\":2}");
    }

    [Fact]
    public void CheckIntegrity_OnASoundDatabase_FindsNothing_OnADamagedFile_SaysSo()
    {
        using (WorldStore store = WorldStore.Open(_db.DatabasePath))
        {
            string id = store.CreateWorld(Cabin()).Id;
            for (int i = 0; i < 400; i++)
            {
                store.AppendEdit(id, i, "place", "{\"x\":" + new string('7', 200) + "}");
            }
            store.CheckIntegrity().ShouldBeEmpty();
            store.Backup(Path.Combine(_db.Folder, "copy.db"));
        }
        SqliteConnection.ClearAllPools();
        string copy = Path.Combine(_db.Folder, "copy.db");
        // Scribble over the middle of the (self-contained) copy's pages, past the header and schema.
        using (var f = new FileStream(copy, FileMode.Open, FileAccess.ReadWrite))
        {
            f.Position = f.Length / 2;
            f.Write(Enumerable.Repeat((byte)0xA5, 8192).ToArray());
        }

        IReadOnlyList<string> problems;
        using (WorldStore damaged = WorldStore.Open(copy))
        {
            problems = damaged.CheckIntegrity();
        }

        problems.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Backup_WhileAnotherConnectionWrites_IsAConsistentCopyThatOpens()
    {
        using WorldStore store = WorldStore.Open(_db.DatabasePath);
        string id = store.CreateWorld(Cabin()).Id;
        for (int i = 0; i < 50; i++)
        {
            store.AppendEdit(id, i, "place", "{}");
        }
        string copy = Path.Combine(_db.Folder, "backup.db");
        using var writing = new CancellationTokenSource();
        Task writer = Task.Run(() =>
        {
            for (int i = 50; !writing.IsCancellationRequested && i < 2000; i++)
            {
                store.AppendEdit(id, i, "place", "{}");
            }
        }, TestContext.Current.CancellationToken);

        store.Backup(copy);
        await writing.CancelAsync();
        await writer;

        File.Exists(copy).ShouldBeTrue();
        Directory.GetFiles(_db.Folder, "backup.db.partial-*").ShouldBeEmpty();
        using WorldStore restored = WorldStore.Open(copy);
        restored.CheckIntegrity().ShouldBeEmpty();
        IReadOnlyList<EditRecord> edits = restored.ReadEdits(id);
        edits.Count.ShouldBeGreaterThanOrEqualTo(50);
        edits.Select(e => e.Sequence).ShouldBe(Enumerable.Range(1, edits.Count).Select(i => (long)i), "a copy holds a prefix of the log, never a gap");
    }
}
