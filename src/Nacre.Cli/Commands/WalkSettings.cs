using System.Globalization;

namespace Nacre.Cli.Commands;

/// <summary>Parsing of the options shared by <c>wander</c> and <c>bench</c>: resolution and frame rate.</summary>
internal static class WalkSettings
{
    /// <summary>480p = 854 × 480, 720p = 1280 × 720 (16:9, even sizes as H.264 in yuv420p needs).</summary>
    public static (int Width, int Height) ParseResolution(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "720p" => (1280, 720),
        "480p" => (854, 480),
        _ => throw new UsageException($"unknown resolution '{text}': expected 480p (854×480) or 720p (1280×720)"),
    };

    public static int ParseFps(string? text)
    {
        if (text is null)
        {
            return 30;
        }
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int fps) || fps is not (24 or 25 or 30))
        {
            throw new UsageException($"--fps '{text}' is not a video frame rate here: expected 24, 25 or 30");
        }
        return fps;
    }
}
