using Nacre.Core;

namespace Nacre.Language.Parsing;

/// <summary>A feature being assembled from a noun phrase, before exclusions are applied.</summary>
internal sealed class FeatureDraft
{
    public required SemanticLabel Label { get; set; }

    public int Count { get; set; } = 1;

    /// <summary>True when the prompt gave the number ("four palms"), so the viewer should see exactly that many.</summary>
    public bool Counted { get; set; }

    public Rgb? Colour { get; set; }

    public string? ColourName { get; set; }

    public MaterialKind Material { get; set; }

    public string Phrase { get; set; } = "";

    /// <summary>True when a collective noun gave the count ("a graveyard", "a crowd"): more of the kind named later are the same ones.</summary>
    public bool FromGroup { get; set; }

    /// <summary>True when it came from another word's implication ("fishing village" → boats), not from its own noun.</summary>
    public bool Implied { get; init; }

    public FeatureRequest ToRequest() => new()
    {
        Label = Label,
        Count = Math.Clamp(Count, 1, 100),
        Counted = Counted,
        Color = Colour,
        ColorName = ColourName,
        Material = Material,
        Phrase = Phrase,
    };
}
