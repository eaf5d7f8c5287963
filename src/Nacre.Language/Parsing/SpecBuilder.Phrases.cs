using Nacre.Core;
using Nacre.Language.Lexicon;

namespace Nacre.Language.Parsing;

// What one noun phrase contributes: its head's meaning, bound modifiers (colour, material, density, scale,
// ruin), and modifiers that describe the world as a whole (weather, time, season, mood, relief, water).
internal sealed partial class SpecBuilder
{
    /// <summary>Default count near the spawn point for a plural with no number ("houses", "pines").</summary>
    private static int DefaultPluralCount(SemanticLabel label) =>
        IsTreeLabel(label) ? 8 : SemanticLabels.IsStructure(label) ? 4 : 3;

    /// <summary>Core's IsTree, plus the acacia it does not list yet.</summary>
    private static bool IsTreeLabel(SemanticLabel label) => SemanticLabels.IsTree(label) || label == SemanticLabel.Acacia;

    /// <returns>The subject this phrase makes (a placeable object or a settlement), or null.</returns>
    private Subject? ApplyPhrase(NounPhrase np, Subject? predicateOf, Subject? previousSubject)
    {
        Word? head = np.Head;
        foreach (Word d in np.Determiners)
        {
            d.Used = true;
        }
        if (head is null)
        {
            // "foggy", "it is calm and misty", "the barn is red", "on horseback": modifiers alone.
            FeatureDraft? owner = predicateOf?.Draft;
            Subject? mounted = null;
            foreach (Word m in np.Modifiers)
            {
                if (m.Sense.Mounted)
                {
                    mounted = Mount(previousSubject?.Draft, m);
                    continue;
                }
                bool bound = owner is not null && BindToFeature(m, owner);
                if (!bound && m.Sense.DescribesLand && m.Sense.Density is { } land)
                {
                    SetLandDensity(m, land);
                }
                ApplyWorldFacets(m, WorldPartOf(m, bound, headSense: null, owner), asModifier: true);
            }
            return mounted;
        }
        if (head.Role == WordRole.Part)
        {
            // "a cabin with a red roof": the roof's colour and material belong to the cabin.
            FeatureDraft? owner = previousSubject?.Draft;
            head.Used = owner is not null;
            foreach (Word m in np.Modifiers)
            {
                bool bound = owner is not null && BindToFeature(m, owner);
                ApplyWorldFacets(m, WorldPartOf(m, bound, headSense: null, owner), asModifier: true);
            }
            if (owner is not null && (owner.Colour is not null || owner.Material != MaterialKind.Unspecified))
            {
                AddConcept($"{owner.Phrase} with {string.Join(' ', np.Modifiers.Where(m => m.Used).Select(m => m.Text).Append(head.Text))}");
            }
            return null;
        }

        Sense sense = ComposeHead(np, head);
        (FeatureDraft? draft, Subject? made) = sense.Label != SemanticLabel.None ? AddFeature(np, head, sense) : (null, null);
        SemanticLabel label = draft?.Label ?? SemanticLabel.None;

        // Modifiers: bound ones to the feature, the rest to the world.
        var qualifiers = new List<string>();
        foreach (Word m in np.Modifiers)
        {
            if (m.Used)
            {
                continue;
            }
            bool bound = draft is not null && BindToFeature(m, draft);
            if (bound)
            {
                qualifiers.Add(m.Text);
            }
            else if (m.Sense.Mounted && draft is not null)
            {
                made = Mount(draft, m) ?? made; // "a horseback rider", "mounted knights"
            }
            else if (m.Sense.Ruins && label == SemanticLabel.Ruins)
            {
                m.Used = true;
            }
            else if (m.Sense.Scale is { } settlementSize && sense.Settlement is { } settlement && settlement != SettlementKind.None)
            {
                // "a small village" is a hamlet, "a small town" a village, "a large village" a town (before the relief a
                // "small fishing village" brings could take the size for its hills).
                var resized = (SettlementKind)Math.Clamp((int)settlement + (settlementSize > 1f ? 1 : -1), (int)SettlementKind.Hamlet, (int)SettlementKind.City);
                sense = sense with { Settlement = resized, Concept = sense.Concept == SplitWords(settlement.ToString()) ? SplitWords(resized.ToString()) : sense.Concept };
                m.Used = true;
            }
            else if (m.Sense.Scale is { } scale && (sense.Relief is not null || sense.Anchor is AnchorKind.Hill or AnchorKind.Mountain or AnchorKind.Cliff or AnchorKind.Valley))
            {
                _scale ??= scale;
                m.Used = true;
                qualifiers.Add(m.Text);
            }
            else if (m.Sense.Scale is { } size && sense.Water != WaterKinds.None)
            {
                _waterAmount = size > 1f ? WaterAmount.Much : _waterAmount;
                m.Used = true;
            }
            else if (m.Sense.Density is { } density && IsVegetation(sense))
            {
                _density ??= density;
                m.Used = true;
                qualifiers.Add(m.Text);
            }
            else if (m.Sense.DescribesLand && m.Sense.Density is { } land && draft is null && sense.Weather is null)
            {
                SetLandDensity(m, land); // "a lush valley", "barren hills"
            }
            else if (m.Sense.Intensity is { } intensity && (m.Sense.Weather is null || m.Sense.WeatherImplied) && sense.Weather is not null)
            {
                _boundIntensity ??= intensity;
                m.Used = true;
                qualifiers.Add(m.Text);
            }
            else if (draft is null && m.Sense.Label != SemanticLabel.None && !m.Sense.IsTree)
            {
                // "stone village", "sheep farm", "flowery meadow": the modifier's things are scattered about.
                if (!_features.Exists(f => f.Label == m.Sense.Label))
                {
                    _features.Add(new FeatureDraft { Label = m.Sense.Label, Count = 3, Phrase = m.Text, Implied = true });
                }
                AddConcept(m.Sense.Shown);
                m.Used = true;
            }
            else if (draft is not null && m.Sense.Label != SemanticLabel.None)
            {
                // "square tower", "church bell": a thing naming a kind of another thing we cannot build. Its place
                // words ("square" is a town's) would be wrong here, so it stays unused and is reported.
                continue;
            }
            ApplyWorldFacets(m, WorldPartOf(m, bound, sense, draft), asModifier: true);
            // "lakeside cabin", "hilltop castle", "forest hut": a landform modifier places the feature.
            if (made is not null && m.Sense.Anchor is { } anchor && m.Sense.Label == SemanticLabel.None && anchor != sense.Anchor)
            {
                AddRelation(made, RelationFor(anchor), new Anchor(anchor), AnchorName(anchor));
            }
        }
        if (draft is not null && qualifiers.Count > 0 && (draft.Colour is not null || draft.Material != MaterialKind.Unspecified))
        {
            AddConcept($"{string.Join(' ', qualifiers)} {made!.Name}");
        }

        ApplyWorldFacets(head, sense, asModifier: false);
        if (sense.Settlement is not null && made is null)
        {
            made = new Subject(SemanticLabel.House, sense.Concept, null);
        }
        return made;
    }

