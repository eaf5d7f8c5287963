using Nacre.Core;

namespace Nacre.Language.Directing;

// Subjects ("the tallest tree", "the car by the lake", "the second house", "it", "here") and placements ("next to the cabin").
internal sealed partial class CommandReader
{
    /// <summary>Relation phrases, longest first, and what they mean.</summary>
    private static readonly (string Words, RelationKind Relation)[] Relations =
    [
        ("in front of", RelationKind.InFrontOf), ("on top of", RelationKind.On), ("next to", RelationKind.Beside),
        ("close to", RelationKind.Near), ("across from", RelationKind.Across), ("on the other side of", RelationKind.Across),
        ("to the left of", RelationKind.Beside), ("to the right of", RelationKind.Beside), ("far from", RelationKind.Near),
        ("beside", RelationKind.Beside), ("alongside", RelationKind.Beside), ("by", RelationKind.Near), ("near", RelationKind.Near),
        ("nearby", RelationKind.Near), ("at", RelationKind.Near), ("behind", RelationKind.Behind), ("on", RelationKind.On),
        ("onto", RelationKind.On), ("in", RelationKind.In), ("inside", RelationKind.In), ("into", RelationKind.In),
        ("within", RelationKind.In), ("along", RelationKind.Along), ("around", RelationKind.Around), ("opposite", RelationKind.Across),
        ("across", RelationKind.Across), ("under", RelationKind.Under), ("below", RelationKind.Under), ("beneath", RelationKind.Under),
        ("facing", RelationKind.Facing), ("over", RelationKind.Over), ("above", RelationKind.Over), ("to", RelationKind.Near),
        ("toward", RelationKind.Near), ("towards", RelationKind.Near), ("among", RelationKind.In), ("between", RelationKind.Between),
    ];

    /// <summary>
    /// Reads a subject from the cursor. With <paramref name="allowQualifier"/> a following relation and subject
    /// ("by the lake") narrows it; the inner subject takes no qualifier of its own.
    /// </summary>
    private SubjectQuery ParseSubject(bool allowQualifier)
    {
        int start = _i;
        if (AtEnd)
        {
            throw new DirectingSyntaxException($"'{_source}' needs a subject, e.g. 'the cabin', 'the lake' or 'the tallest tree'");
        }
        if (AcceptAny("here", "me", "us", "the camera", "camera", "the viewer", "view", "frame", "the frame", "the shot", "shot") is not null)
        {
            return SubjectQuery.Camera(Text(start));
        }
        if (AcceptAny("it", "them", "they", "him", "her", "there", "that one", "this one", "the same one") is not null)
        {
            return SubjectQuery.Previous(Text(start));
        }
        if (AcceptAny("that", "this", "the same", "same") is not null)
        {
            if (NounAt(0) is null && AcceptColor() is null)
            {
                return SubjectQuery.Previous(Text(start));
            }
            _i = start;
        }
        bool all = AcceptAny("all of the", "all the", "all of", "all", "every", "each", "both") is not null;
        Accept("the|a|an|this|that|these|those|my|our|your|some|one|any");
        int ordinal = 0;
        Superlative superlative = Superlative.None;
        NamedColor? color = null;
        for (int guard = 0; guard < 6 && !AtEnd; guard++)
        {
            string tok = Peek()!;
            if (DirectorVocabulary.Ordinals.TryGetValue(tok, out int o))
            {
                ordinal = o;
                _i++;
                Accept("one");
                continue;
            }
            if (Is("most distant|furthest away|farthest away"))
            {
                _i += 2;
                superlative = Superlative.Farthest;
                continue;
            }
            if (DirectorVocabulary.Superlatives.TryGetValue(tok, out Superlative s) && DirectorVocabulary.Singular(tok) is null)
            {
                superlative = s;
                _i++;
                continue;
            }
            if (AcceptColor() is { } c)
            {
                color = c;
                continue;
            }
            // Words that describe but do not select ("the old barn", "the wooden cabin"): skip when a noun follows.
            if (DirectorVocabulary.Singular(tok) is null && Peek(1) is { } next && (DirectorVocabulary.Singular(next) is not null || NounAt(1) is not null))
            {
                if (DidYouMean.Find(tok, DirectorVocabulary.SubjectWords) is { } maybe && NounAt(1) is null && DirectorVocabulary.Singular(next) is null)
                {
                    throw new DirectingSyntaxException($"unknown subject '{tok}' — did you mean '{maybe}'?", maybe);
                }
                _i++;
                continue;
            }
            break;
        }
        NounMeaning? noun = NounAt(0, out int width);
        if (noun is null)
        {
            string word = Peek() ?? "";
            if (word.Length == 0)
            {
                throw new DirectingSyntaxException($"'{Text(start)}' what? name a subject, e.g. 'the cabin', 'the lake', 'the tallest tree'");
            }
            string? fix = DidYouMean.Find(word, DirectorVocabulary.SubjectWords);
            throw fix is not null
                ? new DirectingSyntaxException($"unknown subject '{word}' — did you mean '{fix}'?", fix)
                : new DirectingSyntaxException($"unknown subject '{word}': name something in the world, e.g. the cabin, the lake, a tree, the road, the deer, the car");
        }
        _i += width;
        var query = new SubjectQuery
        {
            Noun = noun.Word,
            Labels = noun.Labels,
            Landform = noun.Landform,
            Ordinal = ordinal,
            Superlative = superlative,
            Color = color,
            All = all || (Peek(-1) is { } last && last != noun.Word && DirectorVocabulary.Singular(last) == noun.Word && last != "deer" && last != "sheep" && Peek(-1 - width) is "the" or "all"),
        };
        if (allowQualifier && IsRelationAhead())
        {
            int save = _i;
            RelationKind relation = AcceptRelation()!.Value;
            if (!AtEnd && !Is("here|me|us|the camera|view"))
            {
                SubjectQuery anchor = ParseSubject(allowQualifier: false);
                query = query with { Relation = relation, RelativeTo = anchor };
            }
            else
            {
                _i = save;
            }
        }
        return query with { Text = Text(start) };
    }

