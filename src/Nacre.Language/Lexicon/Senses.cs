using Nacre.Core;

namespace Nacre.Language.Lexicon;

/// <summary>Short constructors for the curated lexicon's senses, so each table line reads as one fact.</summary>
internal static class Senses
{
    public static Sense None { get; } = new();

    public static Sense Feature(SemanticLabel label, string? concept = null) => new()
    {
        Concept = concept ?? SemanticLabels.Name(label),
        Label = label,
        ExcludedWhenNegated = ExclusionOf(label),
    };

    public static Sense Tree(SemanticLabel label, Biome? forest, string concept) => new()
    {
        Concept = concept,
        Label = label,
        IsTree = true,
        Biome = forest,
        ExcludedWhenNegated = Exclusions.Trees,
    };

    public static Sense Biome(Biome biome, AnchorKind? anchor, string concept, float? density = null) => new()
    {
        Concept = concept,
        Biome = biome,
        Anchor = anchor,
        Density = density,
        ExcludedWhenNegated = biome is Core.Biome.ConiferForest or Core.Biome.BroadleafForest or Core.Biome.BirchForest
            or Core.Biome.PalmGrove or Core.Biome.Jungle or Core.Biome.BambooForest ? Exclusions.Trees : Exclusions.None,
    };

    public static Sense Relief(Relief relief, AnchorKind? anchor, string concept) => new() { Concept = concept, Relief = relief, Anchor = anchor };

    /// <summary>A named landform with the relief it is built on; its concept is the landform's own name ("sea cliffs").</summary>
    public static Sense Landform(Landform landform, Relief relief, AnchorKind? anchor) =>
        new() { Concept = LandformName(landform), Landform = landform, Relief = relief, Anchor = anchor };

    /// <summary>"SeaCliffs" → "sea cliffs".</summary>
    public static string LandformName(Landform landform) => Words(landform.ToString());

    /// <summary>A PascalCase name in lower-case words: "RollingHills" → "rolling hills".</summary>
    public static string Words(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                sb.Append(' ');
            }
            sb.Append(char.ToLowerInvariant(pascal[i]));
        }
        return sb.ToString();
    }

    public static Sense Water(WaterKinds kinds, AnchorKind anchor, string concept) => new()
    {
        Concept = concept,
        Water = kinds,
        Anchor = anchor,
    };

    public static Sense Weather(WeatherKind kind, float intensity, string concept) => new() { Concept = concept, Weather = kind, Intensity = intensity };

    public static Sense Time(string name, float hours) => new() { Concept = name, Time = new TimeOfDaySpec(name, hours) };

    public static Sense Season(Season season) => new() { Concept = season.ToString().ToLowerInvariant(), Season = season };

    public static Sense Mood(Mood mood, string concept) => new() { Concept = concept, Mood = mood };

    public static Sense Material(MaterialKind material) => new() { Material = material };

    /// <param name="count">How many.</param>
    /// <param name="exact">True for a number the prompt gave ("four", "a single", "a dozen"); false for "a few", "many".</param>
    public static Sense Count(int count, bool exact = false) => new() { Count = count, Exact = exact };

    public static Sense Relation(RelationKind kind, bool reverse = false) => new() { Relation = kind, ReverseRelation = reverse };

    public static Sense Density(float density, float intensity) => new() { Density = density, Intensity = intensity };

    public static Sense Scale(float scale) => new() { Scale = scale };

    /// <summary>The class a "no …" of this label rules out: "no houses" → every structure, "no fence" → just fences.</summary>
    public static Exclusions ExclusionOf(SemanticLabel label) => label switch
    {
        // Structures that are not buildings (Core's IsBuilding counts them): "no gravestones" rules out just those.
        SemanticLabel.Gravestone or SemanticLabel.Fountain or SemanticLabel.Jetty or SemanticLabel.MarketStall => Exclusions.None,
        SemanticLabel.Rider => Exclusions.People,
        SemanticLabel.Cart => Exclusions.Vehicles,
        SemanticLabel.Shipwreck or SemanticLabel.Lava => Exclusions.None,
        SemanticLabel.Acacia => Exclusions.Trees,
        _ when SemanticLabels.IsTree(label) => Exclusions.Trees,
        SemanticLabel.Person => Exclusions.People,
        _ when SemanticLabels.IsCharacter(label) => Exclusions.Animals,
        _ when SemanticLabels.IsVehicle(label) => Exclusions.Vehicles,
        SemanticLabel.Road or SemanticLabel.Path => Exclusions.Roads,
        SemanticLabel.Boulder or SemanticLabel.Stone or SemanticLabel.Rock => Exclusions.Rocks,
        _ => Exclusions.None,
    };
}
