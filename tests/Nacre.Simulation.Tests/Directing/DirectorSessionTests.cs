using System.Numerics;
using Nacre.Core;
using Nacre.Language.Directing;
using Nacre.Simulation.Directing;
using Nacre.WorldGen;
using static Nacre.Simulation.Tests.Directing.DirectingTestWorld;

namespace Nacre.Simulation.Tests.Directing;

public class DirectorSessionTests
{
    private static void Run(DirectorSession s, string line, double seconds)
    {
        CommandOutcome outcome = s.Execute(line);
        outcome.Accepted.ShouldBeTrue(outcome.Message);
        s.StepTo(s.Tick + Ticks.FromSeconds(seconds));
    }

    private static PlacedObject Find(DirectorSession s, ulong id) => s.Story.Find(id, Cabin)!.Value;

    [Fact]
    public void Snapshots_CarryTheWorldsTone_AndTheCamerasDistanceToTheSubject_AsTheCameraMoves()
    {
        DirectorSession s = Session();
        s.Tone = Tone.Eerie;
        s.SubjectPoint = Cabin;
        s.Step();
        FrameSnapshot before = s.Snapshot();
        before.Tone.ShouldBe(Tone.Eerie);
        before.SubjectDistance!.Value.ShouldBe(Vector3.Distance(before.Camera.Position, Cabin), 1e-3f);
        Run(s, "dolly in 10 m over 1 second", 1.5);
        FrameSnapshot after = s.Snapshot();
        after.SubjectDistance!.Value.ShouldBe(Vector3.Distance(after.Camera.Position, Cabin), 1e-3f);
        after.SubjectDistance.Value.ShouldBeLessThan(before.SubjectDistance.Value - 5f, "closer after dollying in");
        s.Interpolated(0.5f).SubjectDistance!.Value.ShouldBe(Vector3.Distance(s.Interpolated(0.5f).Camera.Position, Cabin), 1e-3f);
        Session().Snapshot().SubjectDistance.ShouldBeNull("no subject was given");
    }

    [Fact]
    public void CloseUp_OfTheCabin_FillsAtLeast40PercentOfTheFrame()
    {
        DirectorSession s = Session();
        Run(s, "close-up of the cabin", 0.1);
        FrameFraction(s.Snapshot(), Find(s, CabinId)).ShouldBeGreaterThanOrEqualTo(0.4f);
        s.Hud.ShotSize.ShouldBe("CU");
        s.Hud.Subject.ShouldBe("the cabin");
    }

    [Theory]
    [InlineData("wide shot of the cabin", 0.02f, 0.2f)]
    [InlineData("establishing shot of the cabin", 0.0f, 0.03f)]
    [InlineData("medium shot of the cabin", 0.2f, 0.7f)]
    public void ShotSizes_OfTheCabin_FillTheFrameInOrder(string line, float min, float max)
    {
        DirectorSession s = Session();
        Run(s, line, 0.1);
        float f = FrameFraction(s.Snapshot(), Find(s, CabinId));
        f.ShouldBeInRange(min, max);
    }

    [Fact]
    public void CloseUp_OnALongerLens_StandsFartherBack()
    {
        DirectorSession wide = Session(), tele = Session();
        Run(wide, "lens 24mm", 0.1);
        Run(tele, "lens 85mm", 0.1);
        Run(wide, "close-up of the cabin", 0.1);
        Run(tele, "close-up of the cabin", 0.1);
        float dWide = Vector3.Distance(wide.Camera.Position, Cabin), dTele = Vector3.Distance(tele.Camera.Position, Cabin);
        dTele.ShouldBeGreaterThan(dWide * 2.5f);
        FrameFraction(tele.Snapshot(), Find(tele, CabinId)).ShouldBeGreaterThanOrEqualTo(0.4f);
    }

