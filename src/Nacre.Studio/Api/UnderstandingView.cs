using System.Text.Json;
using Nacre.Core;

namespace Nacre.Studio.Api;

/// <summary>What a prompt was understood to mean (POST /api/understand): concepts, unrecognised words and the full spec.</summary>
public sealed record UnderstandingView(string Prompt, string Seed, IReadOnlyList<string> Concepts, IReadOnlyList<string> Unrecognized, JsonElement Spec)
{
    public static UnderstandingView From(WorldSpec spec) => new(
        spec.Prompt, SeedValue.Format(spec.Seed), spec.Concepts, spec.Unrecognized,
        JsonSerializer.SerializeToElement(spec, WorldSpecJson.Options));
}
