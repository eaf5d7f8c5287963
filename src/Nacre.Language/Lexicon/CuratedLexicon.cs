namespace Nacre.Language.Lexicon;

/// <summary>
/// The hand-made part of the lexicon: grammar words, and the words whose meaning WordNet cannot decide for us (times
/// of day, weather, relief, colours, materials, quantities) or that matter too much to leave to a hypernym walk.
/// Keys are lower-case lemmas; fixed phrases are space-separated ("golden hour", "next to"). WordNet grounding
/// (<see cref="Grounding.WordNetGrounder"/>) carries the long tail of nouns. Immutable after the static constructor.
/// </summary>
internal static partial class CuratedLexicon
{
    private static readonly Dictionary<string, LexEntry> Entries = Build();

    /// <summary>Most words in any fixed phrase.</summary>
    public static int LongestPhrase { get; } = Entries.Keys.Max(k => k.Count(c => c == ' ') + 1);

    public static bool TryGet(string key, out LexEntry entry) => Entries.TryGetValue(key, out entry!);

    public static bool Contains(string key) => Entries.ContainsKey(key);

    public static int Count => Entries.Count;

    private static Dictionary<string, LexEntry> Build()
    {
        var b = new Builder();
        AddGrammar(b);
        AddFeatures(b);
        AddLandscape(b);
        AddAtmosphere(b);
        return b.Entries;
    }

    /// <summary>Collects entries; the first definition of a key wins, so more specific tables are added first.</summary>
    private sealed class Builder
    {
        public Dictionary<string, LexEntry> Entries { get; } = new(StringComparer.Ordinal);

        /// <summary>Adds every '|'-separated word or phrase of <paramref name="words"/> with the same role and sense.</summary>
        public void Add(WordRole role, string words, Sense sense)
        {
            foreach (string w in words.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                Entries.TryAdd(w, new LexEntry(role, sense));
            }
        }

        public void Noun(string words, Sense sense) => Add(WordRole.Noun, words, sense);

        /// <summary>
        /// Nouns realised by a nearby concept: each keeps its own word so the concept list says "yurt (as tent)".
        /// List singular forms; plurals reach them through the lemmatiser.
        /// </summary>
        public void StandIns(string words, Sense sense)
        {
            foreach (string w in words.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                Entries.TryAdd(w, new LexEntry(WordRole.Noun, sense with { OwnWord = w }));
            }
        }

        public void Adj(string words, Sense sense) => Add(WordRole.Adjective, words, sense);
    }
}