    [Fact]
    public void Orbit_AroundTheLighthouse_KeepsItNearTheCentreThroughout()
    {
        DirectorSession s = Session();
        Run(s, "wide shot of the lighthouse", 0.1);
        s.Execute("orbit around the lighthouse over 10 seconds").Accepted.ShouldBeTrue();
        Vector3 centre = Lighthouse + new Vector3(0f, 11f, 0f);
        float worst = 0f;
        Vector3 start = s.Camera.Position;
        float farthest = 0f;
        for (int i = 0; i < 10 * Ticks.PerSecond; i++)
        {
            s.Step();
            Vector3 to = Vector3.Normalize(centre - s.Camera.Position);
            float off = MathF.Acos(Math.Clamp(Vector3.Dot(to, s.Camera.Pose.Forward), -1f, 1f)) * 180f / MathF.PI;
            worst = MathF.Max(worst, off);
            farthest = MathF.Max(farthest, Vector3.Distance(start, s.Camera.Position));
        }
        worst.ShouldBeLessThan(3f);
        farthest.ShouldBeGreaterThan(20f); // it really went round
        Vector3.Distance(start, s.Camera.Position).ShouldBeLessThan(1f); // a full turn comes back to the start
    }

    [Fact]
    public void MakeItNight_MovesTheClockForwardSmoothly()
    {
        DirectorSession s = Session();
        s.Execute("make it night over 2 seconds").Accepted.ShouldBeTrue();
        float previous = s.Atmosphere.Hours, biggestStep = 0f;
        for (int i = 0; i < 2 * Ticks.PerSecond; i++)
        {
            s.Step();
            biggestStep = MathF.Max(biggestStep, s.Atmosphere.Hours - previous);
            s.Atmosphere.Hours.ShouldBeGreaterThanOrEqualTo(previous);
            previous = s.Atmosphere.Hours;
        }
        s.Atmosphere.Hours.ShouldBe(23f, 0.01f);
        biggestStep.ShouldBeLessThan(8f / 120f * 1.6f); // 8 h over 120 ticks, smoothstep peaks at 1.5× the mean rate
    }

    [Fact]
    public void GoldenHour_FromDusk_GoesBackTheShortWay()
    {
        DirectorSession s = Session();
        Run(s, "make it dusk instantly", 0.1);
        s.Execute("golden hour over 2 seconds").Accepted.ShouldBeTrue();
        float latest = 0f;
        for (int i = 0; i < 2 * Ticks.PerSecond; i++)
        {
            s.Step();
            latest = MathF.Max(latest, s.Atmosphere.Hours);
        }
        latest.ShouldBeLessThanOrEqualTo(19.75f + 1e-3f); // never ran on through the night
        s.Atmosphere.Hours.ShouldBe(18.5f, 0.01f);
    }

    [Fact]
    public void WeatherChange_FadesOutThenIn_WithoutAJump()
    {
        DirectorSession s = Session();
        Run(s, "heavy rain instantly", 0.1);
        s.Atmosphere.Weather.ShouldBe(WeatherKind.Rain);
        s.Execute("snow over 4 seconds").Accepted.ShouldBeTrue();
        float previous = s.Atmosphere.WeatherIntensity;
        WeatherKind kind = s.Atmosphere.Weather;
        for (int i = 0; i < 4 * Ticks.PerSecond; i++)
        {
            s.Step();
            MathF.Abs(s.Atmosphere.WeatherIntensity - previous).ShouldBeLessThan(0.05f);
            if (s.Atmosphere.Weather != kind)
            {
                previous.ShouldBeLessThan(0.05f); // the kind changes only when the old weather has faded out
                kind = s.Atmosphere.Weather;
            }
            previous = s.Atmosphere.WeatherIntensity;
        }
        s.Atmosphere.Weather.ShouldBe(WeatherKind.Snow);
        s.Atmosphere.WeatherIntensity.ShouldBe(0.6f, 0.01f);
    }

    [Fact]
    public void PlaceARedCar_NextToTheCabin_PutsARedCarWithin10Metres()
    {
        DirectorSession s = Session();
        Run(s, "place a red car next to the cabin", 0.1);
        PlacedObject car = s.Snapshot().ExtraObjects.ShouldHaveSingleItem();
        car.Label.ShouldBe(SemanticLabel.Car);
        car.Tint.R.ShouldBeGreaterThan((byte)150);
        car.Tint.G.ShouldBeLessThan((byte)80);
        float gap = Vector2.Distance(new(car.Position.X, car.Position.Z), new(Cabin.X, Cabin.Z));
        gap.ShouldBeLessThan(10f);
        gap.ShouldBeGreaterThan(3.5f + 0.95f); // beside it, not inside it
        s.Story.Edits.ShouldHaveSingleItem().Kind.ShouldBe(WorldEditKind.Place);
    }

