using Nacre.Core;

namespace Nacre.Rendering.Tests;

public class AtmosphereTests
{
    [Fact]
    public void Sun_RisesInTheEast_StandsSouthAtNoon_AndIsBelowTheHorizonAtMidnight()
    {
        Atmosphere morning = Atmosphere.Compute(7f, WeatherKind.Clear, 0.5f);
        Atmosphere noon = Atmosphere.Compute(Atmosphere.SolarNoon, WeatherKind.Clear, 0.5f);
        Atmosphere midnight = Atmosphere.Compute(0f, WeatherKind.Clear, 0.5f);
        morning.SunDirection.X.ShouldBeGreaterThan(0.5f, "east is +X");
        noon.SunDirection.Z.ShouldBeGreaterThan(0.3f, "south is +Z");
        noon.SunElevationDegrees.ShouldBe(Atmosphere.NoonElevationDegrees, 0.01f);
        midnight.SunElevationDegrees.ShouldBeLessThan(-25f);
        Atmosphere.Compute(19.75f, WeatherKind.Clear, 0.5f).SunElevationDegrees.ShouldBeInRange(-10f, 0f, "dusk (19:45) is twilight");
        Atmosphere.Compute(18.5f, WeatherKind.Clear, 0.5f).SunElevationDegrees.ShouldBeInRange(3f, 16f, "golden hour (18:30) has a low sun");
        midnight.Stars.ShouldBeGreaterThan(0.9f);
        noon.Stars.ShouldBe(0f);
    }

    [Fact]
    public void Storm_IsDarkerThanOvercast_WhichIsDarkerThanClear()
    {
        float Light(WeatherKind w) => Atmosphere.Compute(13f, w, 0.7f).DirectColor.Length() + Atmosphere.Compute(13f, w, 0.7f).SkyAmbient.Length();
        Light(WeatherKind.Storm).ShouldBeLessThan(Light(WeatherKind.Overcast));
        Light(WeatherKind.Overcast).ShouldBeLessThan(Light(WeatherKind.Clear));
        Atmosphere.Compute(13f, WeatherKind.Rain, 0.7f).Rain.ShouldBeGreaterThan(0f);
        Atmosphere.Compute(13f, WeatherKind.Snow, 0.7f).Snow.ShouldBeGreaterThan(0f);
        Atmosphere.Compute(13f, WeatherKind.Fog, 0.7f).FogDensity.ShouldBeGreaterThan(Atmosphere.Compute(13f, WeatherKind.Clear, 0.7f).FogDensity * 5f);
    }

    [Fact]
    public void SunAzimuth_TurnsTheSunToTheDirectorsSide_AndKeepsTheTimeOfDaysHeight()
    {
        Atmosphere natural = Atmosphere.Compute(10f, WeatherKind.Clear, 0.5f);
        Atmosphere fromWest = Atmosphere.Compute(10f, WeatherKind.Clear, 0.5f, sunAzimuth: 1.5f * MathF.PI);
        natural.SunDirection.X.ShouldBeGreaterThan(0.2f, "a 10 o'clock sun stands in the south-east");
        fromWest.SunDirection.X.ShouldBeLessThan(-0.5f, "'light from the west' puts the sun in the west (−X)");
        fromWest.SunElevationDegrees.ShouldBe(natural.SunElevationDegrees, 0.001f);
        fromWest.DirectColor.ShouldBe(natural.DirectColor);
    }
}
