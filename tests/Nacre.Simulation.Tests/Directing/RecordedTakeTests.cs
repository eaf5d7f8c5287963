using System.Numerics;
using Nacre.Core;
using Nacre.Language.Directing;
using Nacre.Simulation.Directing;
using Nacre.WorldGen;
using static Nacre.Simulation.Tests.Directing.DirectingTestWorld;

namespace Nacre.Simulation.Tests.Directing;

public class RecordedTakeTests
{
    private static readonly TakeStart Start = new(
        new CameraPose(new Vector3(0f, 1.7f, 10f), 0.1f, -0.05f), Lens.FullFrame(35f), 19.5f, WeatherKind.Fog, 0.6f, null, Mood.Calm, 16f / 9f, 0);

    private static DirectorWorld World() => new(Generate);

    /// <summary>Records as the studio does: commands typed on a session fresh from the start state, at these ticks.</summary>
    private static readonly ResolvedSubject TheCabin = new("the cabin", Cabin, new Vector3(3.5f, 2.6f, 3f), 0f, CabinId, SemanticLabel.Cabin, SubjectKind.Object);

    private static (RecordedTake Take, Dictionary<long, FrameSnapshot> Seen) Record(params (long Tick, string Text)[] typed) => Record(Start, typed);

    private static (RecordedTake Take, Dictionary<long, FrameSnapshot> Seen) Record(TakeStart start, params (long Tick, string Text)[] typed)
    {
        DirectorSession live = new RecordedTake(start, [], 0).NewSession(World(), 7, []);
        var commands = new List<TakeCommand>();
        var seen = new Dictionary<long, FrameSnapshot>();
        const long End = 240;
        int next = 0;
        while (live.Tick < End)
        {
            while (next < typed.Length && typed[next].Tick == live.Tick)
            {
                live.Execute(typed[next].Text).Accepted.ShouldBeTrue(typed[next].Text);
                commands.Add(new TakeCommand(live.Tick, typed[next].Text));
                next++;
            }
            live.Step();
            seen[live.Tick] = live.Snapshot();
        }
        return (new RecordedTake(start, commands, End), seen);
    }

    [Fact]
    public void Replay_ShowsExactlyWhatWasSeenWhileRecording()
    {
        (RecordedTake take, Dictionary<long, FrameSnapshot> seen) = Record(
            (0, "wide shot of the cabin"), (37, "dolly in over 1 second"), (100, "place a red car next to the cabin"), (131, "make it night over 1 second"));
        var player = new TakePlayer(take.NewSession(World(), 7, []), take.ToScript());
        while (player.Session.Tick < take.DurationTicks)
        {
            player.Step();
            FrameSnapshot replayed = player.Session.Snapshot(), live = seen[player.Session.Tick];
            replayed.Camera.ShouldBe(live.Camera, $"tick {player.Session.Tick}");
            replayed.TimeOfDayHours.ShouldBe(live.TimeOfDayHours);
            replayed.ExtraObjects.ShouldBe(live.ExtraObjects);
        }
        player.Errors.ShouldBeEmpty();
        seen[240].ExtraObjects.ShouldContain(o => o.Label == SemanticLabel.Car && Vector3.Distance(o.Position, Cabin) < 10f);
        seen[240].TimeOfDayHours.ShouldBeInRange(21f, 24f, "night came during the take");
    }

    [Fact]
    public void ATakeStartedOnASubject_GoesOnWithIt_AndReplaysExactly()
    {
        TakeStart start = Start with { Subject = TheCabin, Shot = ShotSize.Wide, Angle = CameraAngle.Low };
        (RecordedTake take, Dictionary<long, FrameSnapshot> seen) = Record(start, (0, "orbit left 45 degrees over 1 second"), (80, "push in"));
        DirectorSession replay = take.NewSession(World(), 7, []);
        replay.CurrentSubject!.Name.ShouldBe("the cabin");
        replay.Hud.ShotSize.ShouldBe("WS");
        var player = new TakePlayer(replay, take.ToScript());
        player.StepTo(take.DurationTicks);
        player.Errors.ShouldBeEmpty();
        replay.Snapshot().Camera.ShouldBe(seen[take.DurationTicks].Camera);
    }

    [Fact]
    public void Json_RoundTripsEveryField()
    {
        var take = new RecordedTake(Start with { SunAzimuth = 4.5f, LogEntries = 3, Subject = TheCabin, Shot = ShotSize.CloseUp, Angle = CameraAngle.High, FollowId = CabinId, Wind = 2.5f },
            [new(0, "wide shot of the cabin"), new(61, "make it night")], 300);
        RecordedTake back = RecordedTake.FromJson(take.ToJson());
        back.Start.ShouldBe(take.Start);
        back.Commands.ShouldBe(take.Commands);
        back.DurationTicks.ShouldBe(300);
        take.ScriptText().ShouldBe("@0s wide shot of the cabin\n@1.02s make it night\n@5s end\n");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("not json")]
    [InlineData("""{"version":9,"start":{},"ticks":1,"commands":[]}""")]
    public void Json_NotATake_IsAFormatError(string json) =>
        Should.Throw<FormatException>(() => RecordedTake.FromJson(json));

    [Fact]
    public void NewSession_AppliesOnlyTheLogAsItWasAtRecord()
    {
        var car = new PlacedObject(77, SemanticLabel.Car, new Vector3(5f, 0f, 5f), 0f, 1f, new Rgb(200, 20, 20), new Vector3(1f, 0.8f, 2f), 0, MaterialKind.Unspecified);
        LogEntry[] log =
        [
            LogEntry.Of(new WorldEdit(10, WorldEditKind.Place, 77, car)),
            LogEntry.Of(new WorldEdit(20, WorldEditKind.Remove, 77, null)),
        ];
        new RecordedTake(Start with { LogEntries = 1 }, [], 60).NewSession(World(), 7, log).Story.ExtraObjects.ShouldContain(o => o.Id == 77);
        new RecordedTake(Start with { LogEntries = 2 }, [], 60).NewSession(World(), 7, log).Story.ExtraObjects.ShouldBeEmpty();
    }

    [Fact]
    public void WorldLog_KeepsTheLastLighting_AndNamesAnUnreadableEntry()
    {
        LogEntry[] log =
        [
            LogEntry.Of(new LightingKey(5, 12f, WeatherKind.Clear, 0.5f, null)),
            LogEntry.Of(new LightingKey(9, 22f, WeatherKind.Snow, 0.8f, 1f)),
        ];
        WorldLog read = WorldLog.Read(log);
        read.Lighting!.Hours.ShouldBe(22f);
        read.Lighting.Weather.ShouldBe(WeatherKind.Snow);
        read.EntryCount.ShouldBe(2);
        Should.Throw<FormatException>(() => WorldLog.Read([.. log, new LogEntry(12, "teleport", "{}")])).Message.ShouldContain("edit 3");
    }
}