    [Fact]
    public void PlacedCar_ReadBackFromTheEditLog_IsThereInANewSession()
    {
        DirectorSession s = Session();
        Run(s, "place a red car next to the cabin", 0.1);
        Run(s, "remove the truck", 0.1);
        Run(s, "paint the barn white", 0.1);
        var stored = s.Story.Edits.Select(e => (e.Tick, e.KindName, Json: e.ToJson())).ToList();

        DirectorSession reopened = Session();
        foreach ((long tick, string kind, string json) in stored)
        {
            reopened.ApplyStoredEdit(WorldEdit.FromJson(tick, kind, json));
        }
        reopened.Snapshot().ExtraObjects.ShouldBe(s.Snapshot().ExtraObjects);
        reopened.Snapshot().HiddenObjectIds.ShouldContain(TruckId);
        reopened.Execute("look at the truck").Message.ShouldContain("no truck");
        reopened.Story.Find(BarnId, Cabin)!.Value.Tint.ShouldBe(new Rgb(242, 242, 238));
    }

    [Fact]
    public void DollyIn_MovesSmoothly_WithNoStepBeyondTheRequestedMotion()
    {
        DirectorSession s = Session();
        Vector3 start = s.Camera.Position;
        s.Execute("dolly in 6 m over 3 seconds").Accepted.ShouldBeTrue();
        Vector3 previous = start;
        float biggest = 0f;
        for (int i = 0; i < 3 * Ticks.PerSecond; i++)
        {
            s.Step();
            biggest = MathF.Max(biggest, Vector3.Distance(previous, s.Camera.Position));
            previous = s.Camera.Position;
        }
        Vector3.Distance(start, s.Camera.Position).ShouldBe(6f, 0.01f);
        (s.Camera.Position.Z - start.Z).ShouldBeLessThan(0f); // forward is north
        biggest.ShouldBeLessThanOrEqualTo((6f / 180f * 1.5f) + 1e-4f);
    }

    [Fact]
    public void Command_TakesEffectOnTheNextTick()
    {
        DirectorSession s = Session();
        float yaw = s.Camera.Yaw;
        s.Execute("pan right 30 degrees over 1 second").Accepted.ShouldBeTrue();
        s.Camera.Yaw.ShouldBe(yaw);
        s.Step();
        s.Camera.Yaw.ShouldBeGreaterThan(yaw);
    }

    [Fact]
    public void UnknownSubject_IsRefused_WithWhatIsNearby()
    {
        DirectorSession s = Session();
        CommandOutcome outcome = s.Execute("look at the castle");
        outcome.Accepted.ShouldBeFalse();
        outcome.Message.ShouldContain("no castle within 320 m");
        outcome.Message.ShouldContain("cabin");
        s.Execute("look at the second lighthouse").Message.ShouldContain("only one lighthouse");
        s.Execute("cut to camera Z").Message.ShouldContain("save camera as Z");
    }

    [Fact]
    public void Misspelling_IsRefused_WithASuggestion()
    {
        CommandOutcome outcome = Session().Execute("dollie in");
        outcome.Accepted.ShouldBeFalse();
        outcome.Suggestion.ShouldBe("dolly in");
    }

    [Fact]
    public void SpatialSubjects_ResolveToTheRightObject()
    {
        DirectorSession s = Session();
        Run(s, "look at the tallest tree", 0.1);
        s.CurrentSubject!.ObjectId.ShouldBe(TallTreeId);
        Run(s, "look at the second deer", 0.1);
        s.CurrentSubject!.ObjectId.ShouldBe(Deer2Id);
        Run(s, "look at the lake", 0.1);
        IsLake(s.CurrentSubject!.Base.X, s.CurrentSubject.Base.Z).ShouldBeTrue();
        Run(s, "look at the nearest road", 0.1);
        IsRoad(s.CurrentSubject!.Base.X).ShouldBeTrue();
    }

