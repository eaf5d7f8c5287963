namespace Nacre.Studio.Sessions;

/// <summary>A streaming resolution the studio offers (16:9, FORMATS.md): 480p = 854 × 480, 720p = 1280 × 720.</summary>
public readonly record struct Resolution(string Name, int Width, int Height)
{
    public static Resolution P480 { get; } = new("480p", 854, 480);

    public static Resolution P720 { get; } = new("720p", 1280, 720);

    /// <summary>Parses "480p" or "720p" (null or empty means 480p); false for anything else.</summary>
    public static bool TryParse(string? text, out Resolution resolution)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "480p" or "480":
                resolution = P480;
                return true;
            case "720p" or "720":
                resolution = P720;
                return true;
            default:
                resolution = default;
                return false;
        }
    }

    public override string ToString() => Name;
}
