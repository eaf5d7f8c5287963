namespace Nacre.Language.WordNet;

/// <summary>A WordNet noun synset: its id (byte offset in <c>data.noun</c>), its words, and its is-a parents.</summary>
internal sealed record Synset(long Offset, IReadOnlyList<string> Words, IReadOnlyList<long> Hypernyms, string Gloss);
