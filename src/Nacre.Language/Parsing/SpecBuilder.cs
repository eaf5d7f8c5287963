using Nacre.Core;
using Nacre.Language.Lexicon;

namespace Nacre.Language.Parsing;

/// <summary>
/// Interprets chunks into a <see cref="WorldSpec"/>: walks the phrases left to right keeping the grammatical state
/// (negation scope, the pending preposition, the current subject), lets each phrase contribute its meaning
/// (<c>SpecBuilder.Phrases.cs</c>), then resolves the whole (<c>SpecBuilder.Finish.cs</c>): exclusions win over
/// requests, and every content word left unused is reported. One instance per parse; not thread-safe.
/// </summary>
internal sealed partial class SpecBuilder
{
    private readonly List<FeatureDraft> _features = [];
    private readonly List<BiomeWeight> _biomes = [];
    private readonly List<SpatialRelation> _relations = [];
    private readonly List<string> _concepts = [];
    private readonly HashSet<SemanticLabel> _excludedLabels = [];
    private readonly HashSet<WeatherKind> _deniedWeather = [];
    private Relief? _relief;
    private int _reliefPriority;
    private Relief? _deniedRelief;
    private WaterKinds _water;
    private WaterKinds _deniedWater;
    private WaterAmount? _waterAmount;
    private WeatherKind? _weather;
    private float _weatherIntensity = 0.5f;
    private float? _boundIntensity;
    private TimeOfDaySpec? _time;
    private Season? _season;
    private bool _seasonExplicit;
    private Mood? _mood;
    private bool _moodExplicit;
    private SettlementKind _settlement;
    private bool _settlementDenied;
    private Exclusions _exclude;
    private float? _density;
    private float? _impliedDensity;
    private float? _scale;
    private float? _impliedScale;
    private readonly HashSet<Landform> _deniedLandforms = [];
    private Landform? _landform;
    private bool _cliffsBeforeAnyLandform;
    private SettlementLayout? _layout;
    private Tone? _tone;
    private (WeatherKind Kind, float Intensity)? _impliedWeather;
    private Anchor? _mainSubject;
    private Anchor? _fallbackSubject;

    /// <summary>The thing relations and predicates attach to: the latest phrase that named a placeable object.</summary>
    private sealed record Subject(SemanticLabel Label, string Name, FeatureDraft? Draft);

    public static WorldSpec Build(string prompt, ulong seed, List<Chunk> chunks, List<Word> words) =>
        new SpecBuilder().BuildCore(prompt, seed, chunks, words);

    private WorldSpec BuildCore(string prompt, ulong seed, List<Chunk> chunks, List<Word> words)
    {
        Subject? subject = null;
        var places = new List<(NounPhrase Np, Subject? Made)>();
        Word? preposition = null;
        Subject? relationSubject = null;
        (Anchor Anchor, string Name, Subject? Made)? reverseTarget = null;
        bool negating = false, negationOpen = false, listedByComma = false, afterCopula = false, justNegated = false;

        foreach (Chunk chunk in chunks)
        {
            if (chunk is MarkerChunk marker)
            {
                Word w = marker.Word;
                w.Used = true;
                switch (w.Role)
                {
                    case WordRole.Negation:
                        negating = true;
                        justNegated = true;
                        listedByComma = false;
                        break;
                    case WordRole.Conjunction:
                        // "no cars or people", "no cars, people and houses": the list continues the negation;
                        // "with palm trees and no buildings" starts a new one; "and a cabin" ends it.
                        negating = negationOpen && (w.Text is "or" or "nor" || w.Text == "," || (w.Text == "and" && listedByComma));
                        listedByComma |= negating && w.Text == ",";
                        if (!negating)
                        {
                            negationOpen = false;
                        }
                        preposition = w.Text == "," ? preposition : null;
                        afterCopula = false;
                        break;
                    case WordRole.Preposition:
                    case WordRole.Part:
                        if (w.Sense.ReverseRelation)
                        {
                            if (places.Count > 0)
                            {
                                (Anchor a, string n) = AnchorOf(places[^1].Np, places[^1].Made);
                                reverseTarget = (a, n, places[^1].Made);
                            }
                        }
                        preposition = w;
                        relationSubject = subject;
                        negating = negationOpen = false;
                        afterCopula = false;
                        break;
                    case WordRole.Copula:
                        afterCopula = w.Source != WordSource.Unknown;
                        w.Used = w.Source != WordSource.Unknown;
                        preposition = null;
                        negating = negationOpen = false;
                        break;
                    case WordRole.Pronoun:
                        // "a cabin by the river and pines behind it": "it" is the latest thing that is not the subject
                        // itself, else the latest place.
                        int at = places.FindLastIndex(p => p.Made is not null && !ReferenceEquals(p.Made, relationSubject));
                        if (at < 0)
                        {
                            at = places.FindLastIndex(p => p.Made is null);
                        }
                        if (preposition is not null && relationSubject is not null && at >= 0)
                        {
                            (Anchor anchor, string name) = AnchorOf(places[at].Np, places[at].Made);
                            AddRelation(relationSubject, preposition.Sense.Relation!.Value, anchor, name);
                        }
                        preposition = null;
                        break;
                    default:
                        preposition = null;
                        negating = negationOpen = afterCopula = false;
                        break;
                }
                continue;
            }

            var np = (NounPhrase)chunk;
            // A counted phrase after a list conjunction ("no roads and a cabin") is outside the negation.
            bool negated = negating && (justNegated || np.Count is null);
            justNegated = false;
            if (negated)
            {
                ApplyNegated(np);
                negationOpen = true;
                negating = false;
                continue;
            }
            negationOpen = false;
            negating = false;

            Subject? made = ApplyPhrase(np, afterCopula ? subject : null, subject);
            afterCopula = false;

            if (preposition is not null)
            {
                Relate(np, made, preposition, relationSubject, reverseTarget);
                preposition = null;
                reverseTarget = null;
            }
            if (made is not null)
            {
                subject = made;
            }
            if (IsPlace(np))
            {
                places.Add((np, made));
            }
        }

        return Finish(prompt, seed, words);
    }

