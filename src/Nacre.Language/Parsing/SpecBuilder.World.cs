using Nacre.Core;
using Nacre.Language.Lexicon;

namespace Nacre.Language.Parsing;

// What a word says about the world as a whole: biome, relief, water, weather, time, season, mood, settlement, and the
// setting (named landform, layout, tone), and the names these are shown by.
internal sealed partial class SpecBuilder
{
    /// <summary>Relief priority of the landform that sets the scene: above any plain relief word.</summary>
    private const int LandformPriority = 4;

    /// <summary>Applies everything a word says about the world as a whole; marks the word used if it said anything.</summary>
    private void ApplyWorldFacets(Word w, Sense s, bool asModifier)
    {
        bool used = ApplySetting(s);
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
            // The landform that sets the scene decides the relief; otherwise plain relief words beat the relief a
            // biome or a body of water implies.
            bool setsTheScene = s.Landform is not null && _landform == s.Landform && _reliefPriority < LandformPriority;
            int priority = setsTheScene ? LandformPriority : s.Water != WaterKinds.None ? 1 : s.Anchor == AnchorKind.Valley ? 1 : s.Biome is not null ? 2 : 3;
            // The height a relief word implies goes with that relief: "flat" flattens flat land, not the buttes of
            // "flat-topped buttes".
            if (priority > _reliefPriority)
            {
                _relief = relief;
                _reliefPriority = priority;
                _impliedScale = s.Scale;
            }
            else if (relief == _relief)
            {
                _impliedScale ??= s.Scale;
            }
            if (relief == Relief.Cliffs && s.Landform is null && _landform is null)
            {
                _cliffsBeforeAnyLandform = true; // "cliffs by the sea" are sea cliffs
            }
            if (s.Landform is null)
            {
                AddConcept(s.Biome is null && s.Water == WaterKinds.None ? s.Shown : ReliefName(relief));
            }
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
        if (s.Weather is { } weather && s.WeatherImplied)
        {
            _impliedWeather ??= (weather, s.Intensity ?? 0.5f);
            if (s.Tone is null)
            {
                AddConcept(s.Concept); // "grey": an overcast sky
            }
            used = true;
        }
        else if (s.Weather is { } named)
        {
            NameWeather(named, s.Intensity ?? 0.5f);
            AddConcept(s.Shown);
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
            bool explicitSeason = (s.Weather is null || s.WeatherImplied) && s.Biome is null;
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
            bool explicitMood = s.Weather is null || s.WeatherImplied;
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
            AddConcept(s.Shown);
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
                _features.Add(new FeatureDraft { Label = implied, Count = s.ImpliedCount, Phrase = w.Text, Implied = true });
            }
            if (s.Label == SemanticLabel.None && s.Landform is null && s.Settlement is null && s.Mood is null && s.Excludes == Exclusions.None)
            {
                AddConcept(s.Shown); // "wildlife", "elephant (as wildlife)"
            }
            used = true;
        }
        if (s.Aged)
        {
            AddConcept(s.Concept); // "a medieval town", "ancient" said of a place
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


    /// <summary>
    /// The setting: the first landform named is the one the world is built around (later ones are still listed as
    /// concepts); the first layout and the first tone named win.
    /// </summary>
    private bool ApplySetting(Sense s)
    {
        bool used = false;
        if (s.Landform is { } landform)
        {
            if (!_deniedLandforms.Contains(landform))
            {
                _landform ??= landform;
            }
            AddConcept(Senses.LandformName(landform));
            used = true;
        }
        if (s.Layout is { } layout)
        {
            _layout ??= layout;
            used = true;
        }
        if (s.Tone is { } tone)
        {
            _tone ??= tone;
            AddConcept(s.Concept);
            used = true;
        }
        return used;
    }

    /// <summary>
    /// Weather named outright: the stronger kind wins (rain over an overcast sky, a storm over rain), and a second
    /// word of the same kind can only strengthen it ("a snowy village in a blizzard" is a blizzard).
    /// </summary>
    private void NameWeather(WeatherKind weather, float intensity)
    {
        if (_weather is not { } current || Severity(weather) > Severity(current))
        {
            _weather = weather;
            _weatherIntensity = intensity;
        }
        else if (weather == current)
        {
            _weatherIntensity = Math.Max(_weatherIntensity, intensity);
        }
    }

    private static int Severity(WeatherKind kind) => kind switch
    {
        WeatherKind.Clear => 0,
        WeatherKind.Overcast or WeatherKind.Fog => 1,
        WeatherKind.Drizzle => 2,
        WeatherKind.Rain or WeatherKind.Snow => 3,
        WeatherKind.Storm => 4,
        _ => 1,
    };

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
