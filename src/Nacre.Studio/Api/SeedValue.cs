using System.Globalization;
using System.Text.Json;

namespace Nacre.Studio.Api;

/// <summary>
/// World seeds are 64-bit unsigned, beyond JavaScript's exact integers (2^53): the API writes them as strings and
/// reads either a string or a number.
/// </summary>
public static class SeedValue
{
    /// <summary>Parses an optional seed; null or absent means <paramref name="fallback"/>.</summary>
    public static ulong Parse(JsonElement? value, ulong fallback)
    {
        if (value is not { } v || v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return fallback;
        }
        if (v.ValueKind == JsonValueKind.Number && v.TryGetUInt64(out ulong n))
        {
            return n;
        }
        if (v.ValueKind == JsonValueKind.String
            && ulong.TryParse(v.GetString()!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out ulong s))
        {
            return s;
        }
        throw new BadRequestException($"seed {v.GetRawText()} is not a whole number from 0 to 18446744073709551615, e.g. \"seed\": \"42\"");
    }

    public static string Format(ulong seed) => seed.ToString(CultureInfo.InvariantCulture);
}
