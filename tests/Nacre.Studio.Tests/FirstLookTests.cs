using System.Numerics;
using Microsoft.Extensions.Logging.Abstractions;
using Nacre.Core;
using Nacre.Simulation;
using Nacre.Storage;
using Nacre.Studio.Previews;
using Nacre.Studio.Sessions;
using Nacre.Studio.Streaming;
using Nacre.Studio.Takes;
using Nacre.Studio.Worlds;
using Nacre.WorldGen;

namespace Nacre.Studio.Tests;

/// <summary>
/// The first frame of a live session is the world's first look, exactly as <c>nacre still</c> frames it (the view
/// solver's position, heading and pitch), Direct mode's first camera inherits it, a saved view wins over it, and a
/// world saved with generator v1 is rebuilt with v1. Real store, real generator, the real renderer (headless EGL);
/// nothing here depends on timing.
/// </summary>
[Trait("Category", "Slow")]
[Collection(HeavyStudioCollection.Name)]
public sealed class FirstLookTests : IDisposable
{
    private const string Prompt = "a foggy pine forest at dusk with a wooden cabin by a lake";
    private static readonly Resolution Small = new("test", 320, 180);

    private readonly LiveStudio _studio = new("firstlook");

    public void Dispose() => _studio.Dispose();

    /// <summary>A live engine on a saved world, built as the studio builds it (<see cref="SessionEngineFactory"/>'s steps).</summary>
    private LiveEngine Open(WorldRecord world, ViewState? view = null) => _studio.Open(world, Small, view);

    /// <summary>What <c>nacre still</c> frames for the world's stored spec and seed.</summary>
    private static CameraPose StillOf(WorldRecord world) => StillCamera.Frame(new WorldGenerator(WorldService.SpecOf(world)));

    private static void ShouldBeTheSameCamera(CameraPose actual, CameraPose expected)
    {
        Vector3.Distance(actual.Position, expected.Position).ShouldBeLessThan(0.01f, $"eye at {actual.Position}, the still's at {expected.Position}");
        actual.Yaw.ShouldBe(expected.Yaw, 1e-5f);
        actual.Pitch.ShouldBe(expected.Pitch, 1e-6f);
    }

    [Fact]
    public void NewSession_FirstFrame_IsTheStill_WithTheSolvedPitch()
    {
        WorldRecord world = new WorldService(_studio.Store).Create(Prompt, 1, null);
        SpawnPoint spawn = new WorldGenerator(WorldService.SpecOf(world)).Spawn;
        float solved = spawn.Pitch ?? throw new InvalidOperationException("generator v2 solves a pitch for the spawn");
        solved.ShouldNotBe(0f); // else a level walker would pass too

        using LiveEngine engine = Open(world);
        EngineFrame first = engine.Render();

        first.Camera.Pitch.ShouldBe(solved);
        ShouldBeTheSameCamera(first.Camera, StillOf(world));
        // Standing still keeps the view: the walker does not level it after the first tick.
        engine.StepTo(60);
        engine.Render().Camera.Pitch.ShouldBe(solved);
        engine.View.Pitch.ShouldBe(solved);
    }

    [Fact]
    public void DirectMode_FirstCamera_StartsFromTheWalkersSolvedView()
    {
        WorldRecord world = new WorldService(_studio.Store).Create(Prompt, 1, null);
        CameraPose still = StillOf(world);

        using LiveEngine engine = Open(world);
        engine.Apply(new ClientInput(1, ClientInputKind.Mode, Text: "direct"));

        engine.IsDirecting.ShouldBeTrue();
        ShouldBeTheSameCamera(engine.Director!.Camera.Pose, still);
        ShouldBeTheSameCamera(engine.Render().Camera, still);
    }

    [Fact]
    public void SavedView_WinsOverTheFirstLook()
    {
        WorldRecord world = new WorldService(_studio.Store).Create(Prompt, 1, null);
        CameraPose still = StillOf(world);
        var saved = new ViewState(still.Position.X + 5f, still.Position.Y - 1.7f, still.Position.Z - 3f, 1.25f, 0.2f, 900);

        using LiveEngine engine = Open(world, saved);
        CameraPose first = engine.Render().Camera;

        first.Yaw.ShouldBe(1.25f, 1e-6f);
        first.Pitch.ShouldBe(0.2f, 1e-6f);
        first.Position.X.ShouldBe(saved.X, 1e-4f);
        first.Position.Z.ShouldBe(saved.Z, 1e-4f);
    }

    [Fact]
    public void WorldStoredAsV1_ReopensWithGeneratorV1_AndItsFirstFrameIsTheV1Still()
    {
        WorldSpec parsed = WorldService.Understand(Prompt, 3);
        WorldRecord world = _studio.Store.CreateWorld(new NewWorld("Old cabin", Prompt, 3, WorldSpecJson.Serialize(parsed), "worldgen-1"));
        SpawnPoint v1 = new WorldGenerator(parsed with { Generator = 1 }).Spawn;
        SpawnPoint v2 = new WorldGenerator(parsed).Spawn;

        WorldSource source = _studio.Previews.SourceFor(WorldService.SpecOf(world), world.Seed);

        source.GeneratorVersion.ShouldBe(1);
        source.Spawn.ShouldBe(v1);
        source.Spawn.ShouldNotBe(v2); // the two generators place this world's visitor differently: the pin matters
        using LiveEngine engine = Open(world);
        ShouldBeTheSameCamera(engine.Render().Camera, StillCamera.Frame(new WorldGenerator(parsed with { Generator = 1 })));
    }
}
