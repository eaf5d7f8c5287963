using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nacre.Core;

/// <summary>The one JSON form of a <see cref="WorldSpec"/>: camelCase fields, kebab-case enum names, indented.</summary>
public static class WorldSpecJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowTrailingCommas = false,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }

    public static string Serialize(WorldSpec spec) => JsonSerializer.Serialize(spec, Options);

    /// <summary>Parses a spec; throws <see cref="JsonException"/> with the path of the first bad field.</summary>
    public static WorldSpec Deserialize(string json) =>
        JsonSerializer.Deserialize<WorldSpec>(json, Options) ?? throw new JsonException("a world spec cannot be null");
}
