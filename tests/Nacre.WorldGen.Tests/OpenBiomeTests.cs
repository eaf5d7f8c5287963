using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Tests;

/// <summary>Generator v2's open biomes: the savanna's acacias and the prairie's grass.</summary>
public class OpenBiomeTests
{
    private static WorldProbe Probe(Biome biome) => new(new WorldGenerator(new WorldSpec
    {
        Seed = 4,
        Terrain = new TerrainSpec { Relief = Relief.Plains },
        Biomes = [new BiomeWeight(biome, 1f)],
    }), Vector3.Zero, 200f);

    [Fact]
    public void Savanna_HasSparseAcaciasInDryGrass_AndNoPines()
    {
        var objects = Probe(Biome.Savanna).Objects;
        int acacias = objects.Count(o => o.Label == SemanticLabel.Acacia);
        acacias.ShouldBeInRange(20, 400, "a savanna has acacias, far apart");
        objects.Count(o => o.Label is SemanticLabel.Conifer or SemanticLabel.Birch or SemanticLabel.Palm).ShouldBe(0);
        var grass = objects.Where(o => o.Label == SemanticLabel.GrassTuft).ToList();
        grass.Count.ShouldBeGreaterThan(3000);
        grass.Average(g => (float)g.Tint.R).ShouldBeGreaterThan(grass.Average(g => (float)g.Tint.G) * 1.0f, "savanna grass is straw-coloured");
    }

    [Fact]
    public void Prairie_IsOpenGrass_WithARareTree()
    {
        var objects = Probe(Biome.Prairie).Objects;
        objects.Count(o => SemanticLabels.IsTree(o.Label)).ShouldBeLessThan(60, "a prairie is open");
        objects.Count(o => o.Label == SemanticLabel.GrassTuft).ShouldBeGreaterThan(4000);
    }
}
