namespace Nacre.Language.Lexicon;

/// <summary>
/// Base-form candidates for an inflected or derived word, most likely first, WordNet's "morphy" style: the
/// irregular forms from WordNet's exception lists (<c>noun.exc</c>, <c>adj.exc</c>: "geese" → "goose"), then the
/// detachment rules ("houses" → "house", "ponies" → "pony"), then derivations that turn a descriptive adjective
/// back into the noun it is made from ("foggy" → "fog", "wooded" → "wood", "mountainous" → "mountain",
/// "coastal" → "coast"). Candidates are not checked here; the caller keeps the first one its lexicon knows.
/// </summary>
internal static class Lemmatizer
{
    private static readonly (string Suffix, string Ending)[] NounRules =
    [
        ("ies", "y"), ("ves", "f"), ("ves", "fe"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
        ("men", "man"), ("oes", "o"), ("s", ""),
    ];

    private static readonly (string Suffix, string Ending)[] AdjectiveRules = [("est", ""), ("er", ""), ("est", "e"), ("er", "e"), ("iest", "y"), ("ier", "y")];

    /// <summary>Suffixes that make an adjective or participle from a noun or verb, in the order tried.</summary>
    private static readonly string[] DerivationSuffixes = ["iness", "ness", "ous", "ical", "al", "ish", "ful", "ern", "ing", "ed", "en", "ly", "y"];

    /// <summary>Plural or possessive noun → singular candidates (not including the word itself).</summary>
    public static IEnumerable<string> NounBases(string word, Func<string, IReadOnlyList<string>>? irregular = null)
    {
        if (irregular is not null)
        {
            foreach (string b in irregular(word))
            {
                yield return b;
            }
        }
        if (word.Length < 3 || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal)
            || word.EndsWith("is", StringComparison.Ordinal))
        {
            yield break;
        }
        foreach ((string suffix, string ending) in NounRules)
        {
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                yield return string.Concat(word.AsSpan(0, word.Length - suffix.Length), ending);
            }
        }
    }

    /// <summary>Comparative or superlative adjective → positive candidates ("foggier" → "foggy").</summary>
    public static IEnumerable<string> AdjectiveBases(string word, Func<string, IReadOnlyList<string>>? irregular = null)
    {
        if (irregular is not null)
        {
            foreach (string b in irregular(word))
            {
                yield return b;
            }
        }
        foreach ((string suffix, string ending) in AdjectiveRules)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                string stem = word[..^suffix.Length];
                yield return stem + ending;
                if (stem.Length > 2 && stem[^1] == stem[^2] && ending.Length == 0)
                {
                    yield return stem[..^1]; // "bigger" → "big"
                }
            }
        }
    }

    /// <summary>
    /// Adjective or participle → the noun or verb it derives from: "foggy" → "fog", "hazy" → "haze", "wooded" →
    /// "wood", "forested" → "forest", "snowing" → "snow", "drizzling" → "drizzle", "mountainous" → "mountain".
    /// </summary>
    public static IEnumerable<string> DerivationBases(string word)
    {
        foreach (string suffix in DerivationSuffixes)
        {
            if (word.Length < suffix.Length + 3 || !word.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }
            string stem = word[..^suffix.Length];
            yield return stem;
            if (stem.Length > 2 && stem[^1] == stem[^2] && !stem.EndsWith("ll", StringComparison.Ordinal) && !stem.EndsWith("ss", StringComparison.Ordinal))
            {
                yield return stem[..^1]; // "foggy" → "fog", "sunny" → "sun"
            }
            yield return stem + "e"; // "hazy" → "haze", "drizzling" → "drizzle"
            if (stem.EndsWith('i'))
            {
                yield return stem[..^1] + "y"; // "stormily" → "stormy"
            }
        }
    }

    /// <summary>True when <paramref name="word"/> looks like a regular plural of <paramref name="lemma"/>.</summary>
    public static bool IsPluralOf(string word, string lemma) =>
        word.Length > lemma.Length && !string.Equals(word, lemma, StringComparison.Ordinal) && word.EndsWith('s');
}
