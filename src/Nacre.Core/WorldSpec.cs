using System.Text.Json.Serialization;

namespace Nacre.Core;

/// <summary>
/// The explicit, versioned description of a world: the only output of the fuzzy step (words → spec) and the
/// only input, with a seed, of the pure generator. Stored with every world so it can be rebuilt without
/// re-reading the prompt. Immutable; serialise with <see cref="WorldSpecJson"/>.
/// </summary>
public sealed record WorldSpec
{
    /// <summary>Schema version of this record. Bump when a field's meaning changes.</summary>
    public const int CurrentVersion = 1;

    public int Version { get; init; } = CurrentVersion;

    /// <summary>The words the world was made from (may be empty for a spec written by hand).</summary>
    public string Prompt { get; init; } = "";

    /// <summary>World seed. Same spec + seed ⇒ same world, forever.</summary>
    public ulong Seed { get; init; }

    /// <summary>
    /// Which generator version builds this world: 0 means the newest this build has. A saved world carries the
    /// version it was made with (the store's column, set by the studio when it reopens the world), so it is rebuilt
    /// exactly as it was; a prompt parsed today gets the newest. Written to JSON only when pinned.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Generator { get; init; }

    public TerrainSpec Terrain { get; init; } = new();

    /// <summary>
    /// The named landform the world is built around ("a fjord", "a volcano"), shaped at the site so it dominates
    /// the first look; <see cref="Core.Landform.None"/> when the prompt named none. Read by generator v2 and later.
    /// </summary>
    public Landform Landform { get; init; } = Landform.None;

    /// <summary>How the settlement is laid out (a square, a street, a harbour…); Default lets the generator choose. Generator v2.</summary>
    public SettlementLayout Layout { get; init; } = SettlementLayout.Default;

    /// <summary>Look words ("grey and moody", "cheerful", "eerie") that set light, colour and fog.</summary>
    public Tone Tone { get; init; } = Tone.Neutral;

    public WaterSpec Water { get; init; } = new();

    /// <summary>Requested biomes with relative weights; empty means "what suits the relief" (meadow with mixed woods).</summary>
    public IReadOnlyList<BiomeWeight> Biomes { get; init; } = [];

    /// <summary>Vegetation density, 0 (none) … 0.5 (normal) … 1 (dense).</summary>
    public float VegetationDensity { get; init; } = 0.5f;

    /// <summary>Objects asked for by name: structures, props and characters, each with its count, colour and material.</summary>
    public IReadOnlyList<FeatureRequest> Features { get; init; } = [];

    /// <summary>A village or town, laid out along roads; <see cref="SettlementKind.None"/> for none.</summary>
    public SettlementKind Settlement { get; init; } = SettlementKind.None;

    /// <summary>Placements relative to anchors, honoured within ~150 m of the spawn point.</summary>
    public IReadOnlyList<SpatialRelation> Relations { get; init; } = [];

    /// <summary>Classes the prompt ruled out ("no buildings"): the generator places none of them anywhere.</summary>
    public Exclusions Exclude { get; init; } = Exclusions.None;

    public TimeOfDaySpec Time { get; init; } = TimeOfDaySpec.Default;

    public WeatherSpec Weather { get; init; } = new();

    public Season Season { get; init; } = Season.Summer;

    public Mood Mood { get; init; } = Mood.Normal;

    /// <summary>What the spawn camera should show first; null lets the generator choose (the first feature).</summary>
    public Anchor? MainSubject { get; init; }

    /// <summary>Everything the prompt was understood to ask for, in words, for people to read.</summary>
    public IReadOnlyList<string> Concepts { get; init; } = [];

    /// <summary>Words of the prompt the engine could not use. Reported, never silently dropped.</summary>
    public IReadOnlyList<string> Unrecognized { get; init; } = [];

    /// <summary>True when the prompt rules out every structure.</summary>
    [JsonIgnore]
    public bool NoStructures => (Exclude & Exclusions.Structures) != 0;
}

/// <summary>Shape and scale of the land.</summary>
public sealed record TerrainSpec
{
    public Relief Relief { get; init; } = Relief.Plains;

    /// <summary>Multiplier on the relief's natural height range: 1 normal, 0.5 gentle, 2 dramatic.</summary>
    public float ElevationScale { get; init; } = 1f;
}

/// <summary>Which kinds of water the world has. <see cref="Amount"/> None means none at all.</summary>
public sealed record WaterSpec
{
    public WaterAmount Amount { get; init; } = WaterAmount.Some;

    public bool Sea { get; init; }

    public bool Lakes { get; init; }

    public bool Rivers { get; init; }

    public bool Waterfalls { get; init; }
}

public sealed record BiomeWeight(Biome Biome, float Weight);

/// <summary>
/// An object asked for: "a red barn", "three deer", "stone cottages". <see cref="Count"/> is how many appear
/// near the spawn point (the world beyond has them at the natural density of their kind).
/// </summary>
public sealed record FeatureRequest
{
    public SemanticLabel Label { get; init; }

    /// <summary>How many near the spawn point, ≥ 1.</summary>
    public int Count { get; init; } = 1;

    /// <summary>
    /// True when the prompt gave the number ("just four palm trees", "a single boat", "five sheep"): the viewer should
    /// see that many around the site, so generator v2 thins the background population of the kind there.
    /// </summary>
    public bool Counted { get; init; }

    /// <summary>Colour accent bound to this object ("red barn"), or null for the natural colour.</summary>
    public Rgb? Color { get; init; }

    /// <summary>The colour's word ("red"), kept for people and for directing.</summary>
    public string? ColorName { get; init; }

    public MaterialKind Material { get; init; } = MaterialKind.Unspecified;

    /// <summary>The words this request came from ("wooden cabin").</summary>
    public string Phrase { get; init; } = "";
}

/// <summary>A feature or landform a relation points at. <see cref="Label"/> is set when <see cref="Kind"/> is Feature.</summary>
public sealed record Anchor(AnchorKind Kind, SemanticLabel Label = SemanticLabel.None)
{
    public static Anchor Of(SemanticLabel label) => new(AnchorKind.Feature, label);
}

/// <summary>"a cabin by a lake": Subject = Cabin, Relation = Near, Anchor = Lake.</summary>
public sealed record SpatialRelation(SemanticLabel Subject, RelationKind Relation, Anchor Anchor);

/// <summary>Time of day: a name ("dusk") and the hour it means, 0 ≤ Hours &lt; 24 (local solar time).</summary>
public sealed record TimeOfDaySpec(string Name, float Hours)
{
    public static TimeOfDaySpec Default { get; } = new("afternoon", 15f);
}

/// <summary>Weather and its strength, 0 (trace) … 1 (heavy).</summary>
public sealed record WeatherSpec
{
    public WeatherKind Kind { get; init; } = WeatherKind.Clear;

    public float Intensity { get; init; } = 0.5f;
}
