using Nacre.Core;

namespace Nacre.Language.Tests;

/// <summary>"no" and "without" rule out what they scope over, and nothing else.</summary>
public class NegationScopeTests
{
    [Fact]
    public void Parse_NoBuildings_LeavesNoStructureAtAll()
    {
        var spec = PromptParser.Parse("a sunny beach with palm trees, a pier, a cabin and no buildings", 1);
        spec.Features.ShouldNotContain(f => SemanticLabels.IsStructure(f.Label));
        spec.Settlement.ShouldBe(SettlementKind.None);
        spec.NoStructures.ShouldBeTrue();
        spec.Features.ShouldContain(f => f.Label == SemanticLabel.Palm);
    }

    [Fact]
    public void Parse_NegationOverAnOrList_CoversEveryItem()
    {
        var spec = PromptParser.Parse("a valley without roads, cars or people", 1);
        spec.Exclude.ShouldBe(Exclusions.Roads | Exclusions.Vehicles | Exclusions.People);
    }

    [Fact]
    public void Parse_AndWithArticle_EndsTheNegation()
    {
        var spec = PromptParser.Parse("a forest with no roads and a cabin", 1);
        spec.Exclude.ShouldBe(Exclusions.Roads);
        spec.Features.ShouldContain(f => f.Label == SemanticLabel.Cabin);
    }

    [Fact]
    public void Parse_JustAfterNegatedList_EndsTheNegation()
    {
        var spec = PromptParser.Parse("no trees, no water, just sand dunes", 1);
        spec.Exclude.ShouldBe(Exclusions.Trees | Exclusions.Water);
        spec.Terrain.Relief.ShouldBe(Relief.Dunes);
        spec.Water.Amount.ShouldBe(WaterAmount.None);
    }

    [Fact]
    public void Parse_NegationBeforeTheSubject_DoesNotRemoveLaterFeatures()
    {
        var spec = PromptParser.Parse("no people, only a lighthouse on a cliff", 1);
        spec.Exclude.ShouldBe(Exclusions.People);
        spec.Features.ShouldContain(f => f.Label == SemanticLabel.Lighthouse);
        spec.Relations.ShouldContain(new SpatialRelation(SemanticLabel.Lighthouse, RelationKind.On, new Anchor(AnchorKind.Cliff)));
    }

    [Fact]
    public void Parse_WithoutWater_RemovesAllWaterAndWhatFloats()
    {
        var spec = PromptParser.Parse("a fishing village without water", 1);
        spec.Water.ShouldBe(new WaterSpec { Amount = WaterAmount.None });
        spec.Features.ShouldNotContain(f => f.Label == SemanticLabel.Boat);
    }

    [Fact]
    public void Parse_NothingManMade_RulesOutStructuresRoadsAndVehicles()
    {
        var spec = PromptParser.Parse("a mountain lake with a castle, nothing man-made", 1);
        (spec.Exclude & (Exclusions.Structures | Exclusions.Roads | Exclusions.Vehicles)).ShouldBe(Exclusions.Structures | Exclusions.Roads | Exclusions.Vehicles);
        spec.Features.ShouldBeEmpty();
        spec.Relations.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_NoSpecificThing_RemovesOnlyThatThing()
    {
        var spec = PromptParser.Parse("a farm with a barn and cows but no fence", 1);
        spec.Features.Select(f => f.Label).ShouldBe([SemanticLabel.Barn, SemanticLabel.Cow], ignoreOrder: true);
        spec.Exclude.ShouldBe(Exclusions.None);
    }

    [Fact]
    public void Parse_NoRain_KeepsTheWeatherDry()
    {
        var spec = PromptParser.Parse("a city at night, no rain", 1);
        spec.Weather.Kind.ShouldBe(WeatherKind.Clear);
        spec.Concepts.ShouldContain("no rain");
    }

    [Fact]
    public void Parse_NoTrees_KeepsOpenLandButNoForest()
    {
        var spec = PromptParser.Parse("a pine forest with no trees", 1);
        spec.Biomes.ShouldNotContain(b => b.Biome == Biome.ConiferForest);
        spec.VegetationDensity.ShouldBeLessThanOrEqualTo(0.3f);
    }
}
