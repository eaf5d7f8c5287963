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

    [Theory]
    [InlineData(5.5f)]   // "dawn"
    [InlineData(6.25f)]  // "sunrise"
    [InlineData(7f)]     // "early morning"
    public void DawnHours_HaveALowSunAboveTheEasternHorizon_NotAMoonlitNight(float hours)
    {
        Atmosphere a = Atmosphere.Compute(hours, WeatherKind.Clear, 0.5f);
        a.SunElevationDegrees.ShouldBeInRange(1f, 25f, "a low sun: long shadows");
        a.SunDirection.X.ShouldBeGreaterThan(0.85f, "in the east (+X)");
        a.LightDirection.ShouldBe(a.SunDirection, "the sun, not the moon, lights the scene");
        a.Night.ShouldBe(0f);
        a.Stars.ShouldBe(0f);
        a.DirectColor.X.ShouldBeGreaterThan(a.DirectColor.Z, "warm sunlight");
    }

    [Fact]
    public void Dawn_HasAPinkOrangeHorizonUnderACoolBlueZenith_AsWarmAsGoldenHour()
    {
        Atmosphere dawn = Atmosphere.Compute(5.5f, WeatherKind.Clear, 0.5f);
        Atmosphere golden = Atmosphere.Compute(18.5f, WeatherKind.Clear, 0.5f);
        Atmosphere noon = Atmosphere.Compute(Atmosphere.SolarNoon, WeatherKind.Clear, 0.5f);
        dawn.Horizon.X.ShouldBeGreaterThan(dawn.Horizon.Y * 1.5f, "orange-pink: red well above green");
        dawn.Horizon.X.ShouldBeGreaterThan(dawn.Horizon.Z * 2f, "warm: red well above blue");
        dawn.Zenith.Z.ShouldBeGreaterThan(dawn.Zenith.X * 3f, "a cool blue zenith");
        (dawn.Horizon.X / dawn.Horizon.Z).ShouldBeGreaterThan(golden.Horizon.X / golden.Horizon.Z * 0.8f, "dawn glows like the evening");
        (dawn.Horizon.X / dawn.Horizon.Z).ShouldBeGreaterThan(noon.Horizon.X / noon.Horizon.Z * 2f);
        dawn.HorizonBand.ShouldBeGreaterThan(noon.HorizonBand + 3f, "the warm band hugs the horizon at a low sun");
    }

    [Fact]
    public void Blizzard_IsAWhiteoutOfFlatLightAndDriftingSnow_LightSnowIsNot()
    {
        Atmosphere light = Atmosphere.Compute(11f, WeatherKind.Snow, 0.3f);
        Atmosphere heavy = Atmosphere.Compute(11f, WeatherKind.Snow, 0.85f);
        Atmosphere blizzard = Atmosphere.Compute(11f, WeatherKind.Snow, 1f);
        light.Blizzard.ShouldBe(0f);
        blizzard.Blizzard.ShouldBe(1f);
        heavy.Blizzard.ShouldBeInRange(0.1f, 0.9f, "heavy snow is on its way to a blizzard, without a jump");
        blizzard.FogDensity.ShouldBeGreaterThan(light.FogDensity * 5f, "visibility drops to tens of metres");
        blizzard.Snow.ShouldBeGreaterThan(light.Snow * 4f, "the air fills with flakes");
        blizzard.ShadowStrength.ShouldBeLessThan(0.02f, "flat, shadowless light");
        blizzard.DirectColor.Length().ShouldBeLessThan(light.DirectColor.Length() * 0.5f);
        (blizzard.Horizon - blizzard.Zenith).Length().ShouldBeLessThan(blizzard.Horizon.Length() * 0.2f, "one flat white-grey from the ground up");
    }

    [Fact]
    public void Lightning_IsAPureFunctionOfTheTick_ThatFlashesForAFewFramesEverySoOften()
    {
        const int Minute = 60 * 60;
        int lit = 0, strikes = 0, longest = 0, run = 0;
        for (long t = 0; t < 10 * Minute; t++)
        {
            float f = Lightning.Flash(t, 0.7f);
            f.ShouldBe(Lightning.Flash(t, 0.7f));
            f.ShouldBeInRange(0f, 1f);
            lit += f > 0f ? 1 : 0;
            strikes += f > 0f && Lightning.Flash(t - 1, 0.7f) == 0f && Lightning.Flash(t - 2, 0.7f) == 0f ? 1 : 0;
            run = f > 0f ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        (strikes / 10.0).ShouldBeInRange(4.0, 15.0, "strikes a minute in a storm");
        longest.ShouldBeLessThanOrEqualTo(Lightning.WindowTicks / 10, "a flash lasts a few frames");
        (lit / (10.0 * Minute)).ShouldBeLessThan(0.05, "most of the storm is dark");
        Enumerable.Range(0, 5 * Minute).Count(t => Lightning.Flash(t, 1f) > 0f).ShouldBeGreaterThan(Enumerable.Range(0, 5 * Minute).Count(t => Lightning.Flash(t, 0.2f) > 0f),
            "a violent storm strikes more often than a mild one");
        Atmosphere flash = Atmosphere.Compute(13f, WeatherKind.Storm, 0.7f, lightning: 1f);
        Atmosphere dark = Atmosphere.Compute(13f, WeatherKind.Storm, 0.7f);
        flash.SkyAmbient.Length().ShouldBeGreaterThan(dark.SkyAmbient.Length() * 3f, "the flash lights the whole scene");
        flash.SkyAmbient.Z.ShouldBeGreaterThan(flash.SkyAmbient.X, "in cold blue-white");
    }

    [Fact]
    public void Tones_SetLightColourAndAir_TheWayTheirWordsSay()
    {
        Atmosphere Of(Tone tone) => Atmosphere.Compute(11f, WeatherKind.Clear, 0.5f, tone: tone);
        Atmosphere neutral = Of(Tone.Neutral), moody = Of(Tone.Moody), gloomy = Of(Tone.Gloomy);
        Atmosphere cheerful = Of(Tone.Cheerful), eerie = Of(Tone.Eerie), serene = Of(Tone.Serene);

        neutral.Saturation.ShouldBe(1f);
        neutral.Tint.ShouldBe(System.Numerics.Vector3.One);
        cheerful.Saturation.ShouldBeGreaterThan(1f);
        cheerful.Tint.X.ShouldBeGreaterThan(cheerful.Tint.Z, "warm");
        cheerful.CloudCover.ShouldBeLessThanOrEqualTo(neutral.CloudCover, "clear");
        moody.Saturation.ShouldBeLessThan(0.8f);
        moody.Tint.Z.ShouldBeGreaterThan(moody.Tint.X, "cool");
        moody.CloudCover.ShouldBeGreaterThanOrEqualTo(0.6f, "overcast-ish");
        moody.FogDensity.ShouldBeGreaterThan(neutral.FogDensity, "some haze");
        gloomy.Saturation.ShouldBeLessThan(moody.Saturation, "greyer than moody");
        (gloomy.Exposure * gloomy.DirectColor.Length()).ShouldBeLessThan(moody.Exposure * moody.DirectColor.Length(), "darker than moody");
        gloomy.FogDensity.ShouldBeGreaterThan(moody.FogDensity, "heavier haze");
        eerie.Tint.Y.ShouldBeGreaterThan(eerie.Tint.X, "a green cast");
        eerie.Tint.Z.ShouldBeGreaterThan(eerie.Tint.X, "cold");
        eerie.FogFalloff.ShouldBeGreaterThan(neutral.FogFalloff * 5f, "the fog lies low");
        eerie.Exposure.ShouldBeLessThan(neutral.Exposure, "dim");
        serene.Tint.X.ShouldBeGreaterThan(serene.Tint.Z, "soft warm light");
        serene.ShadowStrength.ShouldBeLessThan(neutral.ShadowStrength, "soft shadows");
        serene.FogDensity.ShouldBeGreaterThan(neutral.FogDensity, "a gentle haze");
        Atmosphere.Compute(13f, WeatherKind.Rain, 0.6f, tone: Tone.Cheerful).Rain.ShouldBe(Atmosphere.Compute(13f, WeatherKind.Rain, 0.6f).Rain, "a tone never stops the rain");
    }

    [Theory]
    [InlineData(WeatherKind.Fog, 1f)]
    [InlineData(WeatherKind.Snow, 1f)]
    [InlineData(WeatherKind.Storm, 1f)]
    [InlineData(WeatherKind.Clear, 0.5f)]
    public void SubjectClearing_SeesTheSubjectThroughAtMostHalfTheFog_AndTheFogClosesInBehindIt(WeatherKind weather, float intensity)
    {
        foreach (Tone tone in Enum.GetValues<Tone>())
        {
            Atmosphere a = Atmosphere.Compute(23f, weather, intensity, tone: tone);
            foreach (float subject in new[] { 8f, 40f, 120f, 250f })
            {
                a.FogAmount(subject, subject).ShouldBeLessThanOrEqualTo(0.51f, $"{tone} {weather}: a subject {subject} m away");
                a.FogAmount(subject * 3f, subject).ShouldBeGreaterThanOrEqualTo(a.FogAmount(subject * 3f, null) * 0.5f, "the fog still closes in behind the subject");
                a.FogAmount(subject, subject).ShouldBeLessThanOrEqualTo(a.FogAmount(subject) + 1e-6f, "the clearing only ever thins the fog");
            }
        }
        Atmosphere blizzard = Atmosphere.Compute(23f, WeatherKind.Snow, 1f);
        blizzard.FogAmount(60f).ShouldBeGreaterThan(0.9f, "without a subject a blizzard swallows a lighthouse 60 m away");
        blizzard.FogAmount(60f, 60f).ShouldBeLessThan(0.5f, "with it the lighthouse stays in sight");
    }
}

