namespace Nacre.Language;

/// <summary>What a word of the prompt was understood as, for highlighting.</summary>
public enum PromptTokenKind
{
    /// <summary>Grammar: "a", "the", "with", "is".</summary>
    Grammar,

    /// <summary>"a few", "three", "lots of".</summary>
    Quantity,

    /// <summary>"no", "without".</summary>
    Negation,

    /// <summary>"by", "on top of", "surrounded by".</summary>
    Relation,

    /// <summary>A placeable object: structure, prop, character, tree.</summary>
    Feature,

    /// <summary>Land, water, biome, settlement.</summary>
    Place,

    /// <summary>Time of day.</summary>
    Time,

    /// <summary>Weather, season, mood.</summary>
    Atmosphere,

    /// <summary>A colour, material or other word describing its noun.</summary>
    Modifier,

    /// <summary>A content word the engine could not use.</summary>
    Unrecognized,
}
