using System.Text.Json.Nodes;

namespace Nacre.Agents.Spaces;

/// <summary>Named sub-spaces, in a fixed order (Gymnasium's <c>Dict</c>).</summary>
public sealed record DictSpace(IReadOnlyList<KeyValuePair<string, Space>> Entries) : Space
{
    public Space this[string key] =>
        Entries.FirstOrDefault(e => e.Key == key).Value ?? throw new KeyNotFoundException($"no '{key}' in this space: it has {string.Join(", ", Entries.Select(e => e.Key))}");

    public override JsonObject ToJson()
    {
        var spaces = new JsonObject();
        foreach ((string key, Space space) in Entries)
        {
            spaces[key] = space.ToJson();
        }
        return new JsonObject { ["type"] = "Dict", ["spaces"] = spaces };
    }
}