    /// <summary>The feature a phrase names, with its count: a number given, a collective noun's size, or the default.</summary>
    private (FeatureDraft Draft, Subject Made) AddFeature(NounPhrase np, Word head, Sense sense)
    {
        SemanticLabel label = sense.Label;
        if (np.Modifiers.Any(m => m.Sense.Ruins) && SemanticLabels.IsStructure(label))
        {
            label = SemanticLabel.Ruins;
        }
        bool counted = np.Counted && sense.GroupCount is null;
        int count = sense.GroupCount is { } group
            ? group * (np.Counted ? np.Count!.Value : 1) // "a crowd" is 30 people, "two crowds" 60
            : np.Count ?? (np.Plural ? DefaultPluralCount(label) : 1);

        // Asked for by name: the name's count wins over what another word implied, unless the name gave no number
        // and the implication was bigger ("a bustling square with people" keeps its crowd).
        FeatureDraft? implied = _features.Find(f => f.Implied && f.Label == label);
        if (implied is not null)
        {
            _features.Remove(implied);
            if (np.Count is null && sense.GroupCount is null)
            {
                count = Math.Max(count, implied.Count);
            }
        }
        FeatureDraft? same = np.Modifiers.Count == 0
            ? _features.Find(f => f.Label == label && f.Colour is null && f.Material == MaterialKind.Unspecified) : null;
        FeatureDraft draft;
        if (same is not null)
        {
            // "ducks and geese": one request, counted together; "camels in a caravan": the caravan is those camels.
            bool sameGroup = sense.GroupCount is not null || (same.FromGroup && np.Count is null);
            same.Count = sameGroup ? Math.Max(same.Count, count) : same.Count + count;
            same.Counted &= counted;
            same.FromGroup |= sense.GroupCount is not null;
            draft = same;
        }
        else
        {
            draft = new FeatureDraft
            {
                Label = label, Count = count, Counted = counted, FromGroup = sense.GroupCount is not null, Phrase = PhraseText(np), Material = sense.Material, // "log cabin"
            };
            _features.Add(draft);
        }
        string name = label == sense.Label ? sense.Concept : SemanticLabels.Name(label);
        head.Used = true;
        AddConcept(label == sense.Label ? sense.Shown : name);
        if (sense.IsTree && sense.Biome is { } forest && np.Plural && count >= 5)
        {
            AddBiome(forest, 0.5f);
        }
        NoteMainSubject(label, np);
        return (draft, new Subject(label, name, draft));
    }

