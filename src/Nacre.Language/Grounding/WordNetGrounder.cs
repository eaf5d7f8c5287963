using System.Collections.Concurrent;
using Nacre.Language.Lexicon;
using Nacre.Language.WordNet;

namespace Nacre.Language.Grounding;

/// <summary>
/// Grounds a noun the curated lexicon does not know by walking WordNet's is-a links (hypernyms and instance
/// hypernyms) up from each of its usable senses, most frequent first, to the nearest <see cref="GroundingAnchors">anchor</see>:
/// the first sense that reaches any anchor decides ("spruce" is first the wood, then the tree, which reaches
/// "conifer"). Thread-safe; results are cached per lemma.
/// </summary>
internal sealed class WordNetGrounder
{
    /// <summary>How far up the hierarchy a walk goes; anchors lie 1–8 links above the nouns people use.</summary>
    private const int MaxDepth = 10;

    private readonly WordNetDatabase _wordNet;
    private readonly Dictionary<long, string> _anchors = [];
    private readonly ConcurrentDictionary<string, LexEntry?> _cache = new(StringComparer.Ordinal);

    public WordNetGrounder(WordNetDatabase wordNet)
    {
        _wordNet = wordNet;
        foreach ((string lemma, int sense, string curated) in GroundingAnchors.All)
        {
            IReadOnlyList<long> senses = wordNet.NounSenses(lemma);
            if (sense <= senses.Count && CuratedLexicon.Contains(curated))
            {
                _anchors.TryAdd(senses[sense - 1], curated);
            }
        }
    }

    public WordNetDatabase WordNet => _wordNet;

    /// <summary>Number of anchors that resolved in this WordNet (all of them in WordNet 3.0).</summary>
    public int AnchorCount => _anchors.Count;

    /// <summary>
    /// The curated meaning a WordNet noun lemma grounds to, or null when none of its senses reaches an anchor.
    /// <paramref name="lemma"/> is lower case with spaces or underscores between words.
    /// </summary>
    public LexEntry? Ground(string lemma) =>
        _cache.GetOrAdd(lemma.Replace(' ', '_'), static (l, self) => self.GroundCore(l), this);

    private LexEntry? GroundCore(string lemma)
    {
        IReadOnlyList<long> senses = _wordNet.NounSenses(lemma);
        for (int i = 0; i < UsableSenses(lemma, senses.Count); i++)
        {
            long sense = senses[i];
            // "firth" is first J. R. Firth the linguist: a name (capitalised in WordNet) is not what a lower-case word means.
            if (IsProperName(_wordNet.NounSynset(sense), lemma))
            {
                continue;
            }
            string? curated = NearestAnchor(sense);
            if (curated is not null && CuratedLexicon.TryGet(curated, out LexEntry entry))
            {
                return entry with { GroundedFrom = curated };
            }
        }
        return null;
    }

    /// <summary>
    /// How many senses, most frequent first, a grounding may use. A word of up to three senses may use any ("fawn" is
    /// first a colour, then the young deer; "bastion" a stronghold third). A word of many is ambiguous enough that a
    /// rare reading would ground it to the wrong thing ("top" as a circus tent, the 11th of 11; "hoodoo" as a person,
    /// the 2nd of 4): it may use only the senses seen in WordNet's tagged corpus, or its first when none was.
    /// </summary>
    private int UsableSenses(string lemma, int senses) =>
        senses <= 3 ? senses : Math.Max(1, Math.Min(_wordNet.TaggedNounSenses(lemma), senses));

    private static bool IsProperName(Synset synset, string lemma)
    {
        foreach (string w in synset.Words)
        {
            if (string.Equals(w, lemma, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Breadth-first up the is-a links: the anchor with the fewest links wins; ties go to the first link listed.</summary>
    private string? NearestAnchor(long start)
    {
        var frontier = new List<long> { start };
        var seen = new HashSet<long> { start };
        for (int depth = 0; depth <= MaxDepth && frontier.Count > 0; depth++)
        {
            foreach (long s in frontier)
            {
                if (_anchors.TryGetValue(s, out string? curated))
                {
                    return curated;
                }
            }
            var next = new List<long>();
            foreach (long s in frontier)
            {
                foreach (long h in _wordNet.NounSynset(s).Hypernyms)
                {
                    if (seen.Add(h))
                    {
                        next.Add(h);
                    }
                }
            }
            frontier = next;
        }
        return null;
    }
}
