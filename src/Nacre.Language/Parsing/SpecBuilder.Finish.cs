using Nacre.Core;
using Nacre.Language.Lexicon;

namespace Nacre.Language.Parsing;

// Negated phrases, and resolving everything into the final spec: exclusions remove what they rule out,
// defaults fill the rest, and unused content words are reported.
internal sealed partial class SpecBuilder
{
    /// <summary>"no trees", "without water", "no buildings", "nothing man-made": rules a class or a thing out.</summary>
    private void ApplyNegated(NounPhrase np)
    {
        Word? head = np.Head ?? np.Modifiers.LastOrDefault();
        if (head is null)
        {
            return;
        }
        Sense s = head.Sense;
        bool understood = true;
        Exclusions ex = s.ExcludedWhenNegated;
        if (ex != Exclusions.None)
        {
            _exclude |= ex;
            AddConcept(ExclusionName(ex, s));
        }
        else if (s.Label != SemanticLabel.None)
        {
            _excludedLabels.Add(s.Label);
            AddConcept("no " + s.Concept);
        }
        else if (s.Water != WaterKinds.None)
        {
            _deniedWater |= s.Water;
            AddConcept("no " + s.Concept);
        }
        else if (s.Weather is { } weather)
        {
            _deniedWeather.Add(weather);
            AddConcept("no " + s.Concept);
        }
        else if (s.Settlement is not null)
        {
            _settlementDenied = true;
            AddConcept("no " + s.Concept);
        }
        else if (s.Landform is { } landform)
        {
            // "mountains but no volcano": the volcano goes, the mountains stay.
            _deniedLandforms.Add(landform);
            AddConcept("no " + s.Concept);
        }
        else if (s.Relief is { } relief)
        {
            _deniedRelief = relief;
            AddConcept("no " + s.Concept);
        }
        else
        {
            understood = false;
        }
        if (s.Settlement is not null)
        {
            _settlementDenied = true;
        }
        if (understood)
        {
            foreach (Word w in np.AllWords)
            {
                w.Used = true;
            }
        }
    }

    private static string ExclusionName(Exclusions ex, Sense s) => ex switch
    {
        Exclusions.Structures => "no structures",
        Exclusions.Trees => "no trees",
        Exclusions.Vegetation or (Exclusions.Vegetation | Exclusions.Trees) => "no vegetation",
        Exclusions.Water => "no water",
        Exclusions.Roads => "no roads",
        Exclusions.Characters => "no characters",
        Exclusions.Vehicles => "no vehicles",
        Exclusions.People => "no people",
        Exclusions.Animals => "no animals",
        Exclusions.Rocks => "no rocks",
        _ when (ex & Exclusions.Structures) != 0 && (ex & Exclusions.Roads) != 0 => "nothing man-made",
        _ => "no " + s.Concept,
    };

    private WorldSpec Finish(string prompt, ulong seed, List<Word> words)
    {
        RemoveExcludedFeatures();
        if (_settlementDenied || (_exclude & Exclusions.Structures) != 0)
        {
            _settlement = SettlementKind.None;
        }

        // Trees ruled out: forests go, open land stays.
        if ((_exclude & (Exclusions.Trees | Exclusions.Vegetation)) != 0)
        {
            _biomes.RemoveAll(b => b.Biome is Biome.ConiferForest or Biome.BroadleafForest or Biome.BirchForest or Biome.PalmGrove
                or Biome.Jungle or Biome.BambooForest);
            if (_biomes.Count == 0)
            {
                _biomes.Add(new BiomeWeight(Biome.Meadow, 1f));
            }
        }

        WaterSpec water = ResolveWater();
        _relations.RemoveAll(r => !Survives(r, water));

        Relief relief = _relief ?? Relief.Plains;
        if (_deniedRelief == relief)
        {
            relief = Relief.Plains;
        }

        float density = _density ?? _impliedDensity ?? 0.5f;
        if ((_exclude & Exclusions.Trees) != 0)
        {
            density = Math.Min(density, 0.3f);
        }
        if ((_exclude & Exclusions.Vegetation) != 0)
        {
            density = 0f;
        }

        // Weather named outright wins; else the hint of a look word ("eerie" → a little fog, "grey" → overcast).
        (WeatherKind weather, float intensity) = _weather is { } named ? (named, _boundIntensity ?? _weatherIntensity)
            : _impliedWeather ?? (WeatherKind.Clear, 0.5f);
        if (_deniedWeather.Contains(weather))
        {
            weather = WeatherKind.Clear;
            intensity = 0.5f;
        }

        Anchor? main = _mainSubject is { } m && _features.Exists(f => f.Label == m.Label) ? m : null;
        main ??= _features.FirstOrDefault(f => !f.Implied && !IsTreeLabel(f.Label) && !SemanticLabels.IsVegetation(f.Label)
            && f.Label is not (SemanticLabel.Road or SemanticLabel.Path)) is { } firstFeature ? Anchor.Of(firstFeature.Label) : null;
        main ??= _settlement != SettlementKind.None ? Anchor.Of(SemanticLabel.House) : null;
        main ??= _fallbackSubject is { Kind: AnchorKind.Feature } fs && !_features.Exists(f => f.Label == fs.Label) ? null : _fallbackSubject;

        var unrecognized = new List<string>();
        foreach (Word w in words)
        {
            if (!w.Used && (w.Source == WordSource.Unknown || !w.IsGrammar) && w.Source != WordSource.Punctuation && !unrecognized.Contains(w.Text))
            {
                unrecognized.Add(w.Text);
            }
        }

        // Cliffs with the sea below them and no other landform named are sea cliffs.
        Landform landform = _landform ?? (_cliffsBeforeAnyLandform && relief == Relief.Cliffs && water.Sea ? Landform.SeaCliffs : Landform.None);
        if (_deniedLandforms.Contains(landform))
        {
            landform = Landform.None;
        }
        if (landform == Landform.SeaCliffs && _landform is null)
        {
            AddConcept(Senses.LandformName(landform));
        }

        return new WorldSpec
        {
            Prompt = prompt,
            Seed = seed,
            Terrain = new TerrainSpec { Relief = relief, ElevationScale = _scale ?? (relief == _relief ? _impliedScale : null) ?? 1f },
            Landform = landform,
            Layout = _settlementDenied || (_exclude & Exclusions.Structures) != 0 ? SettlementLayout.Default : _layout ?? SettlementLayout.Default,
            Tone = _tone ?? Tone.Neutral,
            Water = water,
            Biomes = [.. _biomes],
            VegetationDensity = density,
            Features = [.. _features.Select(f => f.ToRequest())],
            Settlement = _settlement,
            Relations = [.. _relations],
            Exclude = _exclude,
            Time = _time ?? TimeOfDaySpec.Default,
            Weather = new WeatherSpec { Kind = weather, Intensity = Math.Clamp(intensity, 0f, 1f) },
            Season = _season ?? Season.Summer,
            Mood = _mood ?? Mood.Normal,
            MainSubject = main,
            Concepts = [.. _concepts],
            Unrecognized = unrecognized,
        };
    }

