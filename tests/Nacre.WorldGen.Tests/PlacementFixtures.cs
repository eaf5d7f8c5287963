using Nacre.Core;

namespace Nacre.WorldGen.Tests;

/// <summary>Hand-built specs for generator v2's placement rules, counts and settlement layouts (the parser is not needed).</summary>
public static class PlacementFixtures
{
    public static readonly ulong[] Seeds = [1, 2, 3];

    private static FeatureRequest F(SemanticLabel label, int count = 1, bool counted = false) => new() { Label = label, Count = count, Counted = counted };

    /// <summary>"a pier and two boats on a lake, tents and a campfire by the water, a tent on the lake" (the last is absurd: it must land on the shore).</summary>
    public static WorldSpec LakeShore(ulong seed) => new()
    {
        Seed = seed,
        Terrain = new TerrainSpec { Relief = Relief.RollingHills },
        Water = new WaterSpec { Amount = WaterAmount.Some, Lakes = true },
        Biomes = [new BiomeWeight(Biome.Meadow, 1f)],
        Features = [F(SemanticLabel.Pier), F(SemanticLabel.Boat, 2), F(SemanticLabel.Tent, 2), F(SemanticLabel.Campfire), F(SemanticLabel.Cabin)],
        Relations =
        [
            new SpatialRelation(SemanticLabel.Pier, RelationKind.Near, new Anchor(AnchorKind.Lake)),
            new SpatialRelation(SemanticLabel.Boat, RelationKind.On, new Anchor(AnchorKind.Lake)),
            new SpatialRelation(SemanticLabel.Tent, RelationKind.On, new Anchor(AnchorKind.Lake)),
        ],
    };

    /// <summary>"a coast with two piers, a jetty, three boats, a lighthouse and a shipwreck" — nothing tied to anything.</summary>
    public static WorldSpec Coast(ulong seed) => new()
    {
        Seed = seed,
        Terrain = new TerrainSpec { Relief = Relief.Coast },
        Water = new WaterSpec { Amount = WaterAmount.Some, Sea = true },
        Features =
        [
            F(SemanticLabel.Pier, 2), F(SemanticLabel.Jetty), F(SemanticLabel.Boat, 3), F(SemanticLabel.Lighthouse), F(SemanticLabel.Shipwreck),
        ],
    };

    /// <summary>"a river with a jetty, a boat, a bridge, reeds and a house".</summary>
    public static WorldSpec River(ulong seed) => new()
    {
        Seed = seed,
        Terrain = new TerrainSpec { Relief = Relief.Plains },
        Water = new WaterSpec { Amount = WaterAmount.Some, Rivers = true },
        Features = [F(SemanticLabel.Jetty), F(SemanticLabel.Boat), F(SemanticLabel.Bridge), F(SemanticLabel.Reed, 6), F(SemanticLabel.House)],
    };

    /// <summary>"a boat and a pier in the desert, with a tent" — there is no water, so only the tent can be placed.</summary>
    public static WorldSpec DryDesert(ulong seed) => new()
    {
        Seed = seed,
        Terrain = new TerrainSpec { Relief = Relief.Dunes },
        Water = new WaterSpec { Amount = WaterAmount.None },
        Biomes = [new BiomeWeight(Biome.Desert, 1f)],
        Features = [F(SemanticLabel.Boat), F(SemanticLabel.Pier), F(SemanticLabel.Tent)],
    };

    /// <summary>"a village with two red cars".</summary>
    public static WorldSpec VillageWithCars(ulong seed) => new()
    {
        Seed = seed,
        Terrain = new TerrainSpec { Relief = Relief.Plains },
        Settlement = SettlementKind.Village,
        Features = [new FeatureRequest { Label = SemanticLabel.Car, Count = 2, Color = new Rgb(180, 30, 30) }],
    };

    /// <summary>"just four palm trees" in a palm grove.</summary>
    public static WorldSpec FourPalms(ulong seed) => new()
    {
        Seed = seed,
        Terrain = new TerrainSpec { Relief = Relief.Plains },
        Biomes = [new BiomeWeight(Biome.PalmGrove, 1f)],
        Features = [F(SemanticLabel.Palm, 4, counted: true)],
    };

    /// <summary>"five sheep" on farmland, where flocks roam.</summary>
    public static WorldSpec FiveSheep(ulong seed) => new()
    {
        Seed = seed,
        Terrain = new TerrainSpec { Relief = Relief.Plains },
        Biomes = [new BiomeWeight(Biome.Farmland, 1f), new BiomeWeight(Biome.Meadow, 1f)],
        Features = [F(SemanticLabel.Sheep, 5, counted: true)],
    };

    /// <summary>"a single boat on a lake".</summary>
    public static WorldSpec SingleBoat(ulong seed) => new()
    {
        Seed = seed,
        Terrain = new TerrainSpec { Relief = Relief.RollingHills },
        Water = new WaterSpec { Amount = WaterAmount.Some, Lakes = true },
        Features = [F(SemanticLabel.Boat, 1, counted: true)],
        Relations = [new SpatialRelation(SemanticLabel.Boat, RelationKind.On, new Anchor(AnchorKind.Lake))],
    };

    /// <summary>"three houses" with no village and no road: they stand as a group.</summary>
    public static WorldSpec ThreeHouses(ulong seed) => new()
    {
        Seed = seed,
        Terrain = new TerrainSpec { Relief = Relief.Plains },
        Features = [F(SemanticLabel.House, 3, counted: true)],
    };

    /// <summary>"a crowd of forty people" by a church.</summary>
    public static WorldSpec Crowd(ulong seed) => new()
    {
        Seed = seed,
        Terrain = new TerrainSpec { Relief = Relief.Plains },
        Features = [F(SemanticLabel.Church), F(SemanticLabel.Person, 40)],
    };

    /// <summary>A settlement laid out as <paramref name="layout"/> (a village unless told), with the sea when it needs water.</summary>
    public static WorldSpec Layout(SettlementLayout layout, ulong seed, SettlementKind size = SettlementKind.Village) => new()
    {
        Seed = seed,
        Terrain = new TerrainSpec { Relief = layout == SettlementLayout.Harbour ? Relief.Coast : Relief.Plains },
        Water = layout == SettlementLayout.Harbour ? new WaterSpec { Amount = WaterAmount.Some, Sea = true } : new WaterSpec(),
        Biomes = layout == SettlementLayout.WesternStreet ? [new BiomeWeight(Biome.Prairie, 1f)] : [],
        Settlement = size,
        Layout = layout,
    };
}
