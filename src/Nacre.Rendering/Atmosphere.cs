using System.Numerics;
using Nacre.Core;
using Nacre.Simulation;

namespace Nacre.Rendering;

/// <summary>
/// The lighting of one moment: one sun (or moon) direction drives the sky, the shading, the shadows and the fog, so
/// every part of a frame agrees. A pure function of time of day and weather. Colours are linear RGB, scaled so that
/// 1 is a bright diffuse white after exposure.
/// </summary>
public readonly record struct Atmosphere
{
    /// <summary>Highest sun elevation at solar noon, degrees (<see cref="SunPath.NoonElevationDegrees"/>).</summary>
    public const float NoonElevationDegrees = SunPath.NoonElevationDegrees;

    /// <summary>Sunrise, solar noon and sunset, local hours (<see cref="SunPath"/>: the morning is the longer half).</summary>
    public const float Sunrise = SunPath.Sunrise;
    public const float SolarNoon = SunPath.SolarNoon;
    public const float Sunset = SunPath.Sunset;

    /// <summary>
    /// Most of the fog's optical depth allowed between the camera and <see cref="SubjectClearingReach"/> × the subject's
    /// distance: 0.9, so the subject itself stands behind at most 0.9 / 1.3 ≈ 0.7 (half the fog, 1 − e^−0.7 ≈ 50 %) and the
    /// fog closes in behind it.
    /// </summary>
    public const float SubjectFogDepth = 0.9f;

    /// <summary>How far past the subject the thinned fog reaches, as a multiple of the subject's distance.</summary>
    public const float SubjectClearingReach = 1.3f;

    /// <summary>Unit vector toward the sun (world axes; it may point below the horizon at night).</summary>
    public Vector3 SunDirection { get; init; }

    /// <summary>Unit vector toward the moon (opposite side of the sky from the sun).</summary>
    public Vector3 MoonDirection { get; init; }

    /// <summary>Sun elevation, degrees above the horizon (negative at night).</summary>
    public float SunElevationDegrees { get; init; }

    /// <summary>Direct light from the sun or moon, whichever lights the scene, as irradiance colour.</summary>
    public Vector3 DirectColor { get; init; }

    /// <summary>Unit vector toward the light that casts shadows (the sun by day, the moon by night).</summary>
    public Vector3 LightDirection { get; init; }

    public Vector3 Zenith { get; init; }

    public Vector3 Horizon { get; init; }

    /// <summary>Sky light from above, for hemisphere ambient.</summary>
    public Vector3 SkyAmbient { get; init; }

    /// <summary>Light bounced from the ground, for hemisphere ambient.</summary>
    public Vector3 GroundAmbient { get; init; }

    /// <summary>Colour of haze looking toward the sun (the glow around a low sun).</summary>
    public Vector3 SunGlow { get; init; }

    /// <summary>Exponential fog density, 1/m (aerial perspective in clear air, thick in fog).</summary>
    public float FogDensity { get; init; }

    /// <summary>How dark shadows are, 0 (none) … 1 (only ambient light in shadow).</summary>
    public float ShadowStrength { get; init; }

    /// <summary>Star visibility, 0 … 1.</summary>
    public float Stars { get; init; }

    /// <summary>Cloud cover, 0 (clear) … 1 (overcast).</summary>
    public float CloudCover { get; init; }

    /// <summary>Wet look of surfaces in rain, 0 … 1.</summary>
    public float Wetness { get; init; }

    /// <summary>Rain particles per cubic metre around the camera (0 for none).</summary>
    public float Rain { get; init; }

    /// <summary>Snow flakes around the camera, 0 … 1 of the most there are (a blizzard's: 32 000 in the camera's box).</summary>
    public float Snow { get; init; }

    /// <summary>How much of a blizzard the snow is, 0 … 1: flakes driven sideways, a whiteout fog, flat light.</summary>
    public float Blizzard { get; init; }

    /// <summary>Exposure multiplier applied before tone mapping.</summary>
    public float Exposure { get; init; }

    /// <summary>0 by day … 1 at full night: lit windows, lamps and fires glow.</summary>
    public float Night { get; init; }

    /// <summary>Colour saturation applied after exposure (the tone's): 1 unchanged, 0 grey.</summary>
    public float Saturation { get; init; }

    /// <summary>White balance multiplied into linear colour after exposure (the tone's), e.g. warm or cold-green.</summary>
    public Vector3 Tint { get; init; }

    /// <summary>
    /// How sharply the warm horizon band of a low sun hugs the horizon: the exponent of the horizon-to-zenith blend, 3
    /// by day, up to 8 at dawn, sunset and dusk (a thin pink-orange band under a blue sky, not a mauve wash).
    /// </summary>
    public float HorizonBand { get; init; }

    /// <summary>How fast fog thins with height above the eye, 1/m (a low ground fog when large).</summary>
    public float FogFalloff { get; init; }

    /// <summary>Brightness of cloud bodies against the lit cloud colour: 1 ordinary, below 1 the dark bellies of storm clouds.</summary>
    public float CloudShade { get; init; }

    /// <summary>Lightning lighting the scene now, 0 … 1 (see <see cref="Rendering.Lightning.Flash"/>).</summary>
    public float LightningFlash { get; init; }

    /// <param name="hours">Local solar time, hours.</param>
    /// <param name="weather">Weather kind.</param>
    /// <param name="intensity">Weather intensity, 0 … 1 (snow from about 0.9 is a blizzard).</param>
    /// <param name="sunAzimuth">
    /// Compass direction the sunlight comes from, radians (0 north, π/2 east), overriding the time of day's own: the
    /// director's "light from the west". Elevation and colour still follow the time of day. Null for the natural sun.
    /// </param>
    /// <param name="tone">The world's look (<see cref="ToneLook.Of"/>), on top of time and weather.</param>
    /// <param name="lightning">A lightning flash lighting the scene, 0 … 1 (<see cref="Rendering.Lightning.Flash"/>; storms only).</param>
    public static Atmosphere Compute(float hours, WeatherKind weather, float intensity, float? sunAzimuth = null, Tone tone = Tone.Neutral, float lightning = 0f)
    {
        hours = ((hours % 24f) + 24f) % 24f;
        intensity = Math.Clamp(intensity, 0f, 1f);
        lightning = Math.Clamp(lightning, 0f, 1f);
        ToneLook look = ToneLook.Of(tone);

        // The sun's path (SunPath): east at sunrise, south at noon, west at sunset, north below the horizon at night.
        float elevation = SunPath.ElevationDegrees(hours);
        float azimuth = sunAzimuth is { } az && float.IsFinite(az) ? az : SunPath.Azimuth(hours);
        Vector3 sun = Direction(azimuth, elevation * MathF.PI / 180f);
        Vector3 moon = Direction(azimuth + MathF.PI + 0.4f, MathF.Max(20f, -elevation * 0.8f) * MathF.PI / 180f);

        // Dawn is painted like the evening, a little pinker and cleaner: a pink-orange band under a cool blue sky.
        bool morning = hours >= SunPath.SolarMidnight && hours < SunPath.SolarNoon;
        float day = SmoothStep(-8f, 12f, elevation);          // 0 night … 1 day
        float sunUp = SmoothStep(-1.5f, 5f, elevation);       // direct sunlight reaches the ground
        // Golden hour and twilight tint, degrees about a sun 3° up; it lingers longer in the morning, so "sunrise"
        // (06:15, the sun 13° up) still glows.
        float low = morning
            ? MathF.Exp(-MathF.Pow((elevation - 5f) / 12f, 2f))
            : MathF.Exp(-MathF.Pow((elevation - 3f) / 11f, 2f));
        float night = 1f - SmoothStep(-12f, -2f, elevation);

        Vector3 noonSun = new(1.00f, 0.95f, 0.86f);
        Vector3 lowSun = morning ? new Vector3(1.00f, 0.60f, 0.36f) : new Vector3(1.00f, 0.52f, 0.22f);
        Vector3 sunColor = Vector3.Lerp(noonSun, lowSun, Math.Clamp(low * 1.2f, 0f, 1f)) * (1.9f * sunUp);

        Vector3 dayZenith = new(0.10f, 0.26f, 0.70f);
        Vector3 dayHorizon = new(0.55f, 0.70f, 0.92f);
        Vector3 twilightZenith = morning ? new Vector3(0.05f, 0.13f, 0.42f) : new Vector3(0.06f, 0.08f, 0.24f);
        Vector3 twilightHorizon = morning ? new Vector3(1.70f, 0.50f, 0.24f) : new Vector3(0.95f, 0.45f, 0.22f);
        Vector3 nightZenith = new(0.004f, 0.007f, 0.020f);
        Vector3 nightHorizon = new(0.015f, 0.022f, 0.045f);

        Vector3 zenith = Vector3.Lerp(nightZenith, dayZenith, day);
        Vector3 horizon = Vector3.Lerp(nightHorizon, dayHorizon, day);
        float twilight = Math.Clamp(low * 1.1f, 0f, 1f) * SmoothStep(-14f, -3f, elevation);
        zenith = Vector3.Lerp(zenith, twilightZenith, twilight * 0.6f);
        horizon = Vector3.Lerp(horizon, twilightHorizon, twilight * 0.75f);
        // Blue hour: with the sun 3 … 10° below the horizon the sky deepens to a saturated blue, the warm band only a
        // thin line at the horizon (HorizonBand), not the mauve of a blend between the two.
        float blueHour = SmoothStep(-1f, -4f, elevation) * (1f - SmoothStep(-9f, -13f, elevation));
        zenith = Vector3.Lerp(zenith, new Vector3(0.030f, 0.060f, 0.210f), blueHour * 0.7f);
        horizon = Vector3.Lerp(horizon, new Vector3(0.16f, 0.17f, 0.34f), blueHour * 0.45f);
        Vector3 lowGlow = morning ? new Vector3(1.2f, 0.62f, 0.35f) : new Vector3(1.2f, 0.55f, 0.2f);
        Vector3 glow = Vector3.Lerp(new Vector3(0.9f, 0.85f, 0.7f) * day, lowGlow, twilight) * 0.6f;

        // Moonlight: cold and faint, but enough to read shapes at night.
        Vector3 moonColor = new Vector3(0.30f, 0.38f, 0.60f) * (0.30f * night);
        bool moonLights = sunUp < 0.05f;
        Vector3 direct = moonLights ? moonColor : sunColor;
        Vector3 lightDir = moonLights ? moon : sun;

        Weather w = WeatherOf(weather, intensity);
        float cloud = Math.Clamp(w.Cloud, look.CloudFloor, weather == WeatherKind.Clear ? look.ClearSkyCloudCeiling : 1f);
        float fog = MathF.Max(w.Fog * look.FogScale, look.FogFloor);
        float fogFalloff = MathF.Max(look.FogFalloff, w.FogFalloff);
        float shadow = w.Shadow * look.ShadowScale;
        float darkness = w.Darkness;

        // Clouds hide the sun: direct light fades, the sky turns grey and flat, shadows soften.
        float covered = SmoothStep(0.4f, 1f, cloud);
        Vector3 grey = new Vector3(0.52f, 0.55f, 0.60f) * (day * 0.9f) + new Vector3(0.01f, 0.012f, 0.018f);
        zenith = Vector3.Lerp(zenith, grey * 0.85f, covered) * darkness;
        horizon = Vector3.Lerp(horizon, grey, covered) * darkness;
        glow *= 1f - (0.85f * covered);
        direct *= (1f - (0.8f * covered)) * darkness * (1f - (0.75f * w.Blizzard)) * look.DirectScale;
        shadow *= (1f - (0.75f * covered)) * (1f - w.Blizzard);
        if (weather == WeatherKind.Storm)
        {
            // A low, heavy lid: darkest overhead, a paler band of light under it at the horizon.
            zenith *= 0.6f;
        }
        if (weather == WeatherKind.Fog)
        {
            // Fog takes the colour of the light in it: cool grey by day, warm amber in a low golden sun, a faint moonlit
            // blue-grey at night that dark shapes stand out against.
            Vector3 fogTint = Vector3.Lerp(new Vector3(0.62f, 0.65f, 0.68f), new Vector3(0.86f, 0.64f, 0.46f), twilight * sunUp * 0.8f);
            horizon = Vector3.Lerp(horizon, fogTint * (0.06f + (0.94f * day)), 0.7f);
        }
        if (w.Blizzard > 0f)
        {
            // A whiteout: sky and fog one flat white-grey by day, a dark slate one at night.
            Vector3 whiteout = new Vector3(0.66f, 0.69f, 0.74f) * (0.14f + (0.86f * day));
            horizon = Vector3.Lerp(horizon, whiteout, 0.85f * w.Blizzard);
            zenith = Vector3.Lerp(zenith, whiteout * 0.9f, 0.85f * w.Blizzard);
        }

        // A film night, not a black one: a cold moonlit floor of ambient light that clouds and rain only dim, so
        // shapes stay readable (the stars and lit windows still carry the mood). Fog swallows most of it.
        Vector3 nightFloor = new Vector3(0.030f, 0.038f, 0.065f) * (night * (0.55f + (0.45f * darkness)) * (weather == WeatherKind.Fog ? 0.5f : 1f));
        Vector3 skyAmbient = ((zenith * 0.55f) + (horizon * 0.45f)) * 1.5f + new Vector3(0.012f, 0.014f, 0.022f) + nightFloor;
        // Golden hour: while a low sun still shines, the light everywhere turns warm, not just the direct light — the
        // blue sky's fill would otherwise cool the scene back to a pale afternoon.
        float golden = Math.Clamp(low * sunUp * (1f - covered), 0f, 1f);
        float ambientLuma = (skyAmbient.X + skyAmbient.Y + skyAmbient.Z) / 3f;
        Vector3 goldenFill = morning ? new Vector3(1.2f, 0.95f, 0.75f) : new Vector3(1.25f, 0.92f, 0.62f);
        Vector3 goldenHorizon = morning ? new Vector3(1.0f, 0.5f, 0.32f) : new Vector3(1.0f, 0.62f, 0.34f);
        skyAmbient = Vector3.Lerp(skyAmbient, goldenFill * ambientLuma, golden * 0.7f) * look.AmbientScale;
        horizon = Vector3.Lerp(horizon, goldenHorizon * MathF.Max(0.5f, (horizon.X + horizon.Y + horizon.Z) / 3f), golden * 0.45f);
        Vector3 groundAmbient = (new Vector3(0.30f, 0.27f, 0.22f) * (0.5f * (day + (0.03f * night)))) * darkness * look.AmbientScale;

        if (lightning > 0f)
        {
            // The whole sky flashes blue-white: it lights every surface from above and the clouds from within.
            Vector3 flash = new Vector3(0.72f, 0.80f, 1.0f) * lightning;
            skyAmbient += flash * 1.3f;
            groundAmbient += flash * 0.25f;
            zenith += flash * 0.55f;
            horizon += flash * 0.45f;
            shadow = 0f;
        }

        return new Atmosphere
        {
            SunDirection = sun,
            MoonDirection = moon,
            SunElevationDegrees = elevation,
            DirectColor = direct,
            LightDirection = lightDir,
            Zenith = zenith,
            Horizon = horizon,
            SkyAmbient = skyAmbient,
            GroundAmbient = groundAmbient,
            SunGlow = glow,
            FogDensity = fog,
            ShadowStrength = shadow,
            Stars = night * (1f - covered) * (weather == WeatherKind.Fog ? 0.15f : 1f),
            CloudCover = cloud,
            Wetness = w.Wet,
            Rain = w.Rain,
            Snow = w.Snow,
            Blizzard = w.Blizzard,
            Exposure = (0.65f + (0.6f * night)) * look.Exposure,
            Night = night,
            Saturation = look.Saturation,
            // Golden hour is graded warm as a whole (sky included), the way a film's colourist would.
            Tint = look.Tint * Vector3.Lerp(Vector3.One, new Vector3(1.10f, 1.0f, 0.84f), golden * 0.8f),
            FogFalloff = fogFalloff,
            HorizonBand = 3f + (5f * twilight),
            CloudShade = weather == WeatherKind.Storm ? 0.45f + (0.75f * lightning) : 1f,
            LightningFlash = lightning,
        };
    }

    /// <summary>
    /// Fog density, 1/m, between the camera and <see cref="SubjectClearingReach"/> × <paramref name="subjectDistance"/>:
    /// thin enough that the whole stretch holds at most <see cref="SubjectFogDepth"/> of optical depth (the subject is seen
    /// through at most half the fog), the weather's own density beyond. Subjects up to 260 m away (the spawn's are 8 … 250 m) get it all; farther ones less, and none past
    /// 400 m (a camera that has wandered away from the subject sees the weather's own fog). Without a subject, the
    /// ordinary density everywhere.
    /// </summary>
    /// <returns>The distance the thinned fog reaches (m, 0 when none) and its density there (1/m).</returns>
    public (float Reach, float Density) SubjectClearing(float? subjectDistance)
    {
        if (subjectDistance is not { } s || !float.IsFinite(s) || s <= 0f)
        {
            return (0f, FogDensity);
        }
        float reach = MathF.Max(s, 1f) * SubjectClearingReach;
        float thinned = MathF.Min(FogDensity, SubjectFogDepth / reach);
        return (reach, thinned + ((FogDensity - thinned) * SmoothStep(260f, 400f, s)));
    }

    /// <summary>
    /// How much fog hides a point <paramref name="distance"/> metres away at eye height, 0 … 1, with the subject
    /// clearing of <paramref name="subjectDistance"/> — the same law the shaders use (before the fade into the sky at
    /// the view distance).
    /// </summary>
    public float FogAmount(float distance, float? subjectDistance = null)
    {
        (float reach, float near) = SubjectClearing(subjectDistance);
        float depth = (near * MathF.Min(distance, reach)) + (FogDensity * MathF.Max(distance - reach, 0f));
        return 1f - MathF.Exp(-depth);
    }

    /// <summary>What a weather kind does before the time of day and the tone: cloud, fog, light, wet and precipitation.</summary>
    private static Weather WeatherOf(WeatherKind weather, float intensity)
    {
        var w = new Weather(Cloud: 0.15f, Fog: 0.0011f, FogFalloff: ToneLook.DefaultFogFalloff, Darkness: 1f, Shadow: 0.85f, Wet: 0f, Rain: 0f, Snow: 0f, Blizzard: 0f);
        switch (weather)
        {
            case WeatherKind.Overcast:
                return w with { Cloud = 0.75f + (0.25f * intensity), Fog = 0.0018f, Darkness = 0.8f };
            case WeatherKind.Fog:
                // Mist lies low: hills and fjord walls rise out of it.
                return w with { Cloud = 0.6f, Fog = 0.008f + (0.03f * intensity), FogFalloff = 0.01f, Darkness = 0.85f, Shadow = 0.3f };
            case WeatherKind.Drizzle:
                return w with { Cloud = 0.85f, Fog = 0.003f, Darkness = 0.72f, Wet = 0.5f, Rain = 0.25f + (0.2f * intensity) };
            case WeatherKind.Rain:
                return w with { Cloud = 0.95f, Fog = 0.004f + (0.004f * intensity), Darkness = 0.6f, Wet = 1f, Rain = 0.5f + (0.5f * intensity) };
            case WeatherKind.Storm:
                // Darker the stronger it blows.
                return w with { Cloud = 1f, Fog = 0.006f + (0.004f * intensity), Darkness = 0.36f - (0.12f * intensity), Wet = 1f, Rain = 1f };
            case WeatherKind.Snow:
            {
                // From about 0.9 a blizzard: twice the flakes, a white wall of fog, flat shadowless light.
                float blizzard = SmoothStep(0.8f, 0.95f, intensity);
                return w with
                {
                    Cloud = 0.9f + (0.1f * blizzard),
                    Fog = 0.004f + (0.006f * intensity) + (0.03f * blizzard),
                    Darkness = 0.8f - (0.1f * blizzard),
                    // Ordinary snow up to 6 000 flakes of the 32 000 a full blizzard fills the air with.
                    Snow = ((0.5f + (0.5f * intensity)) * (6000f / 32000f) * (1f - blizzard)) + blizzard,
                    Blizzard = blizzard,
                };
            }
            default:
                return w;
        }
    }

    private static Vector3 Direction(float azimuth, float elevation) => new(
        MathF.Sin(azimuth) * MathF.Cos(elevation),
        MathF.Sin(elevation),
        -MathF.Cos(azimuth) * MathF.Cos(elevation));

    private static float SmoothStep(float edge0, float edge1, float x)
    {
        float t = Math.Clamp((x - edge0) / (edge1 - edge0), 0f, 1f);
        return t * t * (3f - (2f * t));
    }

    /// <summary>A weather kind's share of the look (<see cref="WeatherOf"/>).</summary>
    private readonly record struct Weather(float Cloud, float Fog, float FogFalloff, float Darkness, float Shadow, float Wet, float Rain, float Snow, float Blizzard);
}
