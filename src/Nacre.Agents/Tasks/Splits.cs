namespace Nacre.Agents.Tasks;

/// <summary>Split names and the world seeds each split owns.</summary>
public static class Splits
{
    /// <summary>World seeds per split: split k uses seeds k × 1,000,000 + 1 … (k + 1) × 1,000,000, so no two share a world.</summary>
    public const ulong SeedsPerSplit = 1_000_000;

    /// <summary>The world seed of the <paramref name="worldIndex"/>-th world of <paramref name="split"/>.</summary>
    public static ulong WorldSeed(Split split, long worldIndex) =>
        ((ulong)split * SeedsPerSplit) + 1 + (ulong)(worldIndex % (long)(SeedsPerSplit - 1));

    /// <summary>The split that owns a world seed.</summary>
    public static Split Of(ulong worldSeed) => (Split)Math.Min(2, (long)((worldSeed - 1) / SeedsPerSplit));

    public static string NameOf(Split split) => split switch
    {
        Split.Train => "train",
        Split.Validation => "val",
        _ => "test",
    };

    /// <summary>Parses "train", "val"/"validation" or "test".</summary>
    /// <exception cref="ArgumentException">Anything else; the message lists the names.</exception>
    public static Split Parse(string name) => name.ToLowerInvariant() switch
    {
        "train" => Split.Train,
        "val" or "validation" => Split.Validation,
        "test" => Split.Test,
        _ => throw new ArgumentException($"unknown split '{name}': expected train, val or test"),
    };
}
