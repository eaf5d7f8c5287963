using Nacre.Core;
using Nacre.Storage;
using Nacre.Studio.Api;
using Nacre.Studio.Worlds;
using Nacre.WorldGen;

namespace Nacre.Studio.Tests;

public class WorldServiceTests
{
    [Theory]
    [InlineData("a cabin by a lake", "Cabin by a lake")]
    [InlineData("The   misty fjord", "Misty fjord")]
    [InlineData("an old castle on a hill with a long winding road through dense pine woods", "Old castle on a hill with a long winding road…")]
    public void DefaultName_ReadsLikeATitle(string prompt, string expected) =>
        WorldService.DefaultName(prompt).ShouldBe(expected);

    [Fact]
    public void CheckPrompt_EmptyOrTooLong_SaysWhatIsExpected()
    {
        Should.Throw<BadRequestException>(() => WorldService.CheckPrompt(" ")).Message.ShouldContain("empty");
        Should.Throw<BadRequestException>(() => WorldService.CheckPrompt(new string('x', 2001))).Message.ShouldContain("2000");
        WorldService.CheckPrompt("  a lake ").ShouldBe("a lake");
    }

    [Theory]
    [InlineData("worldgen-1", 1)]
    [InlineData("worldgen-2", 2)]
    [InlineData("worldgen-17", 17)]
    [InlineData("worldgen-0", 1)]
    [InlineData("worldgen-x", 1)]
    [InlineData("", 1)]
    public void VersionOf_StoredString_IsTheGeneratorNumber_OrV1ForWorldsFromBeforeNumbers(string stored, int version) =>
        WorldService.VersionOf(stored).ShouldBe(version);

    [Fact]
    public void SpecOf_WorldStoredAsV1_RebuildsWithGeneratorV1()
    {
        const string Prompt = "a red barn on rolling hills with farmland at golden hour";
        using var folder = new TempStore();
        WorldSpec parsed = WorldService.Understand(Prompt, 9);
        WorldRecord saved = folder.Store.CreateWorld(new NewWorld("Barn", Prompt, 9, WorldSpecJson.Serialize(parsed), "worldgen-1"));

        WorldSpec reopened = WorldService.SpecOf(folder.Store.GetWorld(saved.Id)!);

        reopened.Generator.ShouldBe(1);
        var generator = new WorldGenerator(reopened);
        generator.GeneratorVersion.ShouldBe(1);
        generator.Spawn.ShouldBe(new WorldGenerator(parsed with { Generator = 1 }).Spawn);
        generator.Spawn.Pitch.ShouldBeNull(); // v1 solves no view
    }

    [Fact]
    public void Remake_WorldFromANewerBuild_IsRefusedWith409()
    {
        using var folder = new TempStore();
        WorldSpec parsed = WorldService.Understand("a lake", 1);
        WorldRecord future = folder.Store.CreateWorld(new NewWorld("Lake", "a lake", 1, WorldSpecJson.Serialize(parsed), $"worldgen-{WorldGenerator.Version + 1}"));

        BadRequestException e = Should.Throw<BadRequestException>(() => new WorldService(folder.Store).Remake(future));

        e.Status.ShouldBe(409);
        e.Message.ShouldContain("newer than this build");
    }

    /// <summary>A world store in a temporary folder, deleted afterwards.</summary>
    private sealed class TempStore : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "nacre-worldservice-tests-" + Path.GetRandomFileName());

        public TempStore()
        {
            Directory.CreateDirectory(_folder);
            Store = WorldStore.Open(Path.Combine(_folder, "nacre.db"));
        }

        public WorldStore Store { get; }

        public void Dispose()
        {
            Store.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

}
