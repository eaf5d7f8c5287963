using System.Globalization;

namespace Nacre.Rendering;

/// <summary>An output image size in pixels, as users write it: "480p" (854 × 480), "720p" (1280 × 720), "1080p", or "WxH".</summary>
public readonly record struct ImageSize(int Width, int Height)
{
    public const int MinSide = 16;
    public const int MaxSide = 4096;

    public static ImageSize Sd480 => new(854, 480);

    public static ImageSize Hd720 => new(1280, 720);

    public static ImageSize Hd1080 => new(1920, 1080);

    /// <summary>Parses a size; on failure <paramref name="error"/> says what was wrong and what is expected.</summary>
    public static bool TryParse(string? text, out ImageSize size, out string error)
    {
        size = default;
        string t = (text ?? "").Trim().ToUpperInvariant();
        switch (t)
        {
            case "480P":
                size = Sd480;
                error = "";
                return true;
            case "720P":
                size = Hd720;
                error = "";
                return true;
            case "1080P":
                size = Hd1080;
                error = "";
                return true;
        }
        string[] parts = t.Split('X');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int w)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int h))
        {
            if (w is >= MinSide and <= MaxSide && h is >= MinSide and <= MaxSide)
            {
                size = new ImageSize(w, h);
                error = "";
                return true;
            }
            error = $"resolution '{text}' is out of range: each side must be {MinSide} … {MaxSide} pixels";
            return false;
        }
        error = $"unknown resolution '{text}': expected 480p, 720p, 1080p or WIDTHxHEIGHT, e.g. 640x360";
        return false;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Width}x{Height}");
}
