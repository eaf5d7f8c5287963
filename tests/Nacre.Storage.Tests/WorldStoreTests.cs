using Microsoft.Data.Sqlite;

namespace Nacre.Storage.Tests;

public sealed class WorldStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase _db = new();
    private readonly ManualClock _clock = new(T0);

    public void Dispose() => _db.Dispose();

    private static NewWorld Cabin(ulong seed = 42) =>
        new("Cabin by the lake", "a foggy pine forest with a cabin by a lake", seed, """{"version":1,"prompt":"a cabin"}""", "worldgen-1");

    [Fact]
    public void CreateWorld_ThenReopenTheFile_GivesBackEveryField()
    {
        string id;
        using (WorldStore store = WorldStore.Open(_db.DatabasePath, _clock))
        {
            id = store.CreateWorld(Cabin(ulong.MaxValue)).Id;
            store.SaveView(id, """{"x":1.5}""").ShouldBeTrue();
        }

        using WorldStore reopened = WorldStore.Open(_db.DatabasePath, _clock);
        WorldRecord w = reopened.GetWorld(id).ShouldNotBeNull();
        w.Name.ShouldBe("Cabin by the lake");
        w.Prompt.ShouldBe("a foggy pine forest with a cabin by a lake");
        w.Seed.ShouldBe(ulong.MaxValue);
        w.SpecJson.ShouldBe("""{"version":1,"prompt":"a cabin"}""");
        w.GeneratorVersion.ShouldBe("worldgen-1");
        w.ViewJson.ShouldBe("""{"x":1.5}""");
        w.CreatedAt.ShouldBe(T0);
        w.HasThumbnail.ShouldBeFalse();
    }

    [Fact]
    public void Open_NewDatabase_IsInWalModeAtTheLatestSchema()
    {
        using WorldStore store = WorldStore.Open(_db.DatabasePath, _clock);
        store.SchemaVersion.ShouldBeGreaterThanOrEqualTo(1);
        using var c = new SqliteConnection($"Data Source={_db.DatabasePath}");
        c.Open();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        ((string)cmd.ExecuteScalar()!).ShouldBe("wal");
    }

    [Fact]
    public void Open_DatabaseFromANewerNacre_RefusesWithAMessage()
    {
        using (WorldStore.Open(_db.DatabasePath, _clock))
        {
        }
        using (var c = new SqliteConnection($"Data Source={_db.DatabasePath}"))
        {
            c.Open();
            using SqliteCommand cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 999";
            cmd.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        StoreException e = Should.Throw<StoreException>(() => WorldStore.Open(_db.DatabasePath, _clock));
        e.Message.ShouldContain("newer Nacre");
    }

    [Fact]
    public void ListWorlds_NewestChangeFirst()
    {
        using WorldStore store = WorldStore.Open(_db.DatabasePath, _clock);
        string a = store.CreateWorld(Cabin() with { Name = "A" }).Id;
        _clock.Advance(TimeSpan.FromMinutes(1));
        string b = store.CreateWorld(Cabin() with { Name = "B" }).Id;
        _clock.Advance(TimeSpan.FromMinutes(1));
        store.RenameWorld(a, "A renamed").ShouldBeTrue();

        IReadOnlyList<WorldSummary> list = store.ListWorlds();
        list.Select(w => w.Id).ShouldBe([a, b]);
        list[0].Name.ShouldBe("A renamed");
        list[0].GeneratorVersion.ShouldBe(Cabin().GeneratorVersion);
    }

    [Fact]
    public void DeleteWorld_RemovesItsEditsTakesAndShots()
    {
        using WorldStore store = WorldStore.Open(_db.DatabasePath, _clock);
        string id = store.CreateWorld(Cabin()).Id;
        store.AppendEdit(id, 10, "place", "{}");
        TakeRecord take = store.SaveTake(id, null, "take 1", 600, "[]");
        store.AddShot(id, take.Id, "wide", "{}");

        store.DeleteWorld(id).ShouldBeTrue();

        store.GetWorld(id).ShouldBeNull();
        store.ReadEdits(id).ShouldBeEmpty();
        store.ListTakes(id).ShouldBeEmpty();
        store.ListShots(id).ShouldBeEmpty();
        store.GetTake(take.Id).ShouldBeNull();
        store.DeleteWorld(id).ShouldBeFalse();
    }

    [Fact]
    public void AppendEdit_ReadsBackInAppendOrderWithTicks()
    {
        using WorldStore store = WorldStore.Open(_db.DatabasePath, _clock);
        string id = store.CreateWorld(Cabin()).Id;
        store.AppendEdit(id, 120, "place", """{"label":"car"}""").ShouldBe(1);
        store.AppendEdit(id, 60, "remove", """{"id":7}""").ShouldBe(2);

        IReadOnlyList<EditRecord> edits = store.ReadEdits(id);
        edits.Select(e => (e.Sequence, e.Tick, e.Kind)).ShouldBe([(1L, 120L, "place"), (2L, 60L, "remove")]);
        edits[1].Json.ShouldBe("""{"id":7}""");
        store.GetWorld(id)!.EditCount.ShouldBe(2);
    }

    [Fact]
    public void AppendEdit_FromManyThreadsAtOnce_LosesNoneAndNumbersThemWithoutGaps()
    {
        using WorldStore store = WorldStore.Open(_db.DatabasePath, _clock);
        string id = store.CreateWorld(Cabin()).Id;
        Parallel.For(0, 40, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => store.AppendEdit(id, i, "place", "{}"));

        store.ReadEdits(id).Select(e => e.Sequence).ShouldBe(Enumerable.Range(1, 40).Select(i => (long)i));
    }

    [Fact]
    public void AppendEdit_UnknownWorld_SaysSo()
    {
        using WorldStore store = WorldStore.Open(_db.DatabasePath, _clock);
        Should.Throw<KeyNotFoundException>(() => store.AppendEdit("wnope", 0, "place", "{}")).Message.ShouldContain("wnope");
    }

    [Fact]
    public void CopyEdits_AppendsTheOriginalsLogInOrder()
    {
        using WorldStore store = WorldStore.Open(_db.DatabasePath, _clock);
        string a = store.CreateWorld(Cabin()).Id;
        string b = store.CreateWorld(Cabin()).Id;
        store.AppendEdit(a, 1, "place", "1");
        store.AppendEdit(a, 2, "paint", "2");
        store.AppendEdit(b, 5, "remove", "0");

        store.CopyEdits(a, b).ShouldBe(2);

        store.ReadEdits(b).Select(e => (e.Sequence, e.Json)).ShouldBe([(1L, "0"), (2L, "1"), (3L, "2")]);
    }

    [Fact]
    public void Thumbnail_StoredAndReadBack()
    {
        using WorldStore store = WorldStore.Open(_db.DatabasePath, _clock);
        string id = store.CreateWorld(Cabin()).Id;
        byte[] jpeg = [0xFF, 0xD8, 1, 2, 3, 0xFF, 0xD9];
        store.SetThumbnail(id, jpeg).ShouldBeTrue();
        store.GetThumbnail(id).ShouldBe(jpeg);
        store.GetWorld(id)!.HasThumbnail.ShouldBeTrue();
        store.SetThumbnail("wnope", jpeg).ShouldBeFalse();
    }

    [Fact]
    public void Sessions_RecordStartAndFirstEnd()
    {
        using WorldStore store = WorldStore.Open(_db.DatabasePath, _clock);
        string id = store.CreateWorld(Cabin()).Id;
        store.StartSession("s1", id, "480p");
        _clock.Advance(TimeSpan.FromSeconds(30));
        store.EndSession("s1", "idle", 900);
        _clock.Advance(TimeSpan.FromSeconds(30));
        store.EndSession("s1", "shutdown", 901);

        SessionRecord s = store.GetSession("s1").ShouldNotBeNull();
        s.EndReason.ShouldBe("idle");
        s.FramesSent.ShouldBe(900);
        s.EndedAt.ShouldBe(T0 + TimeSpan.FromSeconds(30));
        Should.Throw<KeyNotFoundException>(() => store.StartSession("s2", "wnope", "480p"));
    }

    [Fact]
    public void RenameWorld_EmptyOrTooLongName_IsRefused()
    {
        using WorldStore store = WorldStore.Open(_db.DatabasePath, _clock);
        string id = store.CreateWorld(Cabin()).Id;
        Should.Throw<ArgumentException>(() => store.RenameWorld(id, "   "));
        Should.Throw<ArgumentException>(() => store.RenameWorld(id, new string('x', WorldStore.MaxNameLength + 1)));
        store.GetWorld(id)!.Name.ShouldBe("Cabin by the lake");
    }

    [Fact]
    public void CreateWorld_IdsAreDistinctAndHardToGuess()
    {
        using WorldStore store = WorldStore.Open(_db.DatabasePath, _clock);
        var ids = Enumerable.Range(0, 50).Select(_ => store.CreateWorld(Cabin()).Id).ToHashSet();
        ids.Count.ShouldBe(50);
        ids.ShouldAllBe(i => i.Length == 13 && i[0] == 'w');
    }
}
