using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Nacre.Storage.Tests;

/// <summary>
/// Takes have an id for users and URLs that cannot be counted (128 random bits), and a database written before that
/// id existed (schema 2) opens with an id given to every take it holds.
/// </summary>
public sealed partial class TakeIdTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static NewWorld Cabin => new("Cabin", "a cabin by a lake", 42, """{"version":1,"prompt":"a cabin"}""", "worldgen-1");

    [Fact]
    public void SaveTake_GivesARandom128BitPublicId_ThatFindsIt()
    {
        using WorldStore store = WorldStore.Open(_db.DatabasePath);
        string world = store.CreateWorld(Cabin).Id;

        TakeRecord first = store.SaveTake(world, null, "one", 60, "[]");
        TakeRecord second = store.SaveTake(world, null, "two", 60, "[]");

        first.PublicId.ShouldMatch(PublicIdPattern().ToString());
        second.PublicId.ShouldNotBe(first.PublicId);
        store.GetTake(second.PublicId).ShouldNotBeNull().Name.ShouldBe("two");
        store.ListTakes(world).Select(t => t.PublicId).ShouldBe([first.PublicId, second.PublicId]);
        store.GetTake("t" + new string('0', 32)).ShouldBeNull();
        store.GetTake(second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ShouldBeNull(); // the row number is not a public id
    }

    [Fact]
    public void Open_DatabaseFromBeforePublicIds_GivesEveryTakeOne()
    {
        string world;
        using (WorldStore store = WorldStore.Open(_db.DatabasePath))
        {
            world = store.CreateWorld(Cabin).Id;
            store.SaveTake(world, null, "old one", 60, "[]");
            store.SaveTake(world, null, "old two", 120, "[]");
        }
        // Back to schema 2 as an older Nacre wrote it: no public_id column.
        using (var c = new SqliteConnection($"Data Source={_db.DatabasePath}"))
        {
            c.Open();
            using SqliteCommand cmd = c.CreateCommand();
            cmd.CommandText = "DROP INDEX takes_by_public_id; ALTER TABLE takes DROP COLUMN public_id; PRAGMA user_version = 2;";
            cmd.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();

        using WorldStore reopened = WorldStore.Open(_db.DatabasePath);
        reopened.SchemaVersion.ShouldBe(3);
        IReadOnlyList<TakeRecord> takes = reopened.ListTakes(world);
        takes.Select(t => t.Name).ShouldBe(["old one", "old two"]);
        takes.ShouldAllBe(t => PublicIdPattern().IsMatch(t.PublicId));
        takes[0].PublicId.ShouldNotBe(takes[1].PublicId);
        reopened.GetTake(takes[1].PublicId).ShouldNotBeNull().Ticks.ShouldBe(120);
        reopened.SaveTake(world, null, "new", 60, "[]").PublicId.ShouldNotBeOneOf(takes[0].PublicId, takes[1].PublicId);
    }

    [GeneratedRegex("^t[0-9a-f]{32}$")]
    private static partial Regex PublicIdPattern();
}
