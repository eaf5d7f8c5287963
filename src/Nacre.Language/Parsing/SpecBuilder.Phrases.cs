using Nacre.Core;
using Nacre.Language.Lexicon;

namespace Nacre.Language.Parsing;

// What one noun phrase contributes: its head's meaning, bound modifiers (colour, material, density, scale,
// ruin), and modifiers that describe the world as a whole (weather, time, season, mood, relief, water).
internal sealed partial class SpecBuilder
{
    /// <summary>Default count near the spawn point for a plural with no number ("houses", "pines").</summary>
    private static int DefaultPluralCount(SemanticLabel label) =>
        SemanticLabels.IsTree(label) ? 8 : SemanticLabels.IsStructure(label) ? 4 : 3;

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
            // "foggy", "it is calm and misty", "the barn is red": modifiers alone.
            FeatureDraft? owner = predicateOf?.Draft;
            foreach (Word m in np.Modifiers)
            {
                if (owner is not null)
                {
                    BindToFeature(m, owner);
                }
                ApplyWorldFacets(m, m.Sense, asModifier: true);
            }
            return null;
        }
        if (head.Role == WordRole.Part)
        {
            // "a cabin with a red roof": the roof's colour and material belong to the cabin.
            FeatureDraft? owner = previousSubject?.Draft;
            head.Used = owner is not null;
            foreach (Word m in np.Modifiers)
            {
                if (owner is not null)
                {
                    BindToFeature(m, owner);
                }
                ApplyWorldFacets(m, m.Sense, asModifier: true);
            }
            if (owner is not null && (owner.Colour is not null || owner.Material != MaterialKind.Unspecified))
            {
                AddConcept($"{owner.Phrase} with {string.Join(' ', np.Modifiers.Where(m => m.Used).Select(m => m.Text).Append(head.Text))}");
            }
            return null;
        }

        Sense sense = ComposeHead(np, head);
        FeatureDraft? draft = null;
        Subject? made = null;
        SemanticLabel label = sense.Label;
        if (label != SemanticLabel.None)
        {
            bool ruined = np.Modifiers.Any(m => m.Sense.Ruins) && SemanticLabels.IsStructure(label);
            if (ruined)
            {
                label = SemanticLabel.Ruins;
            }
            int count = np.Count ?? (np.Plural ? DefaultPluralCount(label) : 1);
            _features.RemoveAll(f => f.Implied && f.Label == label); // asked for by name: the name's count wins
            FeatureDraft? same = np.Modifiers.Count == 0
                ? _features.Find(f => f.Label == label && f.Colour is null && f.Material == MaterialKind.Unspecified) : null;
            if (same is not null)
            {
                same.Count += count; // "ducks and geese": one request, counted together
                draft = same;
            }
            else
            {
                draft = new FeatureDraft { Label = label, Count = count, Phrase = PhraseText(np), Material = sense.Material }; // "log cabin"
                _features.Add(draft);
            }
            string name = label == sense.Label ? sense.Concept : SemanticLabels.Name(label);
            made = new Subject(label, name, draft);
            head.Used = true;
            AddConcept(name);
            if (sense.IsTree && sense.Biome is { } forest && np.Plural && count >= 5)
            {
                AddBiome(forest, 0.5f);
            }
            NoteMainSubject(label, np);
        }

        // Modifiers: bound ones to the feature, the rest to the world.
        var qualifiers = new List<string>();
        foreach (Word m in np.Modifiers)
        {
            if (m.Used)
            {
                continue;
            }
            if (draft is not null && BindToFeature(m, draft))
            {
                qualifiers.Add(m.Text);
            }
            else if (m.Sense.Ruins && label == SemanticLabel.Ruins)
            {
                m.Used = true;
            }
            else if (m.Sense.Scale is { } scale && (sense.Relief is not null || sense.Anchor is AnchorKind.Hill or AnchorKind.Mountain or AnchorKind.Cliff or AnchorKind.Valley))
            {
                _scale ??= scale;
                m.Used = true;
                qualifiers.Add(m.Text);
            }
            else if (m.Sense.Scale is { } settlementSize && sense.Settlement is { } settlement && settlement != SettlementKind.None)
            {
                // "a small village" is a hamlet, "a large village" a town.
                var resized = (SettlementKind)Math.Clamp((int)settlement + (settlementSize > 1f ? 1 : -1), (int)SettlementKind.Hamlet, (int)SettlementKind.City);
                sense = sense with { Settlement = resized, Concept = SplitWords(resized.ToString()) };
                m.Used = true;
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
            else if (m.Sense.Intensity is { } intensity && m.Sense.Weather is null && sense.Weather is not null)
            {
                _boundIntensity ??= intensity;
                m.Used = true;
                qualifiers.Add(m.Text);
            }
            else if (draft is null && m.Sense.Label != SemanticLabel.None && !m.Sense.IsTree)
            {
                // "rocky coast", "sheep farm", "flowery meadow": the modifier's things are scattered about.
                if (!_features.Exists(f => f.Label == m.Sense.Label))
                {
                    _features.Add(new FeatureDraft { Label = m.Sense.Label, Count = 3, Phrase = m.Text, Implied = true });
                }
                AddConcept(m.Sense.Concept);
                m.Used = true;
            }
            ApplyWorldFacets(m, m.Sense, asModifier: true);
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

    /// <summary>
    /// The head's meaning refined by its modifiers: "pine trees" → conifers, "oak woods" → broadleaf forest,
    /// "spruce forest" (spruce grounded through WordNet) → conifer forest.
    /// </summary>
    private static Sense ComposeHead(NounPhrase np, Word head)
    {
        Sense sense = head.Sense;
        Word? tree = np.Modifiers.LastOrDefault(m => m.Sense.IsTree && m.Colour is null);
        if (tree is null)
        {
            return sense;
        }
        if (sense.IsTree && sense.Biome is null && sense.Label == SemanticLabel.Broadleaf)
        {
            tree.Used = true;
            return tree.Sense;
        }
        if (sense.Anchor == AnchorKind.Forest && sense.Biome is not null && tree.Sense.Biome is { } forest)
        {
            tree.Used = true;
            return sense with { Biome = forest, Concept = BiomeName(forest) };
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
        if (m.Sense.Material != MaterialKind.Unspecified && draft.Material == MaterialKind.Unspecified)
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

    /// <summary>Applies everything a word says about the world as a whole; marks the word used if it said anything.</summary>
    private void ApplyWorldFacets(Word w, Sense s, bool asModifier)
    {
        bool used = false;
        if (s.Biome is { } biome && !s.IsTree && !(asModifier && s.Label != SemanticLabel.None))
        {
            if (s.Concept == "forest" && biome == Biome.BroadleafForest)
            {
                AddBiome(Biome.BroadleafForest, _biomes.Count == 0 ? 1f : 0.5f);
                AddBiome(Biome.ConiferForest, 0.5f);
            }
            else
            {
                AddBiome(biome, _biomes.Count == 0 ? 1f : 0.5f);
            }
            _impliedDensity ??= s.Density;
            AddConcept(s.Label == SemanticLabel.None ? s.Concept : BiomeName(biome));
            used = true;
        }
        else if (s.Density is { } d && s.Label == SemanticLabel.None && !asModifier && s.Biome is null)
        {
            _impliedDensity ??= d; // "vegetation", "greenery"
            AddConcept(s.Concept);
            used = true;
        }
        if (s.Relief is { } relief)
        {
            int priority = s.Water != WaterKinds.None ? 1 : s.Anchor == AnchorKind.Valley ? 1 : s.Biome is not null ? 2 : 3;
            if (priority > _reliefPriority)
            {
                _relief = relief;
                _reliefPriority = priority;
            }
            if (s.Scale is { } scale)
            {
                _impliedScale ??= scale;
            }
            AddConcept(s.Biome is null && s.Water == WaterKinds.None ? s.Concept : ReliefName(relief));
            used = true;
        }
        if (s.Water != WaterKinds.None)
        {
            _water |= s.Water;
            foreach (WaterKinds k in new[] { WaterKinds.Sea, WaterKinds.Lake, WaterKinds.River, WaterKinds.Waterfall })
            {
                if ((s.Water & k) != 0 && !(k == WaterKinds.River && (s.Water & WaterKinds.Waterfall) != 0))
                {
                    AddConcept(k.ToString().ToLowerInvariant());
                }
            }
            used = true;
        }
        if (s.WaterAmount is { } amount)
        {
            _waterAmount = amount == WaterAmount.Much || _waterAmount is null ? amount : _waterAmount;
            if (s.Concept is "dry" or "wet" or "water")
            {
                AddConcept(s.Concept);
            }
            used = true;
        }
        if (s.Weather is { } weather)
        {
            if (_weather is null || (_weather == WeatherKind.Clear && weather != WeatherKind.Clear))
            {
                _weather = weather;
                _weatherIntensity = s.Intensity ?? 0.5f;
            }
            AddConcept(s.Concept);
            used = true;
        }
        if (s.Time is { } time)
        {
            _time ??= time;
            AddConcept(time.Name);
            used = true;
        }
        if (s.Season is { } season)
        {
            bool explicitSeason = s.Weather is null && s.Biome is null;
            if (_season is null || (explicitSeason && !_seasonExplicit))
            {
                _season = season;
                _seasonExplicit = explicitSeason;
            }
            if (explicitSeason)
            {
                AddConcept(s.Concept);
            }
            used = true;
        }
        if (s.Mood is { } mood)
        {
            bool explicitMood = s.Weather is null;
            if (_mood is null || (explicitMood && !_moodExplicit))
            {
                _mood = mood;
                _moodExplicit = explicitMood;
            }
            if (explicitMood)
            {
                AddConcept(s.Concept);
            }
            used = true;
        }
        if (s.Settlement is { } settlement)
        {
            if (settlement > _settlement)
            {
                _settlement = settlement;
            }
            AddConcept(s.Concept);
            used = true;
        }
        if (s.Excludes != Exclusions.None)
        {
            _exclude |= s.Excludes;
            AddConcept(s.Concept);
            used = true;
        }
        foreach (SemanticLabel implied in s.Implies)
        {
            if (!_features.Exists(f => f.Label == implied))
            {
                _features.Add(new FeatureDraft { Label = implied, Count = 2, Phrase = w.Text, Implied = true });
            }
            used = true;
        }
        if (s.Anchor is { } anchorKind && !asModifier && s.Label == SemanticLabel.None)
        {
            _fallbackSubject ??= new Anchor(anchorKind);
            if (s.Concept.Length > 0 && s.Water == WaterKinds.None && s.Relief is null && s.Biome is null)
            {
                AddConcept(s.Concept); // "shore"
            }
            used = true;
        }
        if (used)
        {
            w.Used = true;
        }
    }

    private void AddBiome(Biome biome, float weight)
    {
        int i = _biomes.FindIndex(b => b.Biome == biome);
        if (i < 0)
        {
            _biomes.Add(new BiomeWeight(biome, weight));
        }
        else if (_biomes[i].Weight < weight)
        {
            _biomes[i] = new BiomeWeight(biome, weight);
        }
    }

    private void NoteMainSubject(SemanticLabel label, NounPhrase np)
    {
        if (_mainSubject is null && !SemanticLabels.IsTree(label) && !SemanticLabels.IsVegetation(label) && label is not (SemanticLabel.Road or SemanticLabel.Path))
        {
            _mainSubject = Anchor.Of(label);
        }
        else if (SemanticLabels.IsTree(label) && !np.Plural && _fallbackSubject is null)
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

    private static string BiomeName(Biome b) => b switch
    {
        Biome.ConiferForest => "conifer forest",
        Biome.BroadleafForest => "broadleaf forest",
        Biome.BirchForest => "birch forest",
        Biome.PalmGrove => "palm grove",
        Biome.BambooForest => "bamboo forest",
        _ => SplitWords(b.ToString()),
    };

    private static string ReliefName(Relief r) => r switch
    {
        Relief.RollingHills => "rolling hills",
        _ => SplitWords(r.ToString()),
    };
}
