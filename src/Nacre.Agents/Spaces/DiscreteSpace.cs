using System.Text.Json.Nodes;

namespace Nacre.Agents.Spaces;

/// <summary>The integers 0 … <see cref="N"/> − 1 (Gymnasium's <c>Discrete(n)</c>).</summary>
public sealed record DiscreteSpace(int N) : Space
{
    public bool Contains(int value) => value >= 0 && value < N;

    public override JsonObject ToJson() => new() { ["type"] = "Discrete", ["n"] = N };
}