    private string Text(int start) => string.Join(' ', _t.Skip(start).Take(_i - start));

    private NounMeaning? NounAt(int offset) => NounAt(offset, out _);

    /// <summary>The noun at cursor + offset: two-word nouns first ("lamp post"), then one word (plurals allowed).</summary>
    private NounMeaning? NounAt(int offset, out int width)
    {
        width = 0;
        string? a = Peek(offset), b = Peek(offset + 1);
        if (a is null)
        {
            return null;
        }
        if (b is not null && (DirectorVocabulary.Nouns.TryGetValue($"{a} {b}", out NounMeaning? two)
            || b.EndsWith('s') && DirectorVocabulary.Nouns.TryGetValue($"{a} {b[..^1]}", out two)))
        {
            width = 2;
            return two;
        }
        if (DirectorVocabulary.Singular(a) is { } s && DirectorVocabulary.Nouns.TryGetValue(s, out NounMeaning? one))
        {
            width = 1;
            return one;
        }
        return null;
    }

    private NamedColor? AcceptColor()
    {
        int save = _i;
        string? shade = AcceptAny("dark", "light", "bright", "pale", "deep", "pastel");
        if (Peek() is { } c && DirectorVocabulary.Colors.TryGetValue(c, out Rgb rgb))
        {
            _i++;
            Accept("coloured|colored|painted");
            Rgb shaded = shade switch
            {
                "dark" or "deep" => Rgb.Lerp(rgb, new Rgb(0, 0, 0), 0.4f),
                "light" or "pale" or "pastel" => Rgb.Lerp(rgb, new Rgb(255, 255, 255), 0.45f),
                "bright" => Rgb.Lerp(rgb, new Rgb(255, 255, 255), 0.15f),
                _ => rgb,
            };
            return new NamedColor(shade is null ? c : $"{shade} {c}", shaded);
        }
        _i = save;
        return null;
    }

    private bool IsRelationAhead() => Relations.Any(r => Is(r.Words)) || Is("here");

    private RelationKind? AcceptRelation()
    {
        foreach ((string words, RelationKind relation) in Relations)
        {
            if (Accept(words))
            {
                Accept("of");
                return relation;
            }
        }
        return null;
    }

    /// <summary>"next to the cabin", "in the meadow", "here", "in front of the camera". Null if no placement follows.</summary>
    private Placement? AcceptPlacement(bool allowQualifier)
    {
        if (AcceptAny("here", "right here", "over here", "in view", "in shot", "in the shot", "in frame", "in the frame", "in front of me",
                "in front of us", "in front of the camera", "in front of the lens", "into view", "into the shot", "into frame") is { } p)
        {
            return new Placement(RelationKind.InFrontOf, SubjectQuery.Camera(p));
        }
        if (AcceptAny("over there", "there") is { } there)
        {
            return new Placement(RelationKind.Near, SubjectQuery.Previous(there));
        }
        int save = _i;
        RelationKind? relation = AcceptRelation();
        if (relation is null)
        {
            return null;
        }
        if (AtEnd)
        {
            _i = save;
            return null;
        }
        return new Placement(relation.Value, ParseSubject(allowQualifier));
    }
}
