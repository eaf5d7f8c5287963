namespace Nacre.Studio.Tests;

/// <summary>
/// Tests that stream or render for many seconds (the browser end-to-end tests, live sessions, take renders) run one at
/// a time and alone: on a two-core machine two of them at once starve each other's frames, which is not what they
/// measure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeavyStudioCollection
{
    public const string Name = "Heavy studio tests (run alone)";
}
