using System.Globalization;
using Nacre.Core;
using Nacre.Language.Grounding;
using Nacre.Language.Lexicon;
using Nacre.Language.Text;
using Nacre.Language.WordNet;

namespace Nacre.Language.Parsing;

/// <summary>
/// Turns tokens into words with meanings: fixed phrases first (longest match, "golden hour", "next to", "palm
/// trees"), then single words through the curated lexicon, the colour table, lemmatising ("cabins" → "cabin",
/// "foggy" → "fog") and finally WordNet grounding for the long tail ("bungalow" → house). Thread-safe.
/// </summary>
internal sealed class WordReader
{
    private static readonly HashSet<string> InvariantPlurals = new(StringComparer.Ordinal)
    {
        "people", "cattle", "livestock", "deer", "sheep", "fish", "moose", "elk", "bison", "children", "men", "women", "geese",
        "mice", "oxen", "poultry", "wildlife", "police", "reindeer", "caribou", "folk", "crops", "buffalo", "salmon", "trout",
    };

    private readonly WordNetGrounder _grounder;
    private readonly WordNetDatabase _wordNet;

    public WordReader(WordNetGrounder grounder)
    {
        _grounder = grounder;
        _wordNet = grounder.WordNet;
    }

    public List<Word> Read(string prompt, List<Token> tokens)
    {
        tokens = SplitUnknownCompounds(tokens);
        var words = new List<Word>(tokens.Count);
        int i = 0;
        while (i < tokens.Count)
        {
            Token t = tokens[i];
            switch (t.Shape)
            {
                case TokenShape.Punctuation:
                    words.Add(new Word
                    {
                        Text = t.Text, Start = t.Start, End = t.End, Sense = Senses.None, Source = WordSource.Punctuation,
                        Role = t.Text == "," ? WordRole.Conjunction : WordRole.Break,
                    });
                    i++;
                    break;
                case TokenShape.Clock:
                case TokenShape.Number:
                    i += ReadNumeral(tokens, i, words);
                    break;
                default:
                    i += ReadWord(prompt, tokens, i, words);
                    break;
            }
        }
        return words;
    }