    [Fact]
    public void Follow_KeepsAWalkingDeerCentred()
    {
        DirectorSession s = Session();
        Run(s, "medium shot of the deer", 0.1);
        Run(s, "follow the deer", 0.1);
        Run(s, "the deer walks to the cabin", 0.1);
        Vector3 before = Find(s, DeerId).Position;
        s.StepTo(s.Tick + (6 * Ticks.PerSecond));
        PlacedObject deer = Find(s, DeerId);
        Vector3.Distance(before, deer.Position).ShouldBeGreaterThan(5f);
        Vector3 to = Vector3.Normalize(ObjectBounds.Centre(deer) - s.Camera.Position);
        Vector3.Dot(to, s.Camera.Pose.Forward).ShouldBeGreaterThan(MathF.Cos(8f * MathF.PI / 180f));
    }

    [Fact]
    public void SavedCamera_CutBack_RestoresPoseAndLens()
    {
        DirectorSession s = Session();
        Run(s, "wide shot of the barn", 0.1);
        Run(s, "lens 50mm", 0.1);
        Run(s, "save camera as A", 0.1);
        CameraPose saved = s.Camera.Pose;
        Run(s, "close-up of the cabin", 0.1);
        Run(s, "zoom in", 3);
        Run(s, "cut to camera A", 0.1);
        Vector3.Distance(s.Camera.Position, saved.Position).ShouldBeLessThan(0.01f);
        s.Camera.FocalMm.ShouldBe(50f, 0.01f);
    }

    [Fact]
    public void Keep_RecordsTheLightForTheWorld_OtherwiseItBelongsToTheTake()
    {
        DirectorSession s = Session();
        Run(s, "make it dusk", 3.5);
        s.LightingKeys.ShouldBeEmpty();
        Run(s, "heavy fog and keep it", 0.1);
        LightingKey key = s.LightingKeys.ShouldHaveSingleItem();
        key.Weather.ShouldBe(WeatherKind.Fog);
        LightingKey.FromJson(key.Tick, key.ToJson()).ShouldBe(key);
    }

    [Fact]
    public void SpawnWithBehaviour_ACarDrivesAlongTheRoad()
    {
        DirectorSession s = Session();
        Run(s, "place a truck on the road", 0.1);
        PlacedObject truck = s.Snapshot().ExtraObjects.Single(o => o.Id != TruckId);
        IsRoad(truck.Position.X).ShouldBeTrue();
        Run(s, "it drives along the road", 3);
        PlacedObject moved = s.Story.Find(truck.Id, truck.Position)!.Value;
        Vector3.Distance(truck.Position, moved.Position).ShouldBeGreaterThan(15f);
        IsRoad(moved.Position.X).ShouldBeTrue();
    }

    [Fact]
    public void CameraMoves_NeverPassThroughSolids_RisingOverATruck_AndStoppingAtABarnWall()
    {
        // The truck stands on the road at (0, 30), 2.5 m wide; truck right from 10 m west of it, at eye level.
        DirectorSession s = new(new DirectorWorld(Generate), 7, new CameraPose(new Vector3(-10f, 1.6f, 30f), 0f, 0f), new AtmosphereState(15f, WeatherKind.Clear, 0f));
        s.Execute("truck right 20 m over 2 seconds").Accepted.ShouldBeTrue();
        for (int t = 0; t < 150; t++)
        {
            s.Step();
            Vector3 p = s.Camera.Position;
            bool overFootprint = MathF.Abs(p.X) < 1.25f && MathF.Abs(p.Z - 30f) < 3.5f;
            (overFootprint && p.Y < 3f).ShouldBeFalse($"tick {s.Tick}: the camera is inside the truck at {p}");
        }
        s.Camera.Position.X.ShouldBe(10f, 0.2f, "the move still arrives");

        // The barn at (−30, 20), 12 m long: a dolly into it stops at its wall.
        DirectorSession b = new(new DirectorWorld(Generate), 7, new CameraPose(new Vector3(-30f, 1.6f, 45f), 0f, 0f), new AtmosphereState(15f, WeatherKind.Clear, 0f));
        b.Execute("dolly in 30 m over 2 seconds").Accepted.ShouldBeTrue();
        b.StepTo(150);
        PlacedObject barn = b.Story.ObjectsNear(new Vector3(-30f, 0f, 20f), 5f).Single(o => o.Id == BarnId);
        Vector3 local = b.Camera.Position - barn.Position;
        float c = MathF.Cos(barn.Yaw), sn = MathF.Sin(barn.Yaw);
        float lx = (local.X * c) - (local.Z * sn), lz = (local.X * sn) + (local.Z * c);
        (MathF.Abs(lx) < barn.HalfExtents.X && MathF.Abs(lz) < barn.HalfExtents.Z).ShouldBeFalse($"the camera went into the barn: {b.Camera.Position}");
        b.Camera.Position.Z.ShouldBeGreaterThan(20f, "it stopped on the near side");
    }

