using BenchmarkDotNet.Attributes;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Benchmarks;

/// <summary>
/// Fully populated chunk generation (terrain, water, biomes, ground, buildings, vegetation, props, characters) on
/// one thread: the figure behind "one background worker outruns a sprinting walker". Each invocation generates a
/// fresh 8 × 8 block of chunks around the spawn area, so the per-region plans are warm (as they are for a walker)
/// but no chunk is reused. Report: mean time per chunk; chunks per second = 1 / mean.
/// </summary>
[MemoryDiagnoser]
public class ChunkGenerationBenchmarks
{
    private const int Side = 8;
    private WorldGenerator _world = null!;

    [Params("forest-lake", "village-river", "mountains", "beach", "delta", "archipelago", "dunes")]
    public string World { get; set; } = "forest-lake";

    [GlobalSetup]
    public void Setup()
    {
        _world = new WorldGenerator(Spec(World));
        Generate(); // fill the region and drainage caches once
    }

    [Benchmark(OperationsPerInvoke = Side * Side)]
    public int Generate()
    {
        int objects = 0;
        for (int z = -Side / 2; z < Side / 2; z++)
        {
            for (int x = -Side / 2; x < Side / 2; x++)
            {
                objects += _world.Generate(new ChunkCoord(x, z)).Objects.Count;
            }
        }
        return objects;
    }

    /// <summary>The benchmark worlds, written out so the figures never depend on the prompt parser's version.</summary>
    public static WorldSpec Spec(string name) => name switch
    {
        "forest-lake" => new WorldSpec
        {
            Seed = 1,
            Terrain = new TerrainSpec { Relief = Relief.RollingHills },
            Water = new WaterSpec { Lakes = true },
            Biomes = [new BiomeWeight(Biome.ConiferForest, 1f)],
            VegetationDensity = 0.6f,
            Features = [new FeatureRequest { Label = SemanticLabel.Cabin }],
            Relations = [new SpatialRelation(SemanticLabel.Cabin, RelationKind.Near, new Anchor(AnchorKind.Lake))],
        },
        "village-river" => new WorldSpec
        {
            Seed = 1,
            Terrain = new TerrainSpec { Relief = Relief.Plains },
            Water = new WaterSpec { Rivers = true },
            Settlement = SettlementKind.Village,
            Biomes = [new BiomeWeight(Biome.Meadow, 1f), new BiomeWeight(Biome.Farmland, 0.6f), new BiomeWeight(Biome.BroadleafForest, 0.5f)],
        },
        "mountains" => new WorldSpec
        {
            Seed = 1,
            Terrain = new TerrainSpec { Relief = Relief.Mountains },
            Water = new WaterSpec { Rivers = true, Waterfalls = true },
        },
        "delta" => new WorldSpec
        {
            Seed = 1,
            Terrain = new TerrainSpec { Relief = Relief.Coast },
            Landform = Landform.Delta,
            Water = new WaterSpec { Sea = true, Rivers = true },
            Features = [new FeatureRequest { Label = SemanticLabel.Reed, Count = 3 }],
        },
        "archipelago" => new WorldSpec
        {
            Seed = 1,
            Terrain = new TerrainSpec { Relief = Relief.Islands },
            Landform = Landform.Archipelago,
            Water = new WaterSpec { Sea = true, Amount = WaterAmount.Much },
        },
        "dunes" => new WorldSpec
        {
            Seed = 1,
            Terrain = new TerrainSpec { Relief = Relief.Dunes },
            Landform = Landform.Dunes,
            Water = new WaterSpec { Amount = WaterAmount.None },
            Biomes = [new BiomeWeight(Biome.Desert, 1f)],
            VegetationDensity = 0.05f,
        },
        _ => new WorldSpec
        {
            Seed = 1,
            Terrain = new TerrainSpec { Relief = Relief.Coast },
            Water = new WaterSpec { Sea = true },
            Biomes = [new BiomeWeight(Biome.Beach, 1f), new BiomeWeight(Biome.PalmGrove, 1f)],
            Exclude = Exclusions.Structures,
        },
    };
}
