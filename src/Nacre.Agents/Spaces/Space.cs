using System.Text.Json.Nodes;

namespace Nacre.Agents.Spaces;

/// <summary>A Gymnasium space: what values an action or an observation may take. Its JSON form travels in the env protocol.</summary>
public abstract record Space
{
    /// <summary>The JSON description, e.g. <c>{"type": "Discrete", "n": 10}</c> (docs/agents.md, "Spaces").</summary>
    public abstract JsonObject ToJson();
}
