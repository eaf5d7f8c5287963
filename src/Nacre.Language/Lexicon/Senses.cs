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

    public static Sense Count(int count) => new() { Count = count };

    public static Sense Relation(RelationKind kind, bool reverse = false) => new() { Relation = kind, ReverseRelation = reverse };

    public static Sense Density(float density, float intensity) => new() { Density = density, Intensity = intensity };

    public static Sense Scale(float scale) => new() { Scale = scale };

    /// <summary>The class a "no …" of this label rules out: "no houses" → every structure, "no fence" → just fences.</summary>
    public static Exclusions ExclusionOf(SemanticLabel label) => label switch
    {
        _ when SemanticLabels.IsBuilding(label) => Exclusions.Structures,
        _ when SemanticLabels.IsTree(label) => Exclusions.Trees,
        SemanticLabel.Person => Exclusions.People,
        _ when SemanticLabels.IsCharacter(label) => Exclusions.Animals,
        _ when SemanticLabels.IsVehicle(label) => Exclusions.Vehicles,
        SemanticLabel.Road or SemanticLabel.Path => Exclusions.Roads,
        SemanticLabel.Boulder or SemanticLabel.Stone or SemanticLabel.Rock => Exclusions.Rocks,
        _ => Exclusions.None,
    };
}
