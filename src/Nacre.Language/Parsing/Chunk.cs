namespace Nacre.Language.Parsing;

/// <summary>One unit of a chunked prompt: a noun phrase, or a grammar marker between phrases (a preposition, a
/// conjunction, a negation, a copula, a pronoun or a clause break).</summary>
internal abstract class Chunk
{
}

/// <summary>A grammar word between noun phrases; its <see cref="Word"/> says which.</summary>
internal sealed class MarkerChunk(Word word) : Chunk
{
    public Word Word { get; } = word;

    public override string ToString() => $"<{Word.Role} {Word.Text}>";
}

/// <summary>
/// "a few tall red-roofed houses": determiners and quantities, modifiers, and the head noun (the last noun of a
/// noun run: in "stone cottage" the head is "cottage" and "stone" a modifier). A phrase may have no head ("foggy",
/// "it is calm"); its modifiers then describe the world as a whole or, after a copula, the subject.
/// </summary>
internal sealed class NounPhrase : Chunk
{
    public List<Word> Determiners { get; } = [];

    public List<Word> Modifiers { get; } = [];

    public Word? Head { get; set; }

    /// <summary>The count its determiners and quantities give (the last one: "the three cabins" → 3), or null.</summary>
    public int? Count
    {
        get
        {
            int? count = null;
            foreach (Word d in Determiners)
            {
                count = d.Sense.Count ?? count;
            }
            return count;
        }
    }

    /// <summary>True when the count is a number the prompt gave ("four", "a single", "5"), not "a" or "a few".</summary>
    public bool Counted
    {
        get
        {
            bool exact = false;
            foreach (Word d in Determiners)
            {
                exact = d.Sense.Count is not null ? d.Sense.Exact : exact;
            }
            return exact;
        }
    }

    /// <summary>True when a determiner or quantity opens it ("a", "the", "three").</summary>
    public bool HasDeterminer => Determiners.Count > 0;

    public bool Plural => Head?.Plural ?? false;

    public IEnumerable<Word> AllWords => Determiners.Concat(Modifiers).Concat(Head is null ? [] : [Head]);

    public override string ToString() =>
        $"[{string.Join(' ', Determiners.Select(d => d.Text))} ({string.Join(' ', Modifiers.Select(m => m.Text))}) {Head?.Text}]";
}
