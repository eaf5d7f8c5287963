using System.Collections.Concurrent;
using System.Globalization;

namespace Nacre.Language.WordNet;

/// <summary>
/// Reads Princeton WordNet 3.0 in its original file format (Debian's <c>wordnet-base</c>, under
/// <c>/usr/share/wordnet</c>, or the folder named by env <c>NACRE_WORDNET</c>). Index files are binary-searched and
/// synsets read by offset on demand, so opening costs only the small exception lists (~10 ms) and each new word a
/// few dozen positional reads; results are cached. Thread-safe.
/// </summary>
internal sealed class WordNetDatabase
{
    /// <summary>Env variable naming the folder that holds <c>index.noun</c>, <c>data.noun</c>… .</summary>
    public const string PathVariable = "NACRE_WORDNET";

    private static readonly string[] DefaultFolders = ["/usr/share/wordnet", "/usr/local/share/wordnet", "/usr/share/wordnet-3.0"];

    private readonly SortedLineFile[] _indexes;
    private readonly SortedLineFile _nounData;
    private readonly Dictionary<string, string[]>[] _exceptions;
    private readonly ConcurrentDictionary<string, (long[] Offsets, int Tagged)> _nounSenses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(WordNetPartOfSpeech, string), bool> _contains = new();
    private readonly ConcurrentDictionary<long, Synset> _synsets = new();

    private WordNetDatabase(string folder)
    {
        Folder = folder;
        _indexes = [Open("index.noun"), Open("index.adj"), Open("index.verb"), Open("index.adv")];
        _nounData = Open("data.noun");
        _exceptions = [ReadExceptions("noun.exc"), ReadExceptions("adj.exc"), ReadExceptions("verb.exc"), ReadExceptions("adv.exc")];
    }

    /// <summary>The folder the files were read from.</summary>
    public string Folder { get; }

    /// <summary>Opens WordNet from env <c>NACRE_WORDNET</c> or the usual Debian folders.</summary>
    /// <exception cref="WordNetMissingException">No folder holds the WordNet files.</exception>
    public static WordNetDatabase Open() => Open(Environment.GetEnvironmentVariable(PathVariable), DefaultFolders);

    /// <summary>Opens WordNet from <paramref name="env"/> if set, else the first of <paramref name="defaultFolders"/> that holds it.</summary>
    /// <exception cref="WordNetMissingException">No folder holds the WordNet files.</exception>
    internal static WordNetDatabase Open(string? env, IReadOnlyList<string> defaultFolders)
    {
        if (!string.IsNullOrWhiteSpace(env))
        {
            if (!File.Exists(System.IO.Path.Combine(env, "index.noun")))
            {
                throw new WordNetMissingException(
                    $"{PathVariable}='{env}' holds no WordNet 3.0 files (index.noun, data.noun…): point it at such a folder or unset it to use /usr/share/wordnet");
            }
            return new WordNetDatabase(env);
        }
        foreach (string folder in defaultFolders)
        {
            if (File.Exists(System.IO.Path.Combine(folder, "index.noun")))
            {
                return new WordNetDatabase(folder);
            }
        }
        throw new WordNetMissingException(
            "WordNet is not installed: the prompt lexicon needs it. Install it with 'apt-get install wordnet-base' "
            + $"(./nacre does this on first run), or set {PathVariable} to a folder holding WordNet 3.0's index.noun and data.noun");
    }

    /// <summary>Opens WordNet from an explicit folder (tests).</summary>
    public static WordNetDatabase OpenFolder(string folder) => new(folder);

    /// <summary>True when <paramref name="lemma"/> (lower case, spaces as underscores) is a WordNet word of that part of speech.</summary>
    public bool Contains(WordNetPartOfSpeech pos, string lemma) =>
        _contains.GetOrAdd((pos, lemma), static (k, self) => self._indexes[(int)k.Item1].Find(k.Item2) is not null, this);

