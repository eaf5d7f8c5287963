using System.Numerics;
using Nacre.Core;

namespace Nacre.Simulation.Tests;

public class WanderSessionLookTests
{
    [Fact]
    public void UseSpecAtmosphere_PutsTheSpecsTimeWeatherAndTone_IntoTheVerySnapshotShownNext()
    {
        WanderSession s = TestWorld.Flat().Session(0f, 0f);
        var spec = new WorldSpec
        {
            Time = new TimeOfDaySpec("dawn", 5.5f),
            Weather = new WeatherSpec { Kind = WeatherKind.Snow, Intensity = 1f },
            Tone = Tone.Gloomy,
        };
        s.UseSpecAtmosphere(spec);
        s.Snapshot.Tone.ShouldBe(Tone.Gloomy);
        s.Snapshot.TimeOfDayHours.ShouldBe(5.5f);
        s.Snapshot.Weather.ShouldBe(WeatherKind.Snow);
        s.Step();
        s.Snapshot.Tone.ShouldBe(Tone.Gloomy, "the tone stays for the whole session");
    }

    [Fact]
    public void Snapshots_CarryTheCamerasDistanceToTheSubject_AsTheWalkerMoves()
    {
        WanderSession s = TestWorld.Flat().Session(0f, 0f);
        s.Snapshot.SubjectDistance.ShouldBeNull("no subject");
        var subject = new Vector3(0f, 0f, -50f);
        s.SubjectPoint = subject;
        s.Enqueue(InputEvent.Down(s.Tick, WalkKey.Forward));
        s.StepTo(s.Tick + 60);
        s.Snapshot.SubjectDistance!.Value.ShouldBe(Vector3.Distance(s.Snapshot.Camera.Position, subject), 1e-3f);
        s.Snapshot.SubjectDistance.Value.ShouldBeLessThan(49f, "walking north toward it");
    }
}
