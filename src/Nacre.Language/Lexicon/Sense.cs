using Nacre.Core;

namespace Nacre.Language.Lexicon;

/// <summary>Which kinds of water a word brings into the world.</summary>
[Flags]
internal enum WaterKinds
{
    None = 0,
    Sea = 1,
    Lake = 2,
    River = 4,
    Waterfall = 8,
}

/// <summary>
/// What a word or fixed phrase means to the world builder. A word may carry several facets at once: "beach" is a
/// biome, a relief (coast), a kind of water (sea) and a place others can be put on. Immutable.
/// </summary>
internal sealed record Sense
{
    /// <summary>How the word shows in the spec's concept list ("conifer forest"); empty for pure grammar.</summary>
    public string Concept { get; init; } = "";

    /// <summary>A placeable object (structure, prop, character or single tree); None if not one.</summary>
    public SemanticLabel Label { get; init; }

    /// <summary>True for tree labels: plural trees also add their forest biome.</summary>
    public bool IsTree { get; init; }

    public Biome? Biome { get; init; }

    public Relief? Relief { get; init; }

    /// <summary>The landform this word names when something is placed relative to it ("by a <b>lake</b>").</summary>
    public AnchorKind? Anchor { get; init; }

    public WaterKinds Water { get; init; }

    /// <summary>Overall water amount implied ("ocean" → much, "arid" → none).</summary>
    public WaterAmount? WaterAmount { get; init; }

    public WeatherKind? Weather { get; init; }

    /// <summary>Weather strength 0 … 1 this word implies or, as an adjective, sets ("heavy" 0.85).</summary>
    public float? Intensity { get; init; }

    public TimeOfDaySpec? Time { get; init; }

    public Season? Season { get; init; }

    public Mood? Mood { get; init; }

    public SettlementKind? Settlement { get; init; }

    public Rgb? Colour { get; init; }

    public MaterialKind Material { get; init; }

    /// <summary>Vegetation density 0 … 1 ("dense" 0.9, "barren" 0.05).</summary>
    public float? Density { get; init; }

    /// <summary>Elevation scale multiplier ("towering" 1.7, "gentle" 0.6).</summary>
    public float? Scale { get; init; }

    /// <summary>A count: quantifiers and number words.</summary>
    public int? Count { get; init; }

    /// <summary>True when <see cref="Count"/> is a number the prompt gave ("four", "a single", "a dozen"), not a vague amount ("a few", "a herd of").</summary>
    public bool Exact { get; init; }

    /// <summary>How many a collective noun means when no number is given: "a crowd" is 30 people, "a caravan" 6 camels.</summary>
    public int? GroupCount { get; init; }

    /// <summary>The named landform this word asks the world to be built around ("fjord", "volcano").</summary>
    public Landform? Landform { get; init; }

    /// <summary>How the settlement is laid out ("town square", "harbour", "graveyard").</summary>
    public SettlementLayout? Layout { get; init; }

    /// <summary>The look the word asks for ("moody", "eerie", "cheerful").</summary>
    public Tone? Tone { get; init; }

    /// <summary>
    /// True when <see cref="Weather"/> is only a hint ("eerie" brings a little fog, "grey" an overcast sky): any weather
    /// the prompt names outright wins over it.
    /// </summary>
    public bool WeatherImplied { get; init; }

    /// <summary>Only describes the sky: a colour ("grey") that means an overcast day when it describes no object.</summary>
    public bool SkyColour { get; init; }

    /// <summary>Describes the land's vegetation as a whole ("lush", "verdant"): sets the density even when no plant is named.</summary>
    public bool DescribesLand { get; init; }

    /// <summary>Turns the tree it describes into a dead tree ("bare trees", "leafless oaks", "dead pines").</summary>
    public bool Withered { get; init; }

    /// <summary>An age or style ("medieval", "ancient"): stone for the building it describes; for a place, its concept (and <see cref="Implies"/>).</summary>
    public bool Aged { get; init; }

    /// <summary>"on horseback": the person it follows is riding.</summary>
    public bool Mounted { get; init; }

    /// <summary>
    /// For a word realised by a nearby concept, the word itself ("pagoda", realised as the temple of
    /// <see cref="Concept"/>): the concept list reads "pagoda (as temple)", so no substitution is silent. Null when the
    /// concept is the thing itself.
    /// </summary>
    public string? OwnWord { get; init; }

    /// <summary>How many of each of <see cref="Implies"/> come along (2 unless the word says more: "bustling" brings a crowd).</summary>
    public int ImpliedCount { get; init; } = 2;

    /// <summary>Prepositions and part nouns ("top of" → On).</summary>
    public RelationKind? Relation { get; init; }

    /// <summary>For "surrounded by": the object of the preposition is placed relative to the subject.</summary>
    public bool ReverseRelation { get; init; }

    /// <summary>What is ruled out when this word is negated ("no <b>buildings</b>" → structures).</summary>
    public Exclusions ExcludedWhenNegated { get; init; }

    /// <summary>What this word rules out by itself ("uninhabited", "nobody").</summary>
    public Exclusions Excludes { get; init; }

    /// <summary>Turns a structure into ruins ("ruined castle").</summary>
    public bool Ruins { get; init; }

    /// <summary>Features this word brings along ("fishing village" → boats and a pier).</summary>
    public IReadOnlyList<SemanticLabel> Implies { get; init; } = [];

    /// <summary>The concept as people read it: "pagoda (as temple)" for a stand-in, else the concept itself.</summary>
    public string Shown => OwnWord is null || Concept.Length == 0 ? Concept : $"{OwnWord} (as {Concept})";

    /// <summary>Number words and digits: a quantity, not a thing.</summary>
    public bool IsNumber => Count is not null && Concept.Length == 0;
}
