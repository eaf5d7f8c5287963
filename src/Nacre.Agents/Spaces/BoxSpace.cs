using System.Text.Json.Nodes;

namespace Nacre.Agents.Spaces;

/// <summary>
/// An array of <see cref="Shape"/> with every element in [<see cref="Low"/>, <see cref="High"/>] (Gymnasium's <c>Box</c>).
/// <see cref="DType"/> is numpy's name: "uint8", "uint16", "uint64", "int32", "float32".
/// </summary>
public sealed record BoxSpace(double Low, double High, int[] Shape, string DType) : Space
{
    /// <summary>Per-element bounds where they differ (a continuous action); null when <see cref="Low"/>/<see cref="High"/> hold for all.</summary>
    public double[]? Lows { get; init; }

    public double[]? Highs { get; init; }

    public override JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "Box",
            ["shape"] = new JsonArray([.. Shape.Select(s => (JsonNode)s)]),
            ["dtype"] = DType,
            ["low"] = Lows is null ? Bound(Low) : new JsonArray([.. Lows.Select(Bound)]),
            ["high"] = Highs is null ? Bound(High) : new JsonArray([.. Highs.Select(Bound)]),
        };
        return json;
    }

    // JSON has no infinity: ±∞ bounds are written as the strings "inf" / "-inf", which numpy reads back.
    private static JsonNode Bound(double v) => double.IsPositiveInfinity(v) ? "inf" : double.IsNegativeInfinity(v) ? "-inf" : v;
}