    private void Relate(NounPhrase np, Subject? made, Word preposition, Subject? relationSubject, (Anchor Anchor, string Name, Subject? Made)? reverseTarget)
    {
        RelationKind kind = preposition.Sense.Relation!.Value;
        if (!IsPlace(np))
        {
            return; // "at dusk", "in the fog", "during a storm": time and weather, not places
        }
        if (preposition.Sense.ReverseRelation)
        {
            // "a lake surrounded by pines": the pines are placed around the lake.
            if (made is not null && reverseTarget is { } target)
            {
                AddRelation(made, kind, target.Anchor, target.Name);
            }
            else if (made is null && reverseTarget is { Made: { } surrounded })
            {
                // "a castle surrounded by a moat", "a cabin surrounded by forest": the castle sits within its landform.
                (Anchor landform, string landformName) = AnchorOf(np, null);
                AddRelation(surrounded, landform.Kind is AnchorKind.Forest or AnchorKind.Meadow or AnchorKind.Field or AnchorKind.Desert
                    or AnchorKind.Swamp or AnchorKind.Mountain or AnchorKind.Valley ? RelationKind.In : RelationKind.Near, landform, landformName);
            }
            return;
        }
        if (relationSubject is null)
        {
            return;
        }
        (Anchor anchor, string name) = AnchorOf(np, made);
        if (anchor.Kind == AnchorKind.Feature && anchor.Label == relationSubject.Label)
        {
            return;
        }
        AddRelation(relationSubject, kind, anchor, name);
    }

    private void AddRelation(Subject subject, RelationKind kind, Anchor anchor, string anchorName)
    {
        var relation = new SpatialRelation(subject.Label, kind, anchor);
        if (!_relations.Contains(relation))
        {
            _relations.Add(relation);
            AddConcept($"{subject.Name} {RelationWords(kind)} {anchorName}");
        }
    }

    /// <summary>True when a phrase names something things can be placed relative to: a feature or a landform.</summary>
    private static bool IsPlace(NounPhrase np) =>
        np.Head is { } h && (h.Sense.Label != SemanticLabel.None || h.Sense.Anchor is not null || h.Sense.Settlement is not null);

    private static (Anchor Anchor, string Name) AnchorOf(NounPhrase np, Subject? made)
    {
        Sense s = np.Head!.Sense;
        if (s.Anchor is { } kind)
        {
            return (new Anchor(kind), AnchorName(kind));
        }
        if (made is not null)
        {
            return (Anchor.Of(made.Label), made.Name);
        }
        return s.Label != SemanticLabel.None ? (Anchor.Of(s.Label), SemanticLabels.Name(s.Label)) : (Anchor.Of(SemanticLabel.House), "houses");
    }

    private static string AnchorName(AnchorKind kind) => kind == AnchorKind.Feature ? "feature" : SplitWords(kind.ToString());

    private static string SplitWords(string pascal) => Senses.Words(pascal);

    private static string RelationWords(RelationKind kind) => kind switch
    {
        RelationKind.Near => "by",
        RelationKind.On => "on",
        RelationKind.Along => "along",
        RelationKind.Over => "over",
        RelationKind.In => "in",
        RelationKind.Beside => "beside",
        RelationKind.Behind => "behind",
        RelationKind.InFrontOf => "in front of",
        RelationKind.Across => "across",
        RelationKind.Around => "around",
        RelationKind.Under => "under",
        RelationKind.Between => "between",
        RelationKind.Facing => "facing",
        _ => "near",
    };

    private void AddConcept(string concept)
    {
        if (concept.Length > 0 && !_concepts.Contains(concept))
        {
            _concepts.Add(concept);
        }
    }
}