    /// <summary>
    /// "a man on horseback", "a knight on a horse": the person becomes a rider (one is added when nobody was
    /// named). Relations already made for the person follow the rider.
    /// </summary>
    private Subject Mount(FeatureDraft? person, Word word)
    {
        word.Used = true;
        FeatureDraft rider;
        if (person is { Label: SemanticLabel.Person or SemanticLabel.Rider })
        {
            person.Label = SemanticLabel.Rider;
            rider = person;
            for (int i = 0; i < _relations.Count; i++)
            {
                if (_relations[i].Subject == SemanticLabel.Person)
                {
                    _relations[i] = _relations[i] with { Subject = SemanticLabel.Rider };
                }
            }
            if (_mainSubject == Anchor.Of(SemanticLabel.Person))
            {
                _mainSubject = Anchor.Of(SemanticLabel.Rider);
            }
            if (!_features.Exists(f => f.Label == SemanticLabel.Person))
            {
                _concepts.Remove("person");
                _concepts.Remove("crowd");
            }
        }
        else
        {
            rider = _features.Find(f => f.Label == SemanticLabel.Rider) ?? new FeatureDraft { Label = SemanticLabel.Rider, Phrase = word.Text };
            if (!_features.Contains(rider))
            {
                _features.Add(rider);
                NoteMainSubject(SemanticLabel.Rider, new NounPhrase());
            }
        }
        AddConcept("rider");
        return new Subject(SemanticLabel.Rider, "rider", rider);
    }

    private void SetLandDensity(Word m, float density)
    {
        _density ??= density;
        m.Used = true;
        AddConcept(m.Sense.Concept);
    }

    /// <summary>
    /// What a modifier says about the world: all of it, except when it described an object ("a grey house" is not an
    /// overcast day, "an ancient oak" brings no ruins) or, for a sky colour, a landform ("grey cliffs").
    /// </summary>
    private static Sense WorldPartOf(Word m, bool bound, Sense? headSense, FeatureDraft? draft)
    {
        Sense s = m.Sense;
        bool describesObject = bound || (draft is not null && (s.Aged || s.SkyColour));
        bool describesLandform = s.SkyColour && headSense is { } h && (h.Relief is not null || h.Biome is not null || h.Water != WaterKinds.None || h.Anchor is not null);
        if (describesObject || describesLandform)
        {
            return s with { Weather = null, Intensity = null, Implies = [], Aged = false, Concept = describesObject ? s.Concept : "" };
        }
        return s;
    }