    private void RemoveExcludedFeatures()
    {
        _features.RemoveAll(f => Excluded(f.Label));
        if ((_exclude & Exclusions.Water) != 0)
        {
            _features.RemoveAll(f => f.Implied && f.Label is SemanticLabel.Boat or SemanticLabel.Pier);
        }
    }

    // Core's groups miss a few of the generator-v2 labels: an acacia is a tree, a rider a person, a cart a vehicle.
    private bool Excluded(SemanticLabel l) =>
        _excludedLabels.Contains(l)
        || ((_exclude & Exclusions.Structures) != 0 && SemanticLabels.IsStructure(l))
        || ((_exclude & (Exclusions.Trees | Exclusions.Vegetation)) != 0 && IsTreeLabel(l))
        || ((_exclude & Exclusions.Vegetation) != 0 && SemanticLabels.IsVegetation(l))
        || ((_exclude & Exclusions.Roads) != 0 && l is SemanticLabel.Road or SemanticLabel.Path)
        || ((_exclude & Exclusions.Characters) != 0 && SemanticLabels.IsCharacter(l))
        || ((_exclude & Exclusions.People) != 0 && l is SemanticLabel.Person or SemanticLabel.Rider)
        || ((_exclude & Exclusions.Animals) != 0 && SemanticLabels.IsCharacter(l) && l is not (SemanticLabel.Person or SemanticLabel.Rider))
        || ((_exclude & Exclusions.Vehicles) != 0 && (SemanticLabels.IsVehicle(l) || l == SemanticLabel.Cart))
        || ((_exclude & Exclusions.Rocks) != 0 && l is SemanticLabel.Boulder or SemanticLabel.Stone or SemanticLabel.Rock);

    private WaterSpec ResolveWater()
    {
        if ((_exclude & Exclusions.Water) != 0)
        {
            return new WaterSpec { Amount = WaterAmount.None };
        }
        WaterKinds kinds = _water & ~_deniedWater;
        WaterAmount amount = kinds != WaterKinds.None
            ? ((kinds & WaterKinds.Sea) != 0 || _waterAmount == WaterAmount.Much ? WaterAmount.Much : WaterAmount.Some)
            : _waterAmount ?? WaterAmount.Some;
        return new WaterSpec
        {
            Amount = amount,
            Sea = (kinds & WaterKinds.Sea) != 0,
            Lakes = (kinds & WaterKinds.Lake) != 0,
            Rivers = (kinds & (WaterKinds.River | WaterKinds.Waterfall)) != 0,
            Waterfalls = (kinds & WaterKinds.Waterfall) != 0,
        };
    }

    /// <summary>A relation survives when its subject is still asked for and its anchor still exists.</summary>
    private bool Survives(SpatialRelation r, WaterSpec water)
    {
        bool subjectThere = _features.Exists(f => f.Label == r.Subject) || (r.Subject == SemanticLabel.House && _settlement != SettlementKind.None);
        if (!subjectThere)
        {
            return false;
        }
        return r.Anchor.Kind switch
        {
            AnchorKind.Feature => _features.Exists(f => f.Label == r.Anchor.Label) || !Excluded(r.Anchor.Label),
            AnchorKind.Lake => water.Amount != WaterAmount.None,
            AnchorKind.River or AnchorKind.Waterfall => water.Rivers || water.Amount != WaterAmount.None,
            AnchorKind.Sea => water.Sea || water.Amount != WaterAmount.None,
            AnchorKind.Forest => (_exclude & Exclusions.Trees) == 0,
            _ => true,
        };
    }
}
