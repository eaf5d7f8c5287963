using Nacre.Core;
using Nacre.Language.Directing;

namespace Nacre.Simulation.Directing;

/// <summary>
/// Time of day, weather and sun direction with smooth timed transitions. Time takes the shorter way round the clock
/// (dusk → golden hour goes back two hours, 15:00 → night goes forward; exactly 12 hours goes forward); a change
/// of weather kind fades the old weather out over the first half and the new one in over the second (intensity never
/// jumps); the sun's compass direction turns the short way. Evaluated per tick, so a replay is exact.
/// </summary>
public sealed class AtmosphereState
{
    private (long Start, long Ticks, Easing Easing, float From, float Forward)? _time;
    private (long Start, long Ticks, Easing Easing, WeatherKind FromKind, float FromIntensity, WeatherKind ToKind, float ToIntensity)? _weather;
    private (long Start, long Ticks, Easing Easing, float From, float Delta)? _sun;
    private (long Start, long Ticks, Easing Easing, float From, float To)? _wind;

    /// <param name="hours">Local solar time, hours.</param>
    /// <param name="weather">Weather kind.</param>
    /// <param name="intensity">Weather intensity, 0 … 1.</param>
    /// <param name="sunAzimuth">The director's sun direction, radians, or null for the time of day's own.</param>
    public AtmosphereState(float hours, WeatherKind weather, float intensity, float? sunAzimuth = null)
    {
        Hours = hours;
        Weather = weather;
        WeatherIntensity = intensity;
        SunAzimuth = sunAzimuth;
    }

    /// <summary>Local solar time, hours in [0, 24).</summary>
    public float Hours { get; private set; }

    public WeatherKind Weather { get; private set; }

    public float WeatherIntensity { get; private set; }

    /// <summary>Compass direction the sunlight comes from, radians, or null for the time of day's own sun.</summary>
    public float? SunAzimuth { get; private set; }

    /// <summary>The compass azimuth of the sun the renderer derives from the time of day (<see cref="SunPath.Azimuth"/>), radians.</summary>
    public static float NaturalSunAzimuth(float hours) => SunPath.Azimuth(hours);

    public void SetTime(long tick, float hours, Motion motion)
    {
        float forward = (((hours - Hours) % 24f) + 24f) % 24f;
        if (forward > 12f)
        {
            forward -= 24f; // back the short way
        }
        _time = (tick, Math.Max(1L, (long)MathF.Round(motion.Seconds * Ticks.PerSecond)), motion.IsCut ? Easing.Linear : motion.Easing, Hours, forward);
    }

    public void SetWeather(long tick, WeatherKind kind, float intensity, Motion motion)
    {
        _weather = (tick, Math.Max(1L, (long)MathF.Round(motion.Seconds * Ticks.PerSecond)), motion.IsCut ? Easing.Linear : motion.Easing,
            Weather, WeatherIntensity, kind, Math.Clamp(intensity, 0f, 1f));
    }

    /// <summary>Wind strength the take set (1 = the everyday breeze); ambient and directed gusts come on top of it.</summary>
    public float Wind { get; private set; } = 1f;

    public void SetWind(long tick, float strength, Motion motion) =>
        _wind = (tick, Math.Max(1L, (long)MathF.Round(motion.Seconds * Ticks.PerSecond)), motion.IsCut ? Easing.Linear : motion.Easing, Wind, strength);

    /// <summary>Points the sun at <paramref name="azimuth"/> (compass radians the light comes from).</summary>
    public void SetSun(long tick, float azimuth, Motion motion)
    {
        float from = SunAzimuth ?? NaturalSunAzimuth(Hours);
        _sun = (tick, Math.Max(1L, (long)MathF.Round(motion.Seconds * Ticks.PerSecond)), motion.IsCut ? Easing.Linear : motion.Easing, from, CameraRig.ShortestAngle(from, azimuth));
    }

    public void Step(long tick)
    {
        if (_time is { } t)
        {
            float p = Progress(tick, t.Start, t.Ticks, t.Easing);
            Hours = (((t.From + (t.Forward * p)) % 24f) + 24f) % 24f;
            if (p >= 1f)
            {
                _time = null;
            }
        }
        if (_weather is { } w)
        {
            float p = Progress(tick, w.Start, w.Ticks, w.Easing);
            if (w.FromKind == w.ToKind || w.FromKind == WeatherKind.Clear || w.FromIntensity <= 0f)
            {
                Weather = w.ToKind == WeatherKind.Clear && p < 1f ? w.FromKind : w.ToKind;
                float from = w.FromKind == w.ToKind ? w.FromIntensity : 0f;
                WeatherIntensity = from + ((w.ToIntensity - from) * p);
            }
            else if (w.ToKind == WeatherKind.Clear)
            {
                Weather = p < 1f ? w.FromKind : WeatherKind.Clear;
                WeatherIntensity = w.FromIntensity * (1f - p);
            }
            else if (p < 0.5f)
            {
                Weather = w.FromKind;
                WeatherIntensity = w.FromIntensity * (1f - (2f * p));
            }
            else
            {
                Weather = w.ToKind;
                WeatherIntensity = w.ToIntensity * ((2f * p) - 1f);
            }
            if (p >= 1f)
            {
                _weather = null;
            }
        }
        if (_wind is { } wind)
        {
            float p = Progress(tick, wind.Start, wind.Ticks, wind.Easing);
            Wind = wind.From + ((wind.To - wind.From) * p);
            if (p >= 1f)
            {
                _wind = null;
            }
        }
        if (_sun is { } s)
        {
            float p = Progress(tick, s.Start, s.Ticks, s.Easing);
            SunAzimuth = s.From + (s.Delta * p);
            if (p >= 1f)
            {
                _sun = null;
            }
        }
    }

    private static float Progress(long tick, long start, long ticks, Easing easing) =>
        Motion.Apply(easing, Math.Clamp((tick - start + 1) / (float)ticks, 0f, 1f));
}
