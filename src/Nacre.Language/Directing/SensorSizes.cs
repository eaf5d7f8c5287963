namespace Nacre.Language.Directing;

/// <summary>Sensor dimensions in millimetres (shared FORMATS.md) and their names as a DP says them.</summary>
public static class SensorSizes
{
    /// <summary>Width and height of the sensor, millimetres.</summary>
    public static (float WidthMm, float HeightMm) Of(SensorPreset preset) => preset switch
    {
        SensorPreset.Super35 => (24.89f, 18.66f),
        SensorPreset.Super16 => (12.5f, 7.4f),
        SensorPreset.AlexaMini => (28.25f, 18.17f),
        _ => (36f, 24f),
    };

    public static string Name(SensorPreset preset) => preset switch
    {
        SensorPreset.Super35 => "Super 35",
        SensorPreset.Super16 => "Super 16",
        SensorPreset.AlexaMini => "ALEXA Mini",
        _ => "full frame",
    };

    /// <summary>The preset whose width is nearest <paramref name="widthMm"/> (for HUDs that only know the lens).</summary>
    public static SensorPreset Nearest(float widthMm)
    {
        SensorPreset best = SensorPreset.FullFrame;
        float bestDiff = float.MaxValue;
        foreach (SensorPreset p in Enum.GetValues<SensorPreset>())
        {
            float d = MathF.Abs(Of(p).WidthMm - widthMm);
            if (d < bestDiff)
            {
                bestDiff = d;
                best = p;
            }
        }
        return best;
    }
}
