using System.Numerics;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Nacre.Core;
using Nacre.Simulation;
using Nacre.Simulation.Directing;
using Nacre.Storage;
using Nacre.Studio.Previews;
using Nacre.Studio.Sessions;
using Nacre.Studio.Streaming;
using Nacre.Studio.Takes;
using Nacre.Studio.Worlds;
using Nacre.WorldGen;

namespace Nacre.Studio.Tests;

/// <summary>
/// Direct mode of a live session on a real world, a real SQLite store and the real renderer (headless EGL): what the
/// director changes is in the world's edit log and still there when the world is reopened; a recorded take replays
/// what was seen and renders to the same frames twice.
/// </summary>
[Trait("Category", "Slow")]
[Collection(HeavyStudioCollection.Name)]
public sealed class DirectModeTests : IDisposable
{
    private const string Prompt = "a foggy pine forest at dusk with a wooden cabin by a lake";
    private static readonly Resolution Small = new("test", 320, 180);

    private readonly LiveStudio _studio = new("direct");
    private readonly WorldRecord _world;
    private readonly List<JsonElement> _messages = [];
    private uint _seq;

    public DirectModeTests()
    {
        _world = new WorldService(_studio.Store).Create(Prompt, 1, null);
    }

    public void Dispose() => _studio.Dispose();

    private LiveEngine Open() => _studio.Open(_world, Small, publish: json =>
    {
        using JsonDocument d = JsonDocument.Parse(json);
        _messages.Add(d.RootElement.Clone());
    });

    private JsonElement Send(LiveEngine engine, ClientInputKind kind, string? text = null)
    {
        uint seq = ++_seq;
        engine.Apply(new ClientInput(seq, kind, Text: text));
        return _messages.Last(m => m.TryGetProperty("seq", out JsonElement s) && s.GetUInt32() == seq);
    }

    private void Say(LiveEngine engine, string line)
    {
        JsonElement reply = Send(engine, ClientInputKind.Command, line);
        reply.GetProperty("ok").GetBoolean().ShouldBeTrue($"'{line}': {reply.GetProperty("text").GetString()}");
    }

    private static void Run(LiveEngine engine, double seconds) => engine.StepTo(engine.Tick + Ticks.FromSeconds(seconds));

    /// <summary>Mean colour of the middle fifth of the frame.</summary>
    private static (double R, double G, double B) Centre(EngineFrame f)
    {
        double r = 0, g = 0, b = 0;
        int n = 0;
        ReadOnlySpan<byte> px = f.Rgba.Span;
        for (int y = f.Height * 2 / 5; y < f.Height * 3 / 5; y++)
        {
            for (int x = f.Width * 2 / 5; x < f.Width * 3 / 5; x++)
            {
                int i = ((y * f.Width) + x) * 4;
                r += px[i];
                g += px[i + 1];
                b += px[i + 2];
                n++;
            }
        }
        return (r / n, g / n, b / n);
    }

    private static Vector3 CabinOf(LiveEngine engine) =>
        engine.Director!.Story.ObjectsNear(engine.Director.Camera.Position, 320f).Where(o => o.Label == SemanticLabel.Cabin)
            .OrderBy(o => Vector3.Distance(o.Position, engine.Director.Camera.Position)).First().Position;

    [Fact]
    public void PlacedRedCar_IsInTheEditLog_AndStillThereRedInTheFrameWhenTheWorldIsReopened()
    {
        using (LiveEngine first = Open())
        {
            Send(first, ClientInputKind.Mode, "direct").GetProperty("mode").GetString().ShouldBe("direct");
            Say(first, "place a red car next to the cabin");
            Run(first, 0.1);
        }
        EditRecord edit = _studio.Store.ReadEdits(_world.Id).ShouldHaveSingleItem();
        edit.Kind.ShouldBe("place");
        WorldEdit.FromJson(edit.Tick, edit.Kind, edit.Json).Object!.Value.Label.ShouldBe(SemanticLabel.Car);

        using LiveEngine reopened = Open();
        Send(reopened, ClientInputKind.Mode, "direct");
        Vector3 cabin = CabinOf(reopened);
        PlacedObject car = reopened.Director!.Story.ExtraObjects.ShouldHaveSingleItem();
        car.Label.ShouldBe(SemanticLabel.Car);
        Vector2.Distance(new(car.Position.X, car.Position.Z), new(cabin.X, cabin.Z)).ShouldBeLessThan(10f, "the car stands next to the cabin");

        // Daylight for the look (take lighting: the world keeps its dusk).
        Say(reopened, "set the time to 12:00 instantly");
        Say(reopened, "clear skies instantly");
        Say(reopened, "close-up of the red car");
        Run(reopened, 1);
        EngineFrame frame = reopened.Render();
        Directory.CreateDirectory(Path.Combine(BrowserScript.RepoRoot, "artifacts", "direct"));
        using (FileStream png = File.Create(Path.Combine(BrowserScript.RepoRoot, "artifacts", "direct", "red-car-close-up.png")))
        {
            Nacre.Media.ImageFile.WritePng(png, frame.Rgba.Span, frame.Width, frame.Height);
        }
        (double r, double g, double b) = Centre(frame);
        r.ShouldBeGreaterThan(g + 30, $"a close-up of the red car is red in the middle of the frame (mean {r:0}, {g:0}, {b:0})");
        r.ShouldBeGreaterThan(b + 30);

        // And back to walking the reopened world.
        Send(reopened, ClientInputKind.Mode, "wander");
        reopened.IsDirecting.ShouldBeFalse();
    }

