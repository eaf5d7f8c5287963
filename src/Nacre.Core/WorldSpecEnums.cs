namespace Nacre.Core;

// The vocabulary of a WorldSpec. Serialised as kebab-case strings ("rolling-hills"); values may be appended, never renamed.

/// <summary>Overall shape of the land.</summary>
public enum Relief { Plains, Flat, RollingHills, Mountains, Canyon, Coast, Islands, Dunes, Cliffs }

/// <summary>How much water the world has overall.</summary>
public enum WaterAmount { None, Some, Much }

public enum Biome
{
    Meadow,
    ConiferForest,
    BroadleafForest,
    BirchForest,
    PalmGrove,
    Jungle,
    BambooForest,
    Farmland,
    Desert,
    Tundra,
    Swamp,
    Beach,
    Urban,
    Suburban,
    Savanna,
    Prairie,
}

public enum WeatherKind { Clear, Overcast, Fog, Rain, Drizzle, Snow, Storm }

public enum Season { Summer, Spring, Autumn, Winter }

/// <summary>Event density: how often ambient events happen (birds take off, a car passes, gusts).</summary>
public enum Mood { Normal, Calm, Dramatic }

/// <summary>Wood, stone… bound to the object they were said of ("stone cottage").</summary>
public enum MaterialKind { Unspecified, Wood, Stone, Brick, Metal, Glass, Thatch, Concrete, Plaster, Marble, Log }

/// <summary>How a feature is placed relative to an anchor ("a cabin <b>by</b> a lake").</summary>
public enum RelationKind { Near, On, Along, Over, In, Beside, Behind, InFrontOf, Across, Around, Under, Between, Facing }

/// <summary>What a relation or the main subject points at: a generated feature (with a label) or a landform.</summary>
public enum AnchorKind { Feature, Lake, River, Sea, Coast, Beach, Hill, Mountain, Cliff, Valley, Forest, Meadow, Road, Island, Waterfall, Field, Desert, Swamp }

/// <summary>Whole classes of things the prompt said not to have ("no buildings", "without water").</summary>
[Flags]
public enum Exclusions
{
    None = 0,
    Structures = 1,
    Trees = 2,
    Vegetation = 4,
    Water = 8,
    Roads = 16,
    Characters = 32,
    Vehicles = 64,
    People = 128,
    Animals = 256,
    Rocks = 512,
}

/// <summary>A cluster of buildings the generator lays out around roads.</summary>
public enum SettlementKind { None, Hamlet, Village, Town, City }

/// <summary>
/// A named landform built as a recipe around the site (generator v2): it dominates the first look and blends into the
/// infinite world beyond.
/// </summary>
public enum Landform
{
    None,
    Fjord,
    Canyon,
    Gorge,
    Mesa,
    Butte,
    SeaCliffs,
    ChalkCliffs,
    RockyCoast,
    SandyCoast,
    Volcano,
    Glacier,
    Waterfall,
    Delta,
    Estuary,
    Archipelago,
    TropicalIsland,
    AlpineValley,
    Plateau,
    Dunes,
    Savanna,
    Prairie,
    MountainLake,
}

/// <summary>How a settlement's buildings are arranged (generator v2). Default: houses along a road.</summary>
public enum SettlementLayout { Default, Square, Street, Harbour, Farmstead, Market, WesternStreet, Graveyard, Temple, Monastery }

/// <summary>The look the prompt asked for in words that are not weather: sets light, colour and fog.</summary>
public enum Tone { Neutral, Moody, Cheerful, Eerie, Gloomy, Serene }