    /// <summary>Base forms listed for an irregular inflection ("geese" → "goose"), or empty.</summary>
    public IReadOnlyList<string> BaseForms(WordNetPartOfSpeech pos, string word) =>
        _exceptions[(int)pos].TryGetValue(word, out string[]? bases) ? bases : [];

    /// <summary>The noun senses of a lemma, most frequent first, as synset offsets; empty when not a noun.</summary>
    public IReadOnlyList<long> NounSenses(string lemma) =>
        _nounSenses.GetOrAdd(lemma, static (l, self) => self.ReadSenses(l), this).Offsets;

    /// <summary>
    /// How many of the lemma's noun senses (the first ones) were ever seen in WordNet's tagged corpus; the rest are
    /// rare readings no one was found using. 0 when none was tagged, or the lemma is not a noun.
    /// </summary>
    public int TaggedNounSenses(string lemma) =>
        _nounSenses.GetOrAdd(lemma, static (l, self) => self.ReadSenses(l), this).Tagged;

    /// <summary>The synset at an offset of <c>data.noun</c>.</summary>
    public Synset NounSynset(long offset) =>
        _synsets.GetOrAdd(offset, static (o, self) => ParseSynset(o, self._nounData.ReadLine(o)), this);

    private (long[] Offsets, int Tagged) ReadSenses(string lemma)
    {
        string? line = _indexes[(int)WordNetPartOfSpeech.Noun].Find(lemma);
        if (line is null)
        {
            return ([], 0);
        }
        // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
        string[] f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int synsetCount = int.Parse(f[2], CultureInfo.InvariantCulture);
        int pointerCount = int.Parse(f[3], CultureInfo.InvariantCulture);
        int tagged = int.Parse(f[4 + pointerCount + 1], CultureInfo.InvariantCulture);
        int first = 4 + pointerCount + 2;
        var offsets = new long[synsetCount];
        for (int i = 0; i < synsetCount; i++)
        {
            offsets[i] = long.Parse(f[first + i], CultureInfo.InvariantCulture);
        }
        return (offsets, tagged);
    }

    private static Synset ParseSynset(long offset, string line)
    {
        // synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] [frames...] | gloss
        int bar = line.IndexOf(" | ", StringComparison.Ordinal);
        string gloss = bar >= 0 ? line[(bar + 3)..] : "";
        string[] f = (bar >= 0 ? line[..bar] : line).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int wordCount = int.Parse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var words = new string[wordCount];
        for (int i = 0; i < wordCount; i++)
        {
            words[i] = f[4 + (2 * i)];
        }
        int p = 4 + (2 * wordCount);
        int pointerCount = int.Parse(f[p], CultureInfo.InvariantCulture);
        var hypernyms = new List<long>(2);
        for (int i = 0; i < pointerCount; i++)
        {
            int at = p + 1 + (4 * i);
            // "@" hypernym, "@i" instance hypernym: the is-a links. Only noun-to-noun ones matter here.
            if (f[at] is "@" or "@i" && f[at + 2] == "n")
            {
                hypernyms.Add(long.Parse(f[at + 1], CultureInfo.InvariantCulture));
            }
        }
        return new Synset(offset, words, hypernyms, gloss);
    }

    private SortedLineFile Open(string name)
    {
        string path = System.IO.Path.Combine(Folder, name);
        try
        {
            return new SortedLineFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WordNetMissingException($"cannot read WordNet file '{path}': {e.Message}. Reinstall it with 'apt-get install --reinstall wordnet-base'", e);
        }
    }

    private Dictionary<string, string[]> ReadExceptions(string name)
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string path = System.IO.Path.Combine(Folder, name);
        if (!File.Exists(path))
        {
            return map;
        }
        foreach (string line in File.ReadLines(path))
        {
            string[] f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length >= 2)
            {
                map[f[0]] = f[1..];
            }
        }
        return map;
    }
}
