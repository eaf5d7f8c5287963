using System.Numerics;
using Nacre.Core;

namespace Nacre.Rendering;

/// <summary>
/// The lighting of one moment: one sun (or moon) direction drives the sky, the shading, the shadows and the fog, so
/// every part of a frame agrees. A pure function of time of day and weather. Colours are linear RGB, scaled so that
/// 1 is a bright diffuse white after exposure.
/// </summary>
public readonly record struct Atmosphere
{
    /// <summary>Highest sun elevation at solar noon, degrees.</summary>
    public const float NoonElevationDegrees = 62f;

    /// <summary>Sunrise and sunset, local hours; solar noon lies halfway.</summary>
    public const float Sunrise = 6.25f;
    public const float Sunset = 19.25f;

    /// <summary>How far below the horizon the sun goes at solar midnight, degrees.</summary>
    private const float MidnightDepthDegrees = 40f;

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

    /// <summary>Snow particles density, 0 … 1.</summary>
    public float Snow { get; init; }

    /// <summary>Exposure multiplier applied before tone mapping.</summary>
    public float Exposure { get; init; }

    /// <summary>0 by day … 1 at full night: lit windows, lamps and fires glow.</summary>
    public float Night { get; init; }

    /// <param name="hours">Local solar time, hours.</param>
    /// <param name="weather">Weather kind.</param>
    /// <param name="intensity">Weather intensity, 0 … 1.</param>
    /// <param name="sunAzimuth">
    /// Compass direction the sunlight comes from, radians (0 north, π/2 east), overriding the time of day's own: the
    /// director's "light from the west". Elevation and colour still follow the time of day. Null for the natural sun.
    /// </param>
    public static Atmosphere Compute(float hours, WeatherKind weather, float intensity, float? sunAzimuth = null)
    {
        hours = ((hours % 24f) + 24f) % 24f;
        intensity = Math.Clamp(intensity, 0f, 1f);

        // A summer day, matching the words Nacre.Language maps to hours (sunrise 06:15, sunset 19:15): the sun rises
        // in the east, stands south at solar noon (12:45) and sets in the west; at night it swings north below the
        // horizon. Compass azimuth in radians (0 north, π/2 east); elevation a sine over each half.
        float elevation, azimuth;
        if (hours >= Sunrise && hours <= Sunset)
        {
            float t = (hours - Sunrise) / (Sunset - Sunrise);
            elevation = NoonElevationDegrees * MathF.Sin(t * MathF.PI);
            azimuth = (MathF.PI / 2f) + (t * MathF.PI);
        }
        else
        {
            float t = (((hours - Sunset) % 24f) + 24f) % 24f / (24f - (Sunset - Sunrise));
            elevation = -MidnightDepthDegrees * MathF.Sin(t * MathF.PI);
            azimuth = (1.5f * MathF.PI) + (t * MathF.PI);
        }
        if (sunAzimuth is { } az && float.IsFinite(az))
        {
            azimuth = az;
        }
        Vector3 sun = Direction(azimuth, elevation * MathF.PI / 180f);
        Vector3 moon = Direction(azimuth + MathF.PI + 0.4f, MathF.Max(20f, -elevation * 0.8f) * MathF.PI / 180f);

        float day = SmoothStep(-8f, 12f, elevation);          // 0 night … 1 day
        float sunUp = SmoothStep(-1.5f, 5f, elevation);       // direct sunlight reaches the ground
        float low = MathF.Exp(-MathF.Pow((elevation - 3f) / 9f, 2f)); // golden hour and twilight tint
        float night = 1f - SmoothStep(-12f, -2f, elevation);

        Vector3 noonSun = new(1.00f, 0.95f, 0.86f);
        Vector3 lowSun = new(1.00f, 0.52f, 0.22f);
        Vector3 sunColor = Vector3.Lerp(noonSun, lowSun, Math.Clamp(low * 1.2f, 0f, 1f)) * (1.9f * sunUp);

        Vector3 dayZenith = new(0.10f, 0.26f, 0.70f);
        Vector3 dayHorizon = new(0.55f, 0.70f, 0.92f);
        Vector3 duskZenith = new(0.06f, 0.08f, 0.24f);
        Vector3 duskHorizon = new(0.95f, 0.45f, 0.22f);
        Vector3 nightZenith = new(0.004f, 0.007f, 0.020f);
        Vector3 nightHorizon = new(0.015f, 0.022f, 0.045f);

        Vector3 zenith = Vector3.Lerp(nightZenith, dayZenith, day);
        Vector3 horizon = Vector3.Lerp(nightHorizon, dayHorizon, day);
        float twilight = Math.Clamp(low * 1.1f, 0f, 1f) * SmoothStep(-14f, -3f, elevation);
        zenith = Vector3.Lerp(zenith, duskZenith, twilight * 0.6f);
        horizon = Vector3.Lerp(horizon, duskHorizon, twilight * 0.75f);
        Vector3 glow = Vector3.Lerp(new Vector3(0.9f, 0.85f, 0.7f) * day, new Vector3(1.2f, 0.55f, 0.2f), twilight) * 0.6f;

        // Moonlight: cold and faint, but enough to read shapes at night.
        Vector3 moonColor = new Vector3(0.30f, 0.38f, 0.60f) * (0.30f * night);
        bool moonLights = sunUp < 0.05f;
        Vector3 direct = moonLights ? moonColor : sunColor;
        Vector3 lightDir = moonLights ? moon : sun;

        float cloud = 0.15f;
        float fog = 0.0011f;
        float darkness = 1f;   // multiplies all light
        float shadow = 0.85f;
        float wet = 0f, rain = 0f, snow = 0f;
        switch (weather)
        {
            case WeatherKind.Overcast:
                cloud = 0.75f + (0.25f * intensity);
                fog = 0.0018f;
                darkness = 0.8f;
                break;
            case WeatherKind.Fog:
                cloud = 0.6f;
                fog = 0.008f + (0.03f * intensity);
                darkness = 0.85f;
                shadow = 0.3f;
                break;
            case WeatherKind.Drizzle:
                cloud = 0.85f;
                fog = 0.003f;
                darkness = 0.72f;
                wet = 0.5f;
                rain = 0.25f + (0.2f * intensity);
                break;
            case WeatherKind.Rain:
                cloud = 0.95f;
                fog = 0.004f + (0.004f * intensity);
                darkness = 0.6f;
                wet = 1f;
                rain = 0.5f + (0.5f * intensity);
                break;
            case WeatherKind.Storm:
                cloud = 1f;
                fog = 0.006f + (0.004f * intensity);
                darkness = 0.32f;
                wet = 1f;
                rain = 1f;
                break;
            case WeatherKind.Snow:
                cloud = 0.9f;
                fog = 0.004f + (0.006f * intensity);
                darkness = 0.8f;
                snow = 0.5f + (0.5f * intensity);
                break;
        }

        // Clouds hide the sun: direct light fades, the sky turns grey and flat, shadows soften.
        float covered = SmoothStep(0.4f, 1f, cloud);
        Vector3 grey = new Vector3(0.52f, 0.55f, 0.60f) * (day * 0.9f) + new Vector3(0.01f, 0.012f, 0.018f);
        zenith = Vector3.Lerp(zenith, grey * 0.85f, covered) * darkness;
        horizon = Vector3.Lerp(horizon, grey, covered) * darkness;
        glow *= 1f - (0.85f * covered);
        direct *= (1f - (0.8f * covered)) * darkness;
        shadow *= 1f - (0.75f * covered);
        if (weather == WeatherKind.Fog)
        {
            // Fog takes the colour of the light in it: cool grey by day, warm amber in a low golden sun.
            Vector3 fogTint = Vector3.Lerp(new Vector3(0.62f, 0.65f, 0.68f), new Vector3(0.86f, 0.64f, 0.46f), twilight * sunUp * 0.8f);
            horizon = Vector3.Lerp(horizon, fogTint * (0.04f + (0.96f * day)), 0.7f);
        }

        // A film night, not a black one: a cold moonlit floor of ambient light that clouds and rain only dim, so
        // shapes stay readable (the stars and lit windows still carry the mood). Fog swallows most of it.
        Vector3 nightFloor = new Vector3(0.030f, 0.038f, 0.065f) * (night * (0.55f + (0.45f * darkness)) * (weather == WeatherKind.Fog ? 0.5f : 1f));
        Vector3 skyAmbient = ((zenith * 0.55f) + (horizon * 0.45f)) * 1.5f + new Vector3(0.012f, 0.014f, 0.022f) + nightFloor;
        // Golden hour: while a low sun still shines, the light everywhere turns warm, not just the direct light — the
        // blue sky's fill would otherwise cool the scene back to a pale afternoon.
        float golden = Math.Clamp(low * sunUp * (1f - covered), 0f, 1f);
        float ambientLuma = (skyAmbient.X + skyAmbient.Y + skyAmbient.Z) / 3f;
        skyAmbient = Vector3.Lerp(skyAmbient, new Vector3(1.25f, 0.92f, 0.62f) * ambientLuma, golden * 0.6f);
        horizon = Vector3.Lerp(horizon, new Vector3(1.0f, 0.62f, 0.34f) * MathF.Max(0.5f, (horizon.X + horizon.Y + horizon.Z) / 3f), golden * 0.35f);
        Vector3 groundAmbient = (new Vector3(0.30f, 0.27f, 0.22f) * (0.5f * (day + (0.03f * night)))) * darkness;

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
            Wetness = wet,
            Rain = rain,
            Snow = snow,
            Exposure = 0.65f + (0.6f * night),
            Night = night,
        };
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
}
