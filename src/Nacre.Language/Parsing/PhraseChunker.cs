using Nacre.Language.Lexicon;

namespace Nacre.Language.Parsing;

/// <summary>
/// Groups words into noun phrases and the grammar markers between them, left to right: a determiner or quantity
/// opens a phrase, adjectives and nouns gather into it, and the last noun of a run becomes its head; any grammar
/// word closes it. Place-part words ("shore of", "top of") become prepositions that take over the relation.
/// </summary>
internal static class PhraseChunker
{
    public static List<Chunk> Chunk(List<Word> words)
    {
        var chunks = new List<Chunk>(words.Count);
        NounPhrase? current = null;

        void Close()
        {
            // A phrase of determiners only ("a few" at the end) is kept so its words are accounted for.
            if (current is not null)
            {
                chunks.Add(current);
            }
            current = null;
        }

        for (int i = 0; i < words.Count; i++)
        {
            Word w = words[i];
            switch (w.Role)
            {
                case WordRole.Determiner:
                case WordRole.Quantifier:
                    if (current is not null && (current.Head is not null || current.Modifiers.Count > 0))
                    {
                        Close();
                    }
                    current ??= new NounPhrase();
                    current.Determiners.Add(w);
                    break;
                case WordRole.Adjective:
                    if (current?.Head is not null)
                    {
                        Close();
                    }
                    current ??= new NounPhrase();
                    current.Modifiers.Add(w);
                    break;
                case WordRole.Noun:
                    current ??= new NounPhrase();
                    if (current.Head is not null)
                    {
                        // Noun run: "stone cottage", "lake house", "forest cabin": the earlier noun modifies the later.
                        current.Modifiers.Add(current.Head);
                    }
                    current.Head = w;
                    break;
                case WordRole.Part when w.Sense.Relation is not null:
                    // "on the shore of a lake": drop the empty "the" phrase; the part becomes the preposition.
                    if (current is not null && current.Head is null && current.Modifiers.Count == 0)
                    {
                        current = null;
                    }
                    Close();
                    chunks.Add(new MarkerChunk(w));
                    break;
                case WordRole.Part:
                    // "a red roof": the part heads its phrase; the builder hands its modifiers to the owner.
                    current ??= new NounPhrase();
                    if (current.Head is not null)
                    {
                        current.Modifiers.Add(current.Head);
                    }
                    current.Head = w;
                    break;
                case WordRole.Copula when current is not null && current.Head is null && w.Source == WordSource.Curated:
                    // "a rushing river", "a winding path": a participle inside a phrase describes, it does not link.
                    w.Used = true;
                    break;
                case WordRole.Function:
                    // Glue inside a phrase ("a beautiful view of") ends it but says nothing.
                    Close();
                    break;
                default:
                    Close();
                    chunks.Add(new MarkerChunk(w));
                    break;
            }
        }
        Close();
        return chunks;
    }
}
