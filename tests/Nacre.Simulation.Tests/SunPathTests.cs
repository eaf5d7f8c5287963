using Nacre.Simulation.Directing;

namespace Nacre.Simulation.Tests;

public class SunPathTests
{
    [Fact]
    public void SunPath_RisesEast_StandsSouthAtNoon_SetsWest_AndIsLowestInTheNorth()
    {
        SunPath.ElevationDegrees(SunPath.Sunrise).ShouldBe(0f, 1e-3f);
        SunPath.Azimuth(SunPath.Sunrise).ShouldBe(MathF.PI / 2f, 1e-4f);
        SunPath.ElevationDegrees(SunPath.SolarNoon).ShouldBe(SunPath.NoonElevationDegrees, 1e-3f);
        SunPath.Azimuth(SunPath.SolarNoon).ShouldBe(MathF.PI, 1e-4f);
        SunPath.ElevationDegrees(SunPath.Sunset).ShouldBe(0f, 1e-3f);
        SunPath.Azimuth(SunPath.Sunset).ShouldBe(1.5f * MathF.PI, 1e-4f);
        SunPath.ElevationDegrees(SunPath.SolarMidnight).ShouldBe(-SunPath.MidnightDepthDegrees, 1e-3f);
    }

    [Fact]
    public void SunPath_MovesWithoutJumps_AllDayLong()
    {
        for (float h = 0f; h < 24f; h += 1f / 60f)
        {
            float step = 1f / 60f;
            MathF.Abs(SunPath.ElevationDegrees(h + step) - SunPath.ElevationDegrees(h)).ShouldBeLessThan(0.5f, $"elevation at {h:F2} h");
            float turn = MathF.IEEERemainder(SunPath.Azimuth(h + step) - SunPath.Azimuth(h), 2f * MathF.PI);
            turn.ShouldBeInRange(0f, 0.02f, $"azimuth at {h:F2} h turns steadily one way");
        }
        SunPath.ElevationDegrees(25f).ShouldBe(SunPath.ElevationDegrees(1f), 1e-3f);
        SunPath.ElevationDegrees(-23f).ShouldBe(SunPath.ElevationDegrees(1f), 1e-3f);
    }

    [Fact]
    public void SunPath_GivesTheMorningWordsALowSun_AndKeepsTheEveningWordsHours()
    {
        SunPath.ElevationDegrees(5.5f).ShouldBeInRange(1f, 6f, "dawn: the sun just above the horizon");
        SunPath.ElevationDegrees(6.25f).ShouldBeInRange(6f, 16f, "sunrise: a low sun");
        SunPath.ElevationDegrees(18.5f).ShouldBeInRange(8f, 14f, "golden hour: a low sun");
        SunPath.ElevationDegrees(19.75f).ShouldBeInRange(-7f, -4f, "dusk: twilight");
        SunPath.ElevationDegrees(23f).ShouldBeLessThan(-20f, "night");
    }

    [Fact]
    public void DirectorsNaturalSun_IsTheRenderersSun()
    {
        for (float h = 0f; h < 24f; h += 0.25f)
        {
            AtmosphereState.NaturalSunAzimuth(h).ShouldBe(SunPath.Azimuth(h));
        }
    }
}
