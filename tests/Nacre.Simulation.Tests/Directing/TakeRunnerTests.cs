using Nacre.Language.Directing;
using Nacre.Simulation.Directing;
using static Nacre.Simulation.Tests.Directing.DirectingTestWorld;

namespace Nacre.Simulation.Tests.Directing;

public class TakeRunnerTests
{
    private const string Script = """
        @0s wide shot of the cabin
        @0.5s dolly in slowly over 2 seconds
        @1s place a red car next to the cabin
        @1.5s make it night over 1 second
        @2s orbit left 45 degrees around the cabin over 1.5 seconds
        @2.5s the deer walk to the lake
        @3s heavy rain over 1 second
        @4s end
        """;

    private static List<FrameSnapshot> Play(int fps)
    {
        TakeScript script = TakeScript.Parse(Script).Script!;
        var frames = new List<FrameSnapshot>();
        TakeRunner.Run(Session(Nacre.Core.Mood.Dramatic), script, fps, (_, f) => frames.Add(f)).ShouldBeEmpty();
        return frames;
    }

    [Fact]
    public void Take_PlayedTwice_GivesIdenticalFrames()
    {
        List<FrameSnapshot> a = Play(24), b = Play(24);
        a.Count.ShouldBe(96);
        for (int i = 0; i < a.Count; i++)
        {
            a[i].Camera.ShouldBe(b[i].Camera);
            a[i].Lens.ShouldBe(b[i].Lens);
            a[i].TimeOfDayHours.ShouldBe(b[i].TimeOfDayHours);
            a[i].WeatherIntensity.ShouldBe(b[i].WeatherIntensity);
            a[i].ExtraObjects.ShouldBe(b[i].ExtraObjects);
            a[i].HiddenObjectIds.ShouldBe(b[i].HiddenObjectIds);
        }
    }

    [Fact]
    public void Take_FramesAfterTheFirst_CarryTheCameraOfTheFrameBefore()
    {
        List<FrameSnapshot> frames = Play(24);
        frames[0].PreviousCamera.ShouldBeNull("a take's first frame has nothing to blur from");
        frames[10].PreviousCamera.ShouldBe(frames[9].Camera);
        frames[60].PreviousCamera.ShouldBe(frames[59].Camera, "the orbit moves the camera frame to frame: motion blur follows it");
    }

    [Fact]
    public void Take_FirstFrame_AlreadyShowsTheFirstShot()
    {
        FrameSnapshot first = Play(30)[0];
        (first.Camera.Position - Cabin).Length().ShouldBeGreaterThan(15f);
        first.Camera.Position.ShouldNotBe(new System.Numerics.Vector3(0f, 1.6f, 0f));
    }

    [Fact]
    public void Validate_UnknownSubject_NamesItsLine()
    {
        TakeScript script = TakeScript.Parse("@0s wide shot of the cabin\n@1s close-up of the castle\n@2s cut to camera B").Script!;
        IReadOnlyList<TakeScriptError> errors = TakeRunner.Validate(Session(), script);
        errors.Select(e => e.LineNumber).ShouldBe([2, 3]);
        errors[0].Message.ShouldContain("no castle");
    }

    [Fact]
    public void At24Fps_ADollyMovesEvenlyFrameToFrame_NotTwoThreeTwoThreeTicks()
    {
        TakeScript script = TakeScript.Parse("@0s dolly in 8 m over 4 seconds\n@4s end\n").Script!;
        var z = new List<float>();
        TakeRunner.Run(Session(), script, 24, (_, f) => z.Add(f.Camera.Position.Z)).ShouldBeEmpty();
        // The middle second of the move, where easing changes speed least: each frame's step matches the last's.
        for (int f = 44; f < 52; f++)
        {
            float a = z[f] - z[f - 1], b = z[f + 1] - z[f];
            (b / a).ShouldBeInRange(0.9f, 1.11f, $"frame {f}: steps {a:0.000} then {b:0.000} m");
        }
    }
}
