using Microsoft.Data.Sqlite;
using Nacre.Core;
using Nacre.Language;
using Nacre.Storage;

namespace Nacre.Cli.Tests;

public sealed class StoreCommandTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("nacre-store-cmd-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    /// <summary>A studio database with one world and three edits.</summary>
    private string MakeDatabase()
    {
        using WorldStore store = WorldStore.Open(Path.Combine(_data, "nacre.db"));
        string spec = WorldSpecJson.Serialize(PromptParser.Parse("a cabin by a lake", 3));
        string id = store.CreateWorld(new NewWorld("Cabin", "a cabin by a lake", 3, spec, "worldgen-2")).Id;
        foreach (int hours in new[] { 8, 12, 20 })
        {
            store.AppendEdit(id, 60, "lighting", $$"""{"hours":{{hours}},"weather":"Clear","intensity":0,"sun":null}""");
        }
        return id;
    }

    [Fact]
    public void Check_ASoundDatabase_SaysOk_AndBackupWritesACopyThatChecksOk()
    {
        MakeDatabase();
        string copy = Path.Combine(_data, "copy.db");

        NacreProcess.Result check = NacreProcess.Run("store", "check", "--data", _data);
        NacreProcess.Result backup = NacreProcess.Run("store", "backup", copy, "--data", _data);

        check.ExitCode.ShouldBe(0, check.StdErr + check.StdOut);
        check.StdOut.ShouldContain("1 worlds, 3 edits, 0 set aside as damaged: ok");
        backup.ExitCode.ShouldBe(0, backup.StdErr);
        backup.StdOut.ShouldContain("wrote");
        using WorldStore restored = WorldStore.Open(copy);
        restored.ListWorlds().ShouldHaveSingleItem().Name.ShouldBe("Cabin");
        restored.CheckIntegrity().ShouldBeEmpty();
    }

    [Fact]
    public void Check_ADamagedEditRow_NamesItAndFails()
    {
        string id = MakeDatabase();
        using (var c = new SqliteConnection($"Data Source={Path.Combine(_data, "nacre.db")};Pooling=false"))
        {
            c.Open();
            using SqliteCommand cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE edits SET json = substr(json, 1, 9) WHERE seq = 2";
            cmd.ExecuteNonQuery();
        }

        NacreProcess.Result r = NacreProcess.Run("store", "check", "--data", _data);

        r.ExitCode.ShouldBe(1);
        r.StdOut.ShouldContain($"world {id} edit 2 (lighting) cannot be read");
        r.StdOut.ShouldContain("1 problems");
    }

    [Fact]
    public void Backup_OntoTheDatabaseItself_IsAUsageError()
    {
        MakeDatabase();

        NacreProcess.Result r = NacreProcess.Run("store", "backup", Path.Combine(_data, "nacre.db"), "--data", _data);

        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain("the database itself");
    }
}