    [Fact]
    public void WindGusts_ComeAndGo_MoreOftenWhenDramatic_AndReplayExactly()
    {
        static float[] Wind(Mood mood)
        {
            var story = new StoryState(new DirectorWorld(Generate), 7) { Mood = mood };
            return [.. Enumerable.Range(0, 180 * Ticks.PerSecond).Select(t => story.Wind(t))];
        }
        float[] calm = Wind(Mood.Calm), dramatic = Wind(Mood.Dramatic);
        dramatic.ShouldBe(Wind(Mood.Dramatic), "a pure function of seed, mood and tick");
        dramatic.Min().ShouldBe(1f, "between gusts, the everyday breeze");
        dramatic.Max().ShouldBeGreaterThan(2f);
        int Gusty(float[] w) => w.Count(x => x > 1.5f);
        Gusty(dramatic).ShouldBeGreaterThan(Gusty(calm) * 2, "dramatic weather is gustier than calm");
        for (int t = 1; t < dramatic.Length; t++)
        {
            MathF.Abs(dramatic[t] - dramatic[t - 1]).ShouldBeLessThan(0.08f, $"gusts rise and fall smoothly (tick {t})");
        }
    }

    [Fact]
    public void WindCommands_SetTheTakesWind_AndAGustRisesAndFallsBack()
    {
        DirectorSession s = Session(Mood.Calm);
        float Ambient() => s.Story.Wind(s.Tick);
        s.Execute("make it windy over 1 second").Accepted.ShouldBeTrue();
        s.StepTo(90);
        (s.Snapshot().Wind / Ambient()).ShouldBe(2.5f, 0.01f);
        s.Execute("a gust of wind over 2 seconds").Accepted.ShouldBeTrue();
        float peak = 0f;
        for (int t = 0; t < 150; t++)
        {
            s.Step();
            peak = MathF.Max(peak, s.Snapshot().Wind);
        }
        peak.ShouldBeGreaterThan(2.5f * 3f, "the gust adds to the windy take");
        (s.Snapshot().Wind / Ambient()).ShouldBe(2.5f, 0.01f, "and the wind is as it was after it");
        s.Execute("the wind dies down instantly").Accepted.ShouldBeTrue();
        s.Step();
        s.Snapshot().Wind.ShouldBeLessThan(1f);
    }

    [Theory]
    [InlineData("a car passes by")]
    [InlineData("the deer walk by")]
    [InlineData("hold on the cabin for 2 seconds")]
    [InlineData("keep the deer in frame")]
    [InlineData("pull back to reveal the lake")]
    [InlineData("reverse angle")]
    [InlineData("make it windy")]
    [InlineData("a gust of wind")]
    public void SetPhrasings_AreCarriedOutInAWorld(string line)
    {
        DirectorSession s = Session();
        s.Execute("wide shot of the cabin").Accepted.ShouldBeTrue();
        CommandOutcome o = s.Execute(line);
        o.Accepted.ShouldBeTrue(o.Message);
        s.StepTo(120);
    }
}
