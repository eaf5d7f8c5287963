namespace Nacre.Simulation;

/// <summary>
/// Where the sun stands at a local solar time: one summer day that every part of Nacre shares (the renderer's light,
/// the director's "sun from the west"). Pure.
/// </summary>
/// <remarks>
/// The day is four quarter-sine arcs: from solar midnight (00:45, 40° below the north horizon) up to sunrise (05:15,
/// east), up to solar noon (12:45, south, 62°), down to sunset (19:15, west) and down to midnight again. The morning
/// is an hour longer than the afternoon so that the words Nacre.Language gives the morning — "dawn" 05:30, "sunrise"
/// 06:15, "early morning" 07:00 — show a low sun above the eastern horizon with long shadows, the film dawn, while the
/// evening keeps the hours of its words: "golden hour" 18:30 a low sun, "sunset" 19:15 the sun on the horizon, "dusk"
/// 19:45 twilight.
/// </remarks>
public static class SunPath
{
    /// <summary>The sun crosses the horizon in the east, local hours.</summary>
    public const float Sunrise = 5.25f;

    /// <summary>The sun stands highest, in the south, local hours.</summary>
    public const float SolarNoon = 12.75f;

    /// <summary>The sun crosses the horizon in the west, local hours.</summary>
    public const float Sunset = 19.25f;

    /// <summary>The sun is lowest, in the north, local hours (twelve hours after <see cref="SolarNoon"/>).</summary>
    public const float SolarMidnight = 0.75f;

    /// <summary>Highest sun elevation at solar noon, degrees.</summary>
    public const float NoonElevationDegrees = 62f;

    /// <summary>How far below the horizon the sun goes at solar midnight, degrees.</summary>
    public const float MidnightDepthDegrees = 40f;

    /// <summary>Sun elevation at <paramref name="hours"/> (any real; wrapped to a day), degrees above the horizon, negative at night.</summary>
    public static float ElevationDegrees(float hours)
    {
        (int arc, float u) = Arc(hours);
        // Each arc leaves or meets the horizon at its steepest and turns flat at noon and midnight.
        float s = MathF.Sin(u * MathF.PI / 2f), c = MathF.Cos(u * MathF.PI / 2f);
        return arc switch
        {
            0 => -MidnightDepthDegrees * c, // midnight → sunrise
            1 => NoonElevationDegrees * s,  // sunrise → noon
            2 => NoonElevationDegrees * c,  // noon → sunset
            _ => -MidnightDepthDegrees * s, // sunset → midnight
        };
    }

    /// <summary>
    /// Compass azimuth of the sun at <paramref name="hours"/>, radians in [0, 2π): 0 north, π/2 east (sunrise), π south
    /// (noon), 3π/2 west (sunset). It turns evenly within each arc.
    /// </summary>
    public static float Azimuth(float hours)
    {
        (int arc, float u) = Arc(hours);
        return (arc + u) * MathF.PI / 2f;
    }

    /// <summary>Which quarter arc <paramref name="hours"/> lies on (0 pre-dawn, 1 morning, 2 afternoon, 3 evening) and how far along it, 0 … 1.</summary>
    private static (int Arc, float U) Arc(float hours)
    {
        float h = ((((hours - SolarMidnight) % 24f) + 24f) % 24f) + SolarMidnight; // [SolarMidnight, SolarMidnight + 24)
        if (h < Sunrise)
        {
            return (0, (h - SolarMidnight) / (Sunrise - SolarMidnight));
        }
        if (h < SolarNoon)
        {
            return (1, (h - Sunrise) / (SolarNoon - Sunrise));
        }
        if (h < Sunset)
        {
            return (2, (h - SolarNoon) / (Sunset - SolarNoon));
        }
        return (3, (h - Sunset) / (SolarMidnight + 24f - Sunset));
    }
}
