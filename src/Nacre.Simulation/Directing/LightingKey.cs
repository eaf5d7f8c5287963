using System.Globalization;
using System.Text.Json;
using Nacre.Core;

namespace Nacre.Simulation.Directing;

/// <summary>
/// Light and weather made part of the world by "keep": stored in the world's edit log (kind "lighting") so a reopened
/// world starts from it instead of its prompt's own light.
/// </summary>
public sealed record LightingKey(long Tick, float Hours, WeatherKind Weather, float Intensity, float? SunAzimuth)
{
    public const string KindName = "lighting";

    /// <summary>The key as JSON; numbers round-trip exactly (G9).</summary>
    public string ToJson() => string.Create(CultureInfo.InvariantCulture,
        $"{{\"hours\":{Hours:G9},\"weather\":\"{Weather}\",\"intensity\":{Intensity:G9},\"sun\":{(SunAzimuth is { } s ? s.ToString("G9", CultureInfo.InvariantCulture) : "null")}}}");

    public static LightingKey FromJson(long tick, string json)
    {
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            JsonElement r = doc.RootElement;
            JsonElement sun = r.GetProperty("sun");
            return new LightingKey(tick, r.GetProperty("hours").GetSingle(), Enum.Parse<WeatherKind>(r.GetProperty("weather").GetString()!),
                r.GetProperty("intensity").GetSingle(), sun.ValueKind == JsonValueKind.Null ? null : sun.GetSingle());
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"lighting edit is not valid: {e.Message}", e);
        }
    }
}
