using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nacre.Core;

/// <summary>Reads and writes <see cref="Rgb"/> as a "#rrggbb" string.</summary>
public sealed class RgbJsonConverter : JsonConverter<Rgb>
{
    public override Rgb Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? s = reader.GetString();
        try
        {
            return Rgb.FromHex(s ?? "");
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, Rgb value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToHex());
}