    [Fact]
    public void RecordedTake_IsSaved_ReplaysWhatWasSeen_AndRendersIdenticallyTwice()
    {
        using LiveEngine engine = Open();
        Send(engine, ClientInputKind.Mode, "direct");
        Send(engine, ClientInputKind.Record).GetProperty("ok").GetBoolean().ShouldBeTrue();
        var seen = new List<CameraPose>();
        void Watch(double seconds)
        {
            for (long t = 0; t < Ticks.FromSeconds(seconds); t++)
            {
                engine.StepTo(engine.Tick + 1);
                seen.Add(engine.Director!.Camera.Pose);
            }
        }
        Say(engine, "wide shot of the cabin");
        Watch(0.5);
        Say(engine, "dolly in over 1 second");
        Watch(1.2);
        Say(engine, "make it night over 1 second");
        Watch(1.3);
        Send(engine, ClientInputKind.Stop).GetProperty("ok").GetBoolean().ShouldBeTrue();
        JsonElement take = _messages.Last(m => m.GetProperty("t").GetString() == "take").GetProperty("take");
        take.GetProperty("commands").GetInt32().ShouldBe(3);
        take.GetProperty("script").GetString()!.ShouldContain("dolly in over 1 second");
        string id = take.GetProperty("id").GetString()!;
        _studio.Store.ListTakes(_world.Id).ShouldHaveSingleItem().PublicId.ShouldBe(id);

        // Replay live: the camera goes through the same poses, tick for tick.
        Send(engine, ClientInputKind.Replay, id).GetProperty("ok").GetBoolean().ShouldBeTrue();
        engine.IsReplaying.ShouldBeTrue();
        var replayed = new List<CameraPose>();
        while (engine.IsReplaying)
        {
            engine.StepTo(engine.Tick + 1);
            if (engine.IsReplaying)
            {
                replayed.Add(engine.Director!.Camera.Pose);
            }
        }
        _messages.ShouldContain(m => m.GetProperty("t").GetString() == "replayed");
        replayed.Take(seen.Count).ShouldBe(seen);

        // Offline renders: frame-identical, twice.
        RecordedTake recorded = RecordedTake.FromJson(_studio.Store.GetTake(id)!.InputJson);
        string Render()
        {
            WorldSource source = WorldSource.For(WorldService.SpecOf(_world), _world.Seed);
            DirectorSession session = recorded.NewSession(new DirectorWorld(source.Generate), _world.Seed,
                WorldService.LogOf(_studio.Store, _world.Id));
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            string mp4 = Path.Combine(_studio.Folder, $"take-{Path.GetRandomFileName()}.mp4");
            TakeVideo.Render(source.Generate, Nacre.Rendering.Models.Planting.From(WorldService.SpecOf(_world)), session, recorded.ToScript(), 256, 144, 24, mp4, onFrame: (_, f) => hash.AppendData(f.Rgba));
            new FileInfo(mp4).Length.ShouldBeGreaterThan(2000);
            return Convert.ToHexString(hash.GetHashAndReset());
        }
        Render().ShouldBe(Render());
    }

    [Fact]
    public void Commands_InWanderMode_AndRecordingOutsideDirect_AreRefusedWithWhatToDo()
    {
        using LiveEngine engine = Open();
        JsonElement reply = Send(engine, ClientInputKind.Command, "make it night");
        reply.GetProperty("ok").GetBoolean().ShouldBeFalse();
        reply.GetProperty("text").GetString()!.ShouldContain("Direct");
        Send(engine, ClientInputKind.Record).GetProperty("ok").GetBoolean().ShouldBeFalse();
        Send(engine, ClientInputKind.Mode, "direct");
        JsonElement misspelt = Send(engine, ClientInputKind.Command, "dolyl in");
        misspelt.GetProperty("ok").GetBoolean().ShouldBeFalse();
        misspelt.GetProperty("suggestion").GetString().ShouldBe("dolly in");
        Send(engine, ClientInputKind.Replay, "t999").GetProperty("text").GetString()!.ShouldContain("no take t999");
        // A take recorded after a shot goes on with its subject: "it" is still the cabin.
        Say(engine, "wide shot of the cabin");
        Send(engine, ClientInputKind.Record).GetProperty("ok").GetBoolean().ShouldBeTrue();
        engine.Director!.CurrentSubject!.Name.ShouldBe("the cabin");
        engine.Director.Hud.ShotSize.ShouldBe("WS");
        Say(engine, "orbit left 30 degrees");
        Send(engine, ClientInputKind.Subjects).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("label").GetString()).ShouldContain("cabin");
    }
}
