using Nacre.Core;

namespace Nacre.Language.Tests;

/// <summary>
/// Checks a spec against a compact list of expectations, so a corpus case reads as one line:
/// <c>concepts=cabin,lake; labels=Cabin; rel=Cabin Near Lake; excl=Structures; relief=Coast; weather=Fog; time=dusk</c>.
/// Keys: concepts, labels, nolabels, rel, excl, relief, weather, time, season, mood, settle, water (sea/lakes/rivers/
/// waterfalls/none/much), biome, main, colour (Label:name), material (Label:Kind), count (Label:n; "Label:n!" also requires
/// Counted, "Label:n?" requires it not counted, "Label:&gt;=n" a lower bound), landform, layout, tone, intensity
/// (min..max), hours (min..max), density (min..max), nobiome, noconcepts, unrec.
/// </summary>
public static class SpecExpectation
{
    public static void Check(WorldSpec spec, string expectations)
    {
        foreach (string clause in expectations.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = clause.IndexOf('=');
            string key = clause[..eq].Trim();
            string[] values = clause[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            string context = $"'{spec.Prompt}' → {key}";
            switch (key)
            {
                case "concepts":
                    foreach (string c in values)
                    {
                        spec.Concepts.ShouldContain(c, $"{context}: {string.Join(", ", spec.Concepts)}");
                    }
                    break;
                case "labels":
                    foreach (string l in values)
                    {
                        spec.Features.Select(f => f.Label).ShouldContain(Enum.Parse<SemanticLabel>(l), context);
                    }
                    break;
                case "nolabels":
                    foreach (string l in values)
                    {
                        spec.Features.Select(f => f.Label).ShouldNotContain(Enum.Parse<SemanticLabel>(l), context);
                    }
                    break;
                case "rel":
                    foreach (string r in values)
                    {
                        string[] p = r.Split(' ');
                        var expected = new SpatialRelation(Enum.Parse<SemanticLabel>(p[0]), Enum.Parse<RelationKind>(p[1]), AnchorFrom(p[2]));
                        spec.Relations.ShouldContain(expected, $"{context}: {string.Join("; ", spec.Relations)}");
                    }
                    break;
                case "norel":
                    spec.Relations.ShouldBeEmpty(context);
                    break;
                case "excl":
                    foreach (string e in values)
                    {
                        spec.Exclude.HasFlag(Enum.Parse<Exclusions>(e)).ShouldBeTrue($"{context}: {spec.Exclude}");
                    }
                    break;
                case "relief":
                    spec.Terrain.Relief.ShouldBe(Enum.Parse<Relief>(values[0]), context);
                    break;
                case "weather":
                    spec.Weather.Kind.ShouldBe(Enum.Parse<WeatherKind>(values[0]), context);
                    break;
                case "time":
                    spec.Time.Name.ShouldBe(values[0], context);
                    break;
                case "season":
                    spec.Season.ShouldBe(Enum.Parse<Season>(values[0]), context);
                    break;
                case "mood":
                    spec.Mood.ShouldBe(Enum.Parse<Mood>(values[0]), context);
                    break;
                case "settle":
                    spec.Settlement.ShouldBe(Enum.Parse<SettlementKind>(values[0]), context);
                    break;
                case "water":
                    foreach (string w in values)
                    {
                        bool ok = w switch
                        {
                            "sea" => spec.Water.Sea,
                            "lakes" => spec.Water.Lakes,
                            "rivers" => spec.Water.Rivers,
                            "waterfalls" => spec.Water.Waterfalls,
                            "none" => spec.Water.Amount == WaterAmount.None,
                            "much" => spec.Water.Amount == WaterAmount.Much,
                            _ => throw new ArgumentException($"unknown water expectation '{w}'"),
                        };
                        ok.ShouldBeTrue($"{context} {w}: {spec.Water}");
                    }
                    break;
                case "biome":
                    foreach (string b in values)
                    {
                        spec.Biomes.Select(x => x.Biome).ShouldContain(Enum.Parse<Biome>(b), context);
                    }
                    break;
                case "nobiome":
                    foreach (string b in values)
                    {
                        spec.Biomes.Select(x => x.Biome).ShouldNotContain(Enum.Parse<Biome>(b), context);
                    }
                    break;
                case "main":
                    spec.MainSubject.ShouldNotBeNull(context);
                    spec.MainSubject.ShouldBe(AnchorFrom(values[0]), context);
                    break;
                case "colour":
                    foreach (string c in values)
                    {
                        string[] p = c.Split(':');
                        spec.Features.ShouldContain(f => f.Label == Enum.Parse<SemanticLabel>(p[0]) && f.ColorName == p[1], context);
                    }
                    break;
                case "material":
                    foreach (string m in values)
                    {
                        string[] p = m.Split(':');
                        spec.Features.ShouldContain(f => f.Label == Enum.Parse<SemanticLabel>(p[0]) && f.Material == Enum.Parse<MaterialKind>(p[1]), context);
                    }
                    break;
                case "count":
                    foreach (string n in values)
                    {
                        CheckCount(spec, n, context);
                    }
                    break;
                case "landform":
                    spec.Landform.ShouldBe(Enum.Parse<Landform>(values[0]), context);
                    break;
                case "layout":
                    spec.Layout.ShouldBe(Enum.Parse<SettlementLayout>(values[0]), context);
                    break;
                case "tone":
                    spec.Tone.ShouldBe(Enum.Parse<Tone>(values[0]), context);
                    break;
                case "intensity":
                    CheckRange(spec.Weather.Intensity, values[0], context);
                    break;
                case "hours":
                    CheckRange(spec.Time.Hours, values[0], context);
                    break;
                case "density":
                    CheckRange(spec.VegetationDensity, values[0], context);
                    break;
                case "noconcepts":
                    foreach (string c in values)
                    {
                        spec.Concepts.ShouldNotContain(c, $"{context}: {string.Join(", ", spec.Concepts)}");
                    }
                    break;
                case "unrec":
                    spec.Unrecognized.ShouldBe(values, ignoreOrder: true, context);
                    break;
                default:
                    throw new ArgumentException($"unknown expectation key '{key}'");
            }
        }
    }

    /// <summary>"Person:30" (exactly 30), "Palm:4!" (4, and counted), "Boat:1?" (1, not counted), "Person:&gt;=30" (at least 30).</summary>
    private static void CheckCount(WorldSpec spec, string clause, string context)
    {
        string[] p = clause.Split(':');
        var label = Enum.Parse<SemanticLabel>(p[0]);
        FeatureRequest[] matching = [.. spec.Features.Where(f => f.Label == label)];
        string detail = $"{context} {clause}: {string.Join("; ", spec.Features.Select(f => $"{f.Label}×{f.Count}{(f.Counted ? " counted" : "")}"))}";
        int total = matching.Sum(f => f.Count);
        string n = p[1];
        if (n.StartsWith(">=", StringComparison.Ordinal))
        {
            total.ShouldBeGreaterThanOrEqualTo(int.Parse(n[2..], System.Globalization.CultureInfo.InvariantCulture), detail);
            return;
        }
        char mark = n[^1];
        total.ShouldBe(int.Parse(mark is '!' or '?' ? n[..^1] : n, System.Globalization.CultureInfo.InvariantCulture), detail);
        if (mark == '!')
        {
            matching.ShouldAllBe(f => f.Counted, detail);
        }
        else if (mark == '?')
        {
            matching.ShouldAllBe(f => !f.Counted, detail);
        }
    }

    /// <summary>"0.9..1" → min ≤ value ≤ max.</summary>
    private static void CheckRange(float value, string range, string context)
    {
        string[] p = range.Split("..");
        value.ShouldBeInRange(float.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), float.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), context);
    }

    /// <summary>"Lake" → the lake landform; a label name ("Barn") → that feature.</summary>
    private static Anchor AnchorFrom(string name) =>
        Enum.TryParse(name, out AnchorKind kind) && kind != AnchorKind.Feature ? new Anchor(kind) : Anchor.Of(Enum.Parse<SemanticLabel>(name));
}