    /// <summary>Numbers are counts ("3 cabins"); with am/pm or a colon they are clock times ("6 pm", "18:30").</summary>
    private static int ReadNumeral(List<Token> tokens, int i, List<Word> words)
    {
        Token t = tokens[i];
        string? meridiem = i + 1 < tokens.Count && tokens[i + 1].Text is "am" or "pm" or "a.m" or "p.m" or "o'clock" or "h" or "hrs" ? tokens[i + 1].Text : null;
        int end = meridiem is null ? t.End : tokens[i + 1].End;
        if (t.Shape == TokenShape.Clock || meridiem is not null)
        {
            if (ClockTime.TryParse(t.Text, meridiem, out TimeOfDaySpec? time))
            {
                words.Add(new Word { Text = t.Text, Start = t.Start, End = end, Role = WordRole.Noun, Sense = new Sense { Concept = time.Name, Time = time }, Source = WordSource.Numeral });
            }
            else
            {
                words.Add(new Word { Text = t.Text, Start = t.Start, End = end, Role = WordRole.Noun, Sense = Senses.None, Source = WordSource.Unknown });
            }
            return meridiem is null ? 1 : 2;
        }
        int count = int.TryParse(t.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : int.MaxValue;
        words.Add(new Word { Text = t.Text, Start = t.Start, End = t.End, Role = WordRole.Quantifier, Sense = Senses.Count(count, exact: true), Source = WordSource.Numeral });
        return 1;
    }

    private int ReadWord(string prompt, List<Token> tokens, int i, List<Word> words)
    {
        // Fixed phrases, longest first: "in front of", "golden hour", "palm trees", "navy blue".
        int maxLength = Math.Min(Math.Max(CuratedLexicon.LongestPhrase, ColorTable.LongestName), tokens.Count - i);
        for (int n = maxLength; n >= 2; n--)
        {
            if (!AllWords(tokens, i, n))
            {
                continue;
            }
            string phrase = Join(tokens, i, n);
            Word? w = LookUpPhrase(phrase, tokens[i].Start, tokens[i + n - 1].End);
            if (w is not null)
            {
                words.Add(w);
                return n;
            }
        }
        Token t = tokens[i];
        words.Add(LookUpWord(t.Text, t.Start, t.End));
        return 1;
    }

    private static Word? LookUpPhrase(string phrase, int start, int end)
    {
        string last = phrase[(phrase.LastIndexOf(' ') + 1)..];
        string head = phrase[..phrase.LastIndexOf(' ')];
        bool isColour = ColorTable.TryGet(phrase, out Rgb colour);
        if (CuratedLexicon.TryGet(phrase, out LexEntry entry))
        {
            return Make(phrase, start, end, entry, WordSource.Curated, IsPlural(last), isColour ? colour : null, isColour ? phrase : null);
        }
        foreach (string b in Lemmatizer.NounBases(last))
        {
            if (CuratedLexicon.TryGet(head + " " + b, out entry))
            {
                return Make(phrase, start, end, entry, WordSource.Curated, plural: true, null, null);
            }
        }
        if (isColour)
        {
            return Make(phrase, start, end, new LexEntry(WordRole.Adjective, Senses.None), WordSource.Curated, false, colour, phrase);
        }
        return null;
    }

    private Word LookUpWord(string text, int start, int end)
    {
        bool isColour = ColorTable.TryGet(text, out Rgb c);
        Rgb? colour = isColour ? c : null;
        string? colourName = isColour ? text : null;
        if (CuratedLexicon.TryGet(text, out LexEntry entry))
        {
            return Make(text, start, end, entry, WordSource.Curated, IsPlural(text), colour, colourName);
        }
        if (isColour)
        {
            return Make(text, start, end, new LexEntry(WordRole.Adjective, Senses.None), WordSource.Curated, false, colour, colourName);
        }
        Func<string, IReadOnlyList<string>> nounExceptions = w => _wordNet.BaseForms(WordNetPartOfSpeech.Noun, w);
        foreach (string b in Lemmatizer.NounBases(text, nounExceptions))
        {
            if (CuratedLexicon.TryGet(b, out entry) && entry.Role is WordRole.Noun or WordRole.Part)
            {
                return Make(text, start, end, entry, WordSource.Curated, plural: true, null, null);
            }
        }
        foreach (string b in Lemmatizer.AdjectiveBases(text, w => _wordNet.BaseForms(WordNetPartOfSpeech.Adjective, w)))
        {
            if (CuratedLexicon.TryGet(b, out entry) && entry.Role == WordRole.Adjective)
            {
                return Make(text, start, end, entry, WordSource.Curated, false, null, null);
            }
        }
        // "foggy" → "fog", "wooded" → "wood": the adjective carries its noun's meaning as a modifier.
        foreach (string b in Lemmatizer.DerivationBases(text))
        {
            if (CuratedLexicon.TryGet(b, out entry) && entry.Role is WordRole.Noun or WordRole.Adjective && entry.Sense.Concept.Length > 0)
            {
                return Make(text, start, end, entry with { Role = WordRole.Adjective }, WordSource.Curated, false, null, null);
            }
        }
        return GroundThroughWordNet(text, start, end, nounExceptions);
    }

    private Word GroundThroughWordNet(string text, int start, int end, Func<string, IReadOnlyList<string>> nounExceptions)
    {
        string key = text.Replace('-', '_');
        if (_wordNet.Contains(WordNetPartOfSpeech.Noun, key) && _grounder.Ground(key) is { } direct)
        {
            return Make(text, start, end, AsOwnWord(direct, key) with { Role = WordRole.Noun }, WordSource.WordNet, IsPlural(text), null, null);
        }
        foreach (string b in Lemmatizer.NounBases(key, nounExceptions))
        {
            if (_grounder.Ground(b) is { } grounded)
            {
                return Make(text, start, end, AsOwnWord(grounded, b) with { Role = WordRole.Noun }, WordSource.WordNet, plural: true, null, null);
            }
        }
        bool isAdjective = _wordNet.Contains(WordNetPartOfSpeech.Adjective, key);
        bool isNoun = _wordNet.Contains(WordNetPartOfSpeech.Noun, key) || Lemmatizer.NounBases(key, nounExceptions).Any(b => _wordNet.Contains(WordNetPartOfSpeech.Noun, b));
        // "studded", "topped", "scattering" are forms of verbs ("to stud"), not adjectives made from the nouns that
        // share their stem: grounding them through the noun would make a stud a man and a top a circus tent.
        bool verbForm = (key.EndsWith("ed", StringComparison.Ordinal) || key.EndsWith("ing", StringComparison.Ordinal))
            && (_wordNet.BaseForms(WordNetPartOfSpeech.Verb, key).Count > 0
                || Lemmatizer.DerivationBases(key).Any(b => _wordNet.Contains(WordNetPartOfSpeech.Verb, b)));
        if ((isAdjective || !isNoun) && !verbForm)
        {
            foreach (string b in Lemmatizer.DerivationBases(key))
            {
                if (_wordNet.Contains(WordNetPartOfSpeech.Noun, b) && _grounder.Ground(b) is { } derived)
                {
                    return Make(text, start, end, derived with { Role = WordRole.Adjective }, WordSource.WordNet, false, null, null);
                }
            }
        }
        // Not something the engine can use. Its role still shapes the phrase: an unknown noun heads its phrase,
        // an unknown verb ends one.
        // An adverb ("beautifully") describes rather than heads a phrase, so "no buildings <adverb>" keeps its head.
        bool isVerb = _wordNet.Contains(WordNetPartOfSpeech.Verb, key) || text.EndsWith("ing", StringComparison.Ordinal);
        bool isAdverb = _wordNet.Contains(WordNetPartOfSpeech.Adverb, key);
        WordRole role = isNoun ? WordRole.Noun : isAdjective ? WordRole.Adjective : isVerb ? WordRole.Copula : isAdverb ? WordRole.Adjective : WordRole.Noun;
        return new Word { Text = text, Start = start, End = end, Role = role, Sense = Senses.None, Source = WordSource.Unknown, Plural = IsPlural(text) };
    }

    /// <summary>A grounded word keeps its own name beside the concept it is realised as: "catamaran (as boat)".</summary>
    private static LexEntry AsOwnWord(LexEntry grounded, string lemma) =>
        grounded.Sense.Concept.Length == 0 ? grounded : grounded with { Sense = grounded.Sense with { OwnWord = lemma.Replace('_', ' ') } };

    private static Word Make(string text, int start, int end, LexEntry entry, WordSource source, bool plural, Rgb? colour, string? colourName) => new()
    {
        Text = text,
        Start = start,
        End = end,
        Role = entry.Role,
        Sense = entry.Sense,
        Source = source,
        GroundedFrom = entry.GroundedFrom,
        Plural = plural && entry.Role is WordRole.Noun or WordRole.Part,
        Colour = colour,
        ColourName = colourName,
    };

    private static bool IsPlural(string word) =>
        InvariantPlurals.Contains(word)
        || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal));

    /// <summary>
    /// Hyphenated words the lexicon and WordNet do not know are read as their parts ("red-roofed" → "red" "roofed",
    /// "tree-lined" → "tree" "lined"), so their pieces can still be understood.
    /// </summary>
    private List<Token> SplitUnknownCompounds(List<Token> tokens)
    {
        List<Token>? result = null;
        for (int i = 0; i < tokens.Count; i++)
        {
            Token t = tokens[i];
            bool split = t.Shape == TokenShape.Word && t.Text.Contains('-', StringComparison.Ordinal)
                && !CuratedLexicon.Contains(t.Text) && !ColorTable.TryGet(t.Text, out _)
                && !_wordNet.Contains(WordNetPartOfSpeech.Noun, t.Text.Replace('-', '_'))
                && !_wordNet.Contains(WordNetPartOfSpeech.Adjective, t.Text.Replace('-', '_'));
            if (split)
            {
                result ??= tokens.GetRange(0, i);
                int offset = t.Start;
                foreach (string part in t.Text.Split('-', StringSplitOptions.RemoveEmptyEntries))
                {
                    int at = t.Text.IndexOf(part, offset - t.Start, StringComparison.Ordinal) + t.Start;
                    result.Add(new Token(part, TokenShape.Word, at, part.Length));
                    offset = at + part.Length;
                }
            }
            else
            {
                result?.Add(t);
            }
        }
        return result ?? tokens;
    }

    private static bool AllWords(List<Token> tokens, int i, int n)
    {
        for (int k = i; k < i + n; k++)
        {
            if (tokens[k].Shape != TokenShape.Word)
            {
                return false;
            }
        }
        return true;
    }

    private static string Join(List<Token> tokens, int i, int n)
    {
        if (n == 1)
        {
            return tokens[i].Text;
        }
        var parts = new string[n];
        for (int k = 0; k < n; k++)
        {
            parts[k] = tokens[i + k].Text;
        }
        return string.Join(' ', parts);
    }
}
