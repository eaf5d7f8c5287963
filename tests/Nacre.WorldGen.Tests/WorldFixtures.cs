using Nacre.Core;

namespace Nacre.WorldGen.Tests;

/// <summary>Hand-built specs covering the reliefs, biomes and relations the generator must honour.</summary>
public static class WorldFixtures
{
    public static WorldSpec PineForestCabinByLake(ulong seed = 1) => new()
    {
        Prompt = "a foggy pine forest at dusk with a wooden cabin by a lake",
        Seed = seed,
        Terrain = new TerrainSpec { Relief = Relief.RollingHills },
        Water = new WaterSpec { Amount = WaterAmount.Some, Lakes = true },
        Biomes = [new BiomeWeight(Biome.ConiferForest, 1f)],
        VegetationDensity = 0.6f,
        Features = [new FeatureRequest { Label = SemanticLabel.Cabin, Material = MaterialKind.Wood, Phrase = "wooden cabin" }],
        Relations = [new SpatialRelation(SemanticLabel.Cabin, RelationKind.Near, new Anchor(AnchorKind.Lake))],
        Weather = new WeatherSpec { Kind = WeatherKind.Fog },
        Time = new TimeOfDaySpec("dusk", 19f),
    };

    public static WorldSpec BeachNoBuildings(ulong seed = 1) => new()
    {
        Prompt = "a sunny beach with palm trees and no buildings",
        Seed = seed,
        Terrain = new TerrainSpec { Relief = Relief.Coast },
        Water = new WaterSpec { Amount = WaterAmount.Some, Sea = true },
        Biomes = [new BiomeWeight(Biome.Beach, 1f), new BiomeWeight(Biome.PalmGrove, 1f)],
        Features = [new FeatureRequest { Label = SemanticLabel.Palm, Count = 5, Phrase = "palm trees" }],
        Exclude = Exclusions.Structures,
    };

    public static WorldSpec CastleOnHill(ulong seed = 1) => new()
    {
        Prompt = "a castle on a hill above a village",
        Seed = seed,
        Terrain = new TerrainSpec { Relief = Relief.RollingHills },
        Features = [new FeatureRequest { Label = SemanticLabel.Castle }],
        Relations = [new SpatialRelation(SemanticLabel.Castle, RelationKind.On, new Anchor(AnchorKind.Hill))],
        Settlement = SettlementKind.Village,
    };

    public static WorldSpec HousesAlongRiver(ulong seed = 1) => new()
    {
        Prompt = "three red houses along a river with a bridge over the river",
        Seed = seed,
        Terrain = new TerrainSpec { Relief = Relief.Plains },
        Water = new WaterSpec { Amount = WaterAmount.Some, Rivers = true },
        Features =
        [
            new FeatureRequest { Label = SemanticLabel.House, Count = 3, Color = new Rgb(178, 34, 34), ColorName = "red" },
            new FeatureRequest { Label = SemanticLabel.Bridge },
        ],
        Relations =
        [
            new SpatialRelation(SemanticLabel.House, RelationKind.Along, new Anchor(AnchorKind.River)),
            new SpatialRelation(SemanticLabel.Bridge, RelationKind.Over, new Anchor(AnchorKind.River)),
        ],
    };

    public static WorldSpec Mountains(ulong seed = 1) => new()
    {
        Prompt = "snowy mountains with a waterfall",
        Seed = seed,
        Terrain = new TerrainSpec { Relief = Relief.Mountains, ElevationScale = 1.2f },
        Water = new WaterSpec { Amount = WaterAmount.Some, Rivers = true, Waterfalls = true },
        MainSubject = new Anchor(AnchorKind.Waterfall),
    };

    public static WorldSpec Desert(ulong seed = 1) => new()
    {
        Prompt = "desert dunes with cacti and three camels",
        Seed = seed,
        Terrain = new TerrainSpec { Relief = Relief.Dunes },
        Water = new WaterSpec { Amount = WaterAmount.None },
        Biomes = [new BiomeWeight(Biome.Desert, 1f)],
        Features = [new FeatureRequest { Label = SemanticLabel.Camel, Count = 3 }, new FeatureRequest { Label = SemanticLabel.Cactus, Count = 6 }],
    };

    public static WorldSpec LighthouseOnCliff(ulong seed = 1) => new()
    {
        Prompt = "a lighthouse on the cliff by the sea",
        Seed = seed,
        Terrain = new TerrainSpec { Relief = Relief.Cliffs },
        Water = new WaterSpec { Amount = WaterAmount.Some, Sea = true },
        Features = [new FeatureRequest { Label = SemanticLabel.Lighthouse }],
        Relations = [new SpatialRelation(SemanticLabel.Lighthouse, RelationKind.On, new Anchor(AnchorKind.Cliff))],
    };

    public static IEnumerable<WorldSpec> All(ulong seed = 1) =>
    [
        PineForestCabinByLake(seed), BeachNoBuildings(seed), CastleOnHill(seed), HousesAlongRiver(seed), Mountains(seed), Desert(seed),
        LighthouseOnCliff(seed),
    ];
}
