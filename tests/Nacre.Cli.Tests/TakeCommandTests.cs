using System.Numerics;
using Nacre.Core;
using Nacre.Simulation;
using Nacre.Simulation.Directing;
using Nacre.Storage;
using Nacre.Studio;
using Nacre.Studio.Worlds;

namespace Nacre.Cli.Tests;

/// <summary><c>nacre take list</c> and <c>nacre take render</c> on a studio database with a recorded take.</summary>
public sealed class TakeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nacre-take-cli-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string SaveTake()
    {
        using WorldStore store = WorldStore.Open(new StudioOptions { DataDirectory = _dir }.DatabasePath);
        WorldRecord world = new WorldService(store).Create("a foggy pine forest at dusk with a wooden cabin by a lake", 1, "Cabin take test");
        var start = new TakeStart(new CameraPose(new Vector3(0f, 30f, 0f), 0f, -0.1f), Lens.Default, 19.75f, WeatherKind.Fog, 0.5f, null, Mood.Normal, 16f / 9f, 0);
        var take = new RecordedTake(start, [new TakeCommand(0, "wide shot of the cabin"), new TakeCommand(20, "make it night over 0.3 seconds")], 48);
        return store.SaveTake(world.Id, null, "Take 1", take.DurationTicks, take.ToJson()).PublicId;
    }

    [Fact]
    public void List_ShowsTheTakeWithItsWorld()
    {
        string id = SaveTake();
        var r = NacreProcess.Run("take", "list", "--data", _dir);
        r.ExitCode.ShouldBe(0, r.StdErr);
        r.StdOut.ShouldContain("Take 1");
        r.StdOut.ShouldContain("Cabin take test");
        r.StdOut.ShouldContain($"{id}  ");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Render_WritesTheTakeAsAnMp4()
    {
        string id = SaveTake();
        string output = Path.Combine(_dir, "take.mp4");
        var r = NacreProcess.Run(TimeSpan.FromMinutes(5), null, "take", "render", id, "--data", _dir, "-o", output);
        r.ExitCode.ShouldBe(0, r.StdErr);
        r.StdErr.ShouldContain("19 frames");
        new FileInfo(output).Length.ShouldBeGreaterThan(5_000);
    }

    [Theory]
    [InlineData("render", "99", "no take '99'")]
    [InlineData("render", "abc", "no take 'abc'")]
    public void Render_BadId_IsAUsageError_AndWritesNothing(string verb, string id, string says)
    {
        SaveTake();
        string output = Path.Combine(_dir, "x.mp4");
        var r = NacreProcess.Run("take", verb, id, "--data", _dir, "-o", output);
        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain(says);
        File.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void List_WithoutADatabase_SaysWhereItLooked()
    {
        var r = NacreProcess.Run("take", "list", "--data", Path.Combine(_dir, "none"));
        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain("no studio database");
    }
}
