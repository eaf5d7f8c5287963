using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Tests;

/// <summary>Generator v2: a number in the prompt is what the viewer sees around the site; groups and crowds stand together.</summary>
public class CountTests
{
    private const float Site = 250f;

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void JustFourPalmTrees_InAPalmGrove_AreFourWithin250m(ulong seed)
    {
        var world = new WorldGenerator(PlacementFixtures.FourPalms(seed));
        var probe = new WorldProbe(world, Vector3.Zero, Site);
        probe.Near(Vector3.Zero, Site).Count(o => o.Label == SemanticLabel.Palm).ShouldBe(4);
        probe.Near(world.Spawn.Position, 150f).Count(o => o.Label == SemanticLabel.Palm).ShouldBe(4, "the viewer at the spawn sees four palms");
        probe.Objects.Count(o => o.Label == SemanticLabel.GrassTuft).ShouldBeGreaterThan(1000, "only the palms are thinned, not the grove's grass");
    }

    [Fact]
    public void FourPalms_Uncounted_KeepTheGrove()
    {
        WorldSpec spec = PlacementFixtures.FourPalms(1) with { Features = [new FeatureRequest { Label = SemanticLabel.Palm, Count = 4 }] };
        var world = new WorldGenerator(spec);
        new WorldProbe(world, Vector3.Zero, 120f).Objects.Count(o => o.Label == SemanticLabel.Palm).ShouldBeGreaterThan(100);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void FiveSheep_OnFarmland_AreFiveWithin250m(ulong seed)
    {
        var world = new WorldGenerator(PlacementFixtures.FiveSheep(seed));
        var probe = new WorldProbe(world, Vector3.Zero, Site);
        var sheep = probe.Near(Vector3.Zero, Site).Where(o => o.Label == SemanticLabel.Sheep).ToList();
        sheep.Count.ShouldBe(5);
        MaxSpread(sheep).ShouldBeLessThan(30f, "five sheep graze as a flock");
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void ASingleBoat_OnALake_IsOneBoat(ulong seed)
    {
        var world = new WorldGenerator(PlacementFixtures.SingleBoat(seed));
        new WorldProbe(world, Vector3.Zero, Site).Near(Vector3.Zero, Site).Count(o => o.Label == SemanticLabel.Boat).ShouldBe(1);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    public void ASingleBoat_InAHarbour_IsOneBoat_AndAVillageWithThreeHousesHasThree(ulong seed)
    {
        WorldSpec harbour = PlacementFixtures.Layout(SettlementLayout.Harbour, seed) with
        {
            Features = [new FeatureRequest { Label = SemanticLabel.Boat, Count = 1, Counted = true }],
        };
        new WorldProbe(new WorldGenerator(harbour), Vector3.Zero, Site).Near(Vector3.Zero, Site).Count(o => o.Label == SemanticLabel.Boat).ShouldBe(1);
        WorldSpec village = PlacementFixtures.Layout(SettlementLayout.Default, seed) with
        {
            Features = [new FeatureRequest { Label = SemanticLabel.House, Count = 3, Counted = true }],
        };
        var probe = new WorldProbe(new WorldGenerator(village), Vector3.Zero, Site);
        probe.Near(Vector3.Zero, Site).Count(o => o.Label == SemanticLabel.House).ShouldBe(3);
        probe.Near(Vector3.Zero, Site).Count(o => o.Label == SemanticLabel.Cottage).ShouldBeGreaterThan(3, "the rest of the village is cottages");
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void ThreeHouses_StandAsAGroup_FacingACommonCentre(ulong seed)
    {
        var world = new WorldGenerator(PlacementFixtures.ThreeHouses(seed));
        var probe = new WorldProbe(world, Vector3.Zero, Site);
        var houses = probe.Near(Vector3.Zero, Site).Where(o => o.Label == SemanticLabel.House).ToList();
        houses.Count.ShouldBe(3, "three houses, and no region houses near the site");
        MaxSpread(houses).ShouldBeLessThanOrEqualTo(60f, "the houses are scattered");
        var centre = new Vector3(houses.Average(h => h.Position.X), 0f, houses.Average(h => h.Position.Z));
        foreach (PlacedObject h in houses)
        {
            (float fx, float fz) = DetMath.Direction(h.Yaw);
            Vector3 to = Vector3.Normalize(new Vector3(centre.X - h.Position.X, 0f, centre.Z - h.Position.Z));
            ((fx * to.X) + (fz * to.Z)).ShouldBeGreaterThan(0.7f, "each house faces the group's centre");
        }
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void ACrowd_OfFortyPeople_StandsTogether(ulong seed)
    {
        var world = new WorldGenerator(PlacementFixtures.Crowd(seed));
        var people = new WorldProbe(world, Vector3.Zero, 200f).Objects.Where(o => o.Label == SemanticLabel.Person).ToList();
        people.Count.ShouldBe(40);
        MaxSpread(people).ShouldBeLessThanOrEqualTo(40f, "a crowd stands within 40 m of each other");
        people.Select(p => p.Tint).Distinct().Count().ShouldBeGreaterThan(5, "a crowd wears many colours");
        foreach (PlacedObject p in people)
        {
            float.IsNegativeInfinity(world.WaterSurface(p.Position.X, p.Position.Z)).ShouldBeTrue("someone in the crowd stands in water");
        }
    }

    /// <summary>Largest horizontal distance (m) between any two of the objects.</summary>
    private static float MaxSpread(List<PlacedObject> objects)
    {
        float max = 0f;
        for (int i = 0; i < objects.Count; i++)
        {
            for (int j = i + 1; j < objects.Count; j++)
            {
                max = MathF.Max(max, WorldProbe.Flat(objects[i].Position, objects[j].Position));
            }
        }
        return max;
    }
}
