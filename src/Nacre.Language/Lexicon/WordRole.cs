namespace Nacre.Language.Lexicon;

/// <summary>The grammatical job a word does in a prompt; the chunker groups words by it.</summary>
internal enum WordRole
{
    /// <summary>Glue with no content of its own: "the", "is", "there", "scene".</summary>
    Function,

    /// <summary>"a", "an", "the", "this": opens a noun phrase and, when singular, means one.</summary>
    Determiner,

    /// <summary>"a few", "several", "lots of", "a dozen": opens a noun phrase with a count.</summary>
    Quantifier,

    /// <summary>"no", "without", "nothing": negates the noun phrases in its scope.</summary>
    Negation,

    /// <summary>"by", "on", "along", "next to": a spatial relation to the next noun phrase.</summary>
    Preposition,

    /// <summary>"and", "or", "with", ",": joins noun phrases.</summary>
    Conjunction,

    /// <summary>"is", "are", "stands": links a subject to a predicate ("the barn is red").</summary>
    Copula,

    /// <summary>Describes a noun: colours, materials, "foggy", "dense", "rolling".</summary>
    Adjective,

    /// <summary>A thing, place, time or weather: heads a noun phrase.</summary>
    Noun,

    /// <summary>A part of a thing ("roof", "shore of", "top of"): hands its modifiers or relation to its owner.</summary>
    Part,

    /// <summary>"it", "them": refers back to the previous place or thing.</summary>
    Pronoun,

    /// <summary>A clause break (punctuation other than a list comma).</summary>
    Break,
}
