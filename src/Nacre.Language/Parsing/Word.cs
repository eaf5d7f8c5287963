using Nacre.Core;
using Nacre.Language.Lexicon;

namespace Nacre.Language.Parsing;

/// <summary>Where a word's meaning came from.</summary>
internal enum WordSource
{
    /// <summary>Punctuation turned into a list comma or a clause break.</summary>
    Punctuation,

    /// <summary>The curated lexicon, directly or after lemmatising.</summary>
    Curated,

    /// <summary>Grounded through WordNet's is-a hierarchy.</summary>
    WordNet,

    /// <summary>A number or a clock reading.</summary>
    Numeral,

    /// <summary>Neither the lexicon nor WordNet gave it a meaning the engine can use.</summary>
    Unknown,
}

/// <summary>
/// A word or fixed phrase of the prompt with its meaning: one or more tokens (<see cref="Start"/>…<see cref="End"/>
/// in the prompt), its role, its sense, and whether it is also a colour name ("gold", "sand"). Mutable only in
/// <see cref="Used"/>, which the spec builder sets when it consumes the word.
/// </summary>
internal sealed class Word
{
    public required string Text { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required WordRole Role { get; init; }

    public required Sense Sense { get; init; }

    public WordSource Source { get; init; }

    /// <summary>The curated word a WordNet-grounded word took its meaning from ("conifer" for "spruce").</summary>
    public string? GroundedFrom { get; init; }

    /// <summary>True for plural nouns ("cabins", "geese", "people").</summary>
    public bool Plural { get; init; }

    public Rgb? Colour { get; init; }

    public string? ColourName { get; init; }

    /// <summary>Set when the spec builder used this word; content words left unused are reported as not understood.</summary>
    public bool Used { get; set; }

    /// <summary>Pure grammar: never reported as not understood.</summary>
    public bool IsGrammar => Role is WordRole.Function or WordRole.Determiner or WordRole.Quantifier or WordRole.Negation
        or WordRole.Preposition or WordRole.Conjunction or WordRole.Copula or WordRole.Pronoun or WordRole.Break;

    public bool IsKnown => Source != WordSource.Unknown;

    public override string ToString() => $"{Text}:{Role}";
}
