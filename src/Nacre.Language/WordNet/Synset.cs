namespace Nacre.Language.WordNet;

/// <summary>
/// A WordNet noun synset: its id (byte offset in <c>data.noun</c>), its words as WordNet spells them (proper names
/// capitalised, spaces as underscores), its is-a parents and its gloss.
/// </summary>
internal sealed record Synset(long Offset, IReadOnlyList<string> Words, IReadOnlyList<long> Hypernyms, string Gloss);
