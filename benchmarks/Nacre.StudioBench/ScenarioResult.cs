namespace Nacre.StudioBench;

/// <summary>One scenario's figures: each session's delivered fps and latency.</summary>
public sealed record ScenarioResult(string Scenario, IReadOnlyList<SessionResult> Sessions)
{
    public static ScenarioResult From(string scenario, IReadOnlyList<StreamProbe> probes) =>
        new(scenario, [.. probes.Select((p, i) => SessionResult.From(i + 1, p))]);
}
