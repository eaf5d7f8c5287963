using System.Globalization;
using System.Text.Json.Serialization;

namespace Nacre.Core;

/// <summary>An sRGB colour, 8 bits a channel. Serialised as "#rrggbb".</summary>
[JsonConverter(typeof(RgbJsonConverter))]
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        string h = hex.StartsWith('#') ? hex[1..] : hex;
        if (h.Length != 6 || !uint.TryParse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out uint v))
        {
            throw new FormatException($"'{hex}' is not a colour: expected #rrggbb, e.g. #b22222");
        }
        return new Rgb((byte)(v >> 16), (byte)(v >> 8), (byte)v);
    }

    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    /// <summary>Linear interpolation per channel, t ∈ [0, 1].</summary>
    public static Rgb Lerp(Rgb a, Rgb b, float t) => new(
        (byte)Math.Clamp(a.R + ((b.R - a.R) * t), 0f, 255f),
        (byte)Math.Clamp(a.G + ((b.G - a.G) * t), 0f, 255f),
        (byte)Math.Clamp(a.B + ((b.B - a.B) * t), 0f, 255f));

    public override string ToString() => ToHex();
}
