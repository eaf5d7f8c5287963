using Nacre.Core;
using Nacre.Language.Directing;

namespace Nacre.Language.Tests.Directing;

/// <summary>Phrasings heard on set that the grammar spells another way, the wind, and edits that are not camera work.</summary>
public class FilmPhrasingTests
{
    private static T Parse<T>(string line)
        where T : DirectorCommand
    {
        DirectorParseResult r = DirectorParser.Parse(line);
        r.IsSuccess.ShouldBeTrue(r.IsSuccess ? "" : $"'{line}': {r.Error.Message}");
        return r.Command.ShouldBeOfType<T>();
    }

    [Theory]
    [InlineData("turn around", CameraMoveKind.Pan, 180f)]
    [InlineData("look up", CameraMoveKind.Tilt, 30f)]
    [InlineData("look up at the sky", CameraMoveKind.Tilt, 40f)]
    [InlineData("look down", CameraMoveKind.Tilt, -30f)]
    public void WholeLinePhrasings_AreCameraMoves(string line, CameraMoveKind kind, float amount)
    {
        CameraMoveCommand c = Parse<CameraMoveCommand>(line);
        c.Kind.ShouldBe(kind);
        c.Amount.ShouldBe(amount);
    }

    [Theory]
    [InlineData("two shot of the deer", ShotSize.Medium)]
    [InlineData("over the shoulder shot of the person", ShotSize.MediumCloseUp)]
    [InlineData("close up on the person's face", ShotSize.CloseUp)]
    [InlineData("extreme close-up of the deer's eyes", ShotSize.ExtremeCloseUp)]
    [InlineData("master shot of the village", ShotSize.Wide)]
    public void ShotNames_MapToShotSizes(string line, ShotSize size) =>
        Parse<ShotCommand>(line).Size.ShouldBe(size);

    [Theory]
    [InlineData("it begins to snow heavily", WeatherKind.Snow, 0.9f)]
    [InlineData("lightning storm", WeatherKind.Storm, null)]
    [InlineData("a snow storm rolls in", WeatherKind.Snow, 1f)]
    [InlineData("rain lightly", WeatherKind.Rain, 0.25f)]
    public void WeatherPhrasings(string line, WeatherKind kind, float? intensity)
    {
        WeatherCommand c = Parse<WeatherCommand>(line);
        c.Kind.ShouldBe(kind);
        if (intensity is { } i)
        {
            c.Intensity.ShouldBe(i);
        }
    }

    [Theory]
    [InlineData("make it windy", 2.5f, false)]
    [InlineData("a strong wind over 4 seconds", 3f, false)]
    [InlineData("the wind picks up", 2.5f, false)]
    [InlineData("the wind dies down", 0.3f, false)]
    [InlineData("no wind", 0.2f, false)]
    [InlineData("a light breeze", 1f, false)]
    [InlineData("set the wind to 4", 4f, false)]
    [InlineData("a gust of wind", 3.5f, true)]
    [InlineData("a sudden gust blows through the trees", 3.5f, true)]
    public void Wind(string line, float strength, bool gust)
    {
        WindCommand c = Parse<WindCommand>(line);
        c.Strength.ShouldBe(strength);
        c.Gust.ShouldBe(gust);
    }

    [Fact]
    public void Wind_OverADuration_TakesIt()
    {
        Parse<WindCommand>("make it windy over 6 seconds").Motion.Seconds.ShouldBe(6f);
        DirectorParser.Parse("set the wind to 9").Error!.Message.ShouldContain("0 (still) to 5");
    }

    [Theory]
    [InlineData("fade to black")]
    [InlineData("cut to black")]
    [InlineData("fade out")]
    public void Edits_AreRefused_WithWhatToDoInstead(string line) =>
        DirectorParser.Parse(line).Error!.Message.ShouldContain("editor");

    [Fact]
    public void CalmStillMeansTheMood_AndGaleStaysWeather()
    {
        Parse<MoodCommand>("calm").Mood.ShouldBe(Mood.Calm);
        Parse<WeatherCommand>("gale").Kind.ShouldBe(WeatherKind.Storm);
    }

    [Theory]
    [InlineData("hold on the cabin for 3 seconds", typeof(LookAtCommand))]
    [InlineData("rack focus to the cabin", typeof(LookAtCommand))]
    [InlineData("keep the deer in frame", typeof(FollowCommand))]
    [InlineData("pull back to reveal the lake", typeof(ShotCommand))]
    [InlineData("drone shot over the lake", typeof(AngleCommand))]
    [InlineData("camera up", typeof(CameraMoveCommand))]
    [InlineData("whip pan left", typeof(CameraMoveCommand))]
    [InlineData("pan across the lake", typeof(LookAtCommand))]
    [InlineData("telephoto", typeof(LensCommand))]
    [InlineData("shoot it on a 50", typeof(LensCommand))]
    [InlineData("reverse angle", typeof(OrbitCommand))]
    [InlineData("moonlight", typeof(TimeOfDayCommand))]
    [InlineData("the snow stops", typeof(WeatherCommand))]
    [InlineData("stop", typeof(HoldCommand))]
    [InlineData("freeze", typeof(HoldCommand))]
    [InlineData("a car passes by", typeof(SpawnCommand))]
    [InlineData("tilt up to the top of the lighthouse", typeof(LookAtCommand))]
    [InlineData("establishing shot of the harbour", typeof(ShotCommand))]
    [InlineData("cowboy shot of the fisherman", typeof(ShotCommand))]
    [InlineData("the person walks by", typeof(BehaviourCommand))]
    public void SetPhrasings_ReadAsTheirGrammarEquivalent(string line, Type type)
    {
        DirectorParseResult r = DirectorParser.Parse(line);
        r.IsSuccess.ShouldBeTrue(r.IsSuccess ? "" : $"'{line}': {r.Error.Message}");
        r.Command.ShouldBeOfType(type);
    }

    [Fact]
    public void WhipPan_IsFast_AndALensByNumberIsThatFocalLength()
    {
        CameraMoveCommand whip = Parse<CameraMoveCommand>("whip pan right");
        whip.Amount.ShouldBe(90f);
        whip.Motion.Seconds.ShouldBeLessThan(0.5f);
        Parse<LensCommand>("shoot it on a 50").FocalMm.ShouldBe(50f);
    }

    [Fact]
    public void Stop_MidTake_HoldsTheCamera_AndCutEndsTheTake()
    {
        TakeScriptParseResult r = TakeScript.Parse("@0s dolly in\n@1s stop\n@2s make it night\n@4s cut\n");
        r.IsSuccess.ShouldBeTrue(string.Join("; ", r.Errors));
        r.Script!.Cues.Count.ShouldBe(3);
        r.Script.EndSeconds.ShouldBe(4);
    }
}
