namespace Nacre.Language.Lexicon;

/// <summary>A word's grammatical role and meaning, as the curated lexicon or WordNet grounding gives it.</summary>
/// <param name="Role">What the word does in a phrase.</param>
/// <param name="Sense">What it means to the world builder.</param>
/// <param name="GroundedFrom">For a word grounded through WordNet, the curated word it was grounded to ("conifer" for "spruce").</param>
internal sealed record LexEntry(WordRole Role, Sense Sense, string? GroundedFrom = null);
