using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Simulation.Directing;

/// <summary>
/// One change the director made to the world, applied on top of the generated world: a placed object (new id), a
/// moved or recoloured object (same id, new state), or a removed one. <see cref="Object"/> is the object's full state
/// after the edit (null for Remove). Serialised as one JSON object per edit for the world's edit log.
/// </summary>
public sealed record WorldEdit(long Tick, WorldEditKind Kind, ulong ObjectId, PlacedObject? Object)
{
    /// <summary>The edit log's kind name.</summary>
    public string KindName => Kind switch
    {
        WorldEditKind.Place => "place",
        WorldEditKind.Move => "move",
        WorldEditKind.Recolour => "recolour",
        _ => "remove",
    };

    /// <summary>The edit's content as compact JSON (ids as strings: they are 64-bit).</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("id", ObjectId.ToString(CultureInfo.InvariantCulture));
            if (Object is { } o)
            {
                w.WriteString("label", o.Label.ToString());
                w.WriteNumber("x", o.Position.X);
                w.WriteNumber("y", o.Position.Y);
                w.WriteNumber("z", o.Position.Z);
                w.WriteNumber("yaw", o.Yaw);
                w.WriteNumber("scale", o.Scale);
                w.WriteString("tint", o.Tint.ToHex());
                w.WriteNumber("hx", o.HalfExtents.X);
                w.WriteNumber("hy", o.HalfExtents.Y);
                w.WriteNumber("hz", o.HalfExtents.Z);
                w.WriteNumber("variant", o.Variant);
                w.WriteString("material", o.Material.ToString());
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads an edit back from the log's kind name and JSON. Throws <see cref="FormatException"/> for anything else.</summary>
    public static WorldEdit FromJson(long tick, string kind, string json)
    {
        WorldEditKind k = kind switch
        {
            "place" => WorldEditKind.Place,
            "move" => WorldEditKind.Move,
            "recolour" => WorldEditKind.Recolour,
            "remove" => WorldEditKind.Remove,
            _ => throw new FormatException($"unknown edit kind '{kind}': expected place, move, recolour or remove"),
        };
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            JsonElement r = doc.RootElement;
            ulong id = ulong.Parse(r.GetProperty("id").GetString()!, CultureInfo.InvariantCulture);
            if (k == WorldEditKind.Remove)
            {
                return new WorldEdit(tick, k, id, null);
            }
            var o = new PlacedObject(
                id,
                Enum.Parse<SemanticLabel>(r.GetProperty("label").GetString()!),
                new Vector3(r.GetProperty("x").GetSingle(), r.GetProperty("y").GetSingle(), r.GetProperty("z").GetSingle()),
                r.GetProperty("yaw").GetSingle(),
                r.GetProperty("scale").GetSingle(),
                Rgb.FromHex(r.GetProperty("tint").GetString()!),
                new Vector3(r.GetProperty("hx").GetSingle(), r.GetProperty("hy").GetSingle(), r.GetProperty("hz").GetSingle()),
                r.GetProperty("variant").GetByte(),
                Enum.Parse<MaterialKind>(r.GetProperty("material").GetString()!));
            return new WorldEdit(tick, k, id, o);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or OverflowException)
        {
            throw new FormatException($"edit '{kind}' is not valid JSON for an edit: {e.Message}", e);
        }
    }
}
