using System.Text.Json;

namespace Nacre.Studio.Sessions;

/// <summary>
/// Where the walker stands and looks, saved with the world when a session ends so reopening it shows the same
/// view at the same place. Position is the walker's feet (the ground point it stands on), world metres; yaw and
/// pitch in radians (CameraPose convention: yaw 0 = north, −Z); tick is the simulation tick (60 Hz) reached.
/// </summary>
public sealed record ViewState(float X, float Y, float Z, float Yaw, float Pitch, long Tick)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a stored view; null for null, malformed or non-finite JSON (the world then opens at its spawn point).</summary>
    public static ViewState? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }
        try
        {
            ViewState? v = JsonSerializer.Deserialize<ViewState>(json, Json);
            return v is not null && float.IsFinite(v.X) && float.IsFinite(v.Y) && float.IsFinite(v.Z)
                && float.IsFinite(v.Yaw) && float.IsFinite(v.Pitch) && v.Tick >= 0 ? v : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