    /// <summary>
    /// The head's meaning refined by its modifiers: "pine trees" → conifers, "oak woods" → broadleaf forest,
    /// "spruce forest" (spruce grounded through WordNet) → conifer forest, "bare oaks" / "a dead forest" → dead trees.
    /// </summary>
    private static Sense ComposeHead(NounPhrase np, Word head)
    {
        Sense sense = head.Sense;
        Word? tree = np.Modifiers.LastOrDefault(m => m.Sense.IsTree && m.Colour is null);
        if (tree is not null && sense.IsTree && sense.Biome is null && sense.Label == SemanticLabel.Broadleaf)
        {
            tree.Used = true;
            sense = tree.Sense;
        }
        else if (tree is not null && sense.Anchor == AnchorKind.Forest && sense.Biome is not null && tree.Sense.Biome is { } forest)
        {
            tree.Used = true;
            sense = sense with { Biome = forest, Concept = BiomeName(forest) };
        }
        if (sense.Relief == Relief.Islands && sense.Landform is null && np.Plural && np.Count >= 3
            && CuratedLexicon.TryGet("archipelago", out LexEntry archipelago))
        {
            return archipelago.Sense; // "a chain of rocky islands", "dozens of islands": many islands are an archipelago
        }
        Word? withered = np.Modifiers.LastOrDefault(m => m.Sense.Withered && !m.Used);
        bool forestHead = sense.Anchor == AnchorKind.Forest && sense.Biome is not null && sense.Label == SemanticLabel.None;
        if (withered is not null && (sense.IsTree || forestHead) && CuratedLexicon.TryGet("dead tree", out LexEntry dead))
        {
            withered.Used = true;
            return forestHead ? dead.Sense with { GroupCount = 12 } : dead.Sense;
        }
        return sense;
    }

    /// <summary>Colour or material of a modifier onto a feature; true when the word was used so.</summary>
    private static bool BindToFeature(Word m, FeatureDraft draft)
    {
        if (m.Colour is { } colour && draft.Colour is null)
        {
            draft.Colour = colour;
            draft.ColourName = m.ColourName;
            m.Used = true;
            if (m.Sense.Material != MaterialKind.Unspecified && draft.Material == MaterialKind.Unspecified && m.Role == WordRole.Adjective)
            {
                draft.Material = m.Sense.Material; // "whitewashed": a colour and a plaster finish
            }
            return true;
        }
        // An age says stone only of buildings: "a medieval castle", not "an ancient oak".
        if (m.Sense.Material != MaterialKind.Unspecified && draft.Material == MaterialKind.Unspecified
            && (!m.Sense.Aged || SemanticLabels.IsStructure(draft.Label)))
        {
            draft.Material = m.Sense.Material;
            m.Used = true;
            return true;
        }
        return false;
    }

    private static bool IsVegetation(Sense s) =>
        s.Biome is { } b && b is not (Biome.Urban or Biome.Suburban or Biome.Beach or Biome.Desert or Biome.Tundra) || s.IsTree || (s.Density is not null && s.Label == SemanticLabel.None)
        || (s.Label != SemanticLabel.None && SemanticLabels.IsVegetation(s.Label));

    private void NoteMainSubject(SemanticLabel label, NounPhrase np)
    {
        if (_mainSubject is null && !IsTreeLabel(label) && !SemanticLabels.IsVegetation(label) && label is not (SemanticLabel.Road or SemanticLabel.Path))
        {
            _mainSubject = Anchor.Of(label);
        }
        else if (IsTreeLabel(label) && !np.Plural && _fallbackSubject is null)
        {
            _fallbackSubject = Anchor.Of(label); // "a lone oak on a hill"
        }
    }

    private static RelationKind RelationFor(AnchorKind anchor) => anchor switch
    {
        AnchorKind.Hill or AnchorKind.Mountain or AnchorKind.Cliff => RelationKind.On,
        AnchorKind.Forest or AnchorKind.Valley or AnchorKind.Desert or AnchorKind.Swamp or AnchorKind.Meadow or AnchorKind.Field or AnchorKind.Island => RelationKind.In,
        _ => RelationKind.Near,
    };

    private static string PhraseText(NounPhrase np) => string.Join(' ', np.Modifiers.Select(m => m.Text).Append(np.Head!.Text));
}
