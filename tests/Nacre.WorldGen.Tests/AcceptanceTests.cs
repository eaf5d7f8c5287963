using System.Numerics;
using Nacre.Core;
using Nacre.Language;

namespace Nacre.WorldGen.Tests;

/// <summary>What a user checks on a map: the prompt's relations and counts are there, near where they start.</summary>
public class AcceptanceTests
{
    [Fact]
    public void CabinByALake_CabinIsBesideLakeWater_NearTheSpawn()
    {
        WorldSpec spec = PromptParser.Parse("a foggy pine forest at dusk with a wooden cabin by a lake", 1);
        var world = new WorldGenerator(spec);
        var probe = new WorldProbe(world, world.Spawn.Position, 200f);
        var cabins = probe.Near(world.Spawn.Position, 150f).Where(o => o.Label == SemanticLabel.Cabin).ToList();
        cabins.ShouldNotBeEmpty("no cabin within 150 m of the spawn point");
        cabins.Min(c => probe.DistanceToWater(c.Position, 40f)).ShouldBeLessThanOrEqualTo(30f, "the cabin is not by the lake");
        probe.Near(world.Spawn.Position, 200f).Count(o => o.Label == SemanticLabel.Conifer).ShouldBeGreaterThan(500, "a pine forest has pines");
        world.Spawn.SubjectLabel.ShouldBe(SemanticLabel.Cabin);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void BeachWithNoBuildings_HasNoStructureWithinAKilometre()
    {
        WorldSpec spec = PromptParser.Parse("a sunny beach with palm trees and no buildings", 1);
        var world = new WorldGenerator(spec);
        var probe = new WorldProbe(world, Vector3.Zero, 1000f);
        probe.Objects.Where(o => SemanticLabels.IsStructure(o.Label)).ShouldBeEmpty();
        probe.Objects.Count(o => o.Label == SemanticLabel.Palm).ShouldBeGreaterThan(100);
        probe.Chunks.Any(c => c.WaterSurface.Where((w, i) => w > c.Height[i]).Any()).ShouldBeTrue("a beach has a sea");
    }

    [Fact]
    public void HousesAlongARiver_AllRequestedHousesAreRedAndBesideTheRiver()
    {
        var world = new WorldGenerator(WorldFixtures.HousesAlongRiver());
        var probe = new WorldProbe(world, world.Spawn.Position, 200f);
        var houses = probe.Near(world.Spawn.Position, 150f).Where(o => o.Label == SemanticLabel.House).ToList();
        houses.Count.ShouldBeGreaterThanOrEqualTo(3);
        houses.Count(h => h.Tint == new Rgb(178, 34, 34)).ShouldBeGreaterThanOrEqualTo(3, "the houses were asked to be red");
        houses.Count(h => probe.DistanceToWater(h.Position, 40f) <= 30f).ShouldBeGreaterThanOrEqualTo(3, "the houses are not along the river");
        var bridge = probe.Near(world.Spawn.Position, 150f).Single(o => o.Label == SemanticLabel.Bridge);
        probe.DistanceToWater(bridge.Position, 10f).ShouldBeLessThan(3f, "the bridge is not over the river");
        bridge.Position.Y.ShouldBeGreaterThan(world.WaterSurface(bridge.Position.X, bridge.Position.Z));
    }

    [Fact]
    public void CastleOnAHill_StandsHigherThanTheLandAroundIt()
    {
        var world = new WorldGenerator(WorldFixtures.CastleOnHill());
        var probe = new WorldProbe(world, System.Numerics.Vector3.Zero, 230f);
        PlacedObject castle = probe.Objects.Single(o => o.Label == SemanticLabel.Castle);
        float around = 0f;
        for (int k = 0; k < 8; k++)
        {
            (float dx, float dz) = DetMath.Direction(k * MathF.PI / 4f);
            around = MathF.Max(around, world.GroundHeight(castle.Position.X + (dx * 80f), castle.Position.Z + (dz * 80f)));
        }
        castle.Position.Y.ShouldBeGreaterThan(around + 5f, "the castle is not on a hill");
        probe.Near(System.Numerics.Vector3.Zero, 150f).Count(o => o.Label is SemanticLabel.House or SemanticLabel.Cottage or SemanticLabel.Church)
            .ShouldBeGreaterThanOrEqualTo(6, "a village has houses");
    }

    [Theory]
    [MemberData(nameof(DeterminismTests.Specs), MemberType = typeof(DeterminismTests))]
    public void Spawn_IsOnDryGentleGround_LookingAtTheSubject(string name)
    {
        var world = new WorldGenerator(DeterminismTests.Spec(name));
        SpawnPoint s = world.Spawn;
        float.IsNegativeInfinity(world.WaterSurface(s.Position.X, s.Position.Z)).ShouldBeTrue("the spawn point is in water");
        world.GroundHeight(s.Position.X, s.Position.Z).ShouldBe(s.Position.Y, 1e-4f);
        for (int k = 0; k < 8; k++)
        {
            (float dx, float dz) = DetMath.Direction(k * MathF.PI / 4f);
            MathF.Abs(world.GroundHeight(s.Position.X + (dx * 1.5f), s.Position.Z + (dz * 1.5f)) - s.Position.Y).ShouldBeLessThan(0.8f, "the spawn is on a steep slope");
        }
        var probe = new WorldProbe(world, s.Position, 90f);
        foreach (PlacedObject o in probe.Near(s.Position, 6f))
        {
            o.IsSolid.ShouldBeFalse($"a {o.Label} stands in the spawn clearing");
        }
        if (s.SubjectPosition is { } subject)
        {
            float d = WorldProbe.Flat(subject, s.Position);
            // Generator v2's view solver stands back by the subject's size (a few metres for a small one) and puts it on a third of the frame.
            d.ShouldBeInRange(3f, 250f);
            float heading = DetMath.Heading(subject.X - s.Position.X, subject.Z - s.Position.Z);
            MathF.Abs(MathF.IEEERemainder(heading - s.Yaw, 2f * MathF.PI)).ShouldBeLessThan((1.2870f / 6f) + 0.01f, "the subject is outside the middle third");
            // No tree trunk within 2 m of the line of sight (short of the subject itself).
            (float fx, float fz) = ((subject.X - s.Position.X) / d, (subject.Z - s.Position.Z) / d);
            foreach (PlacedObject o in probe.Objects.Where(o => SemanticLabels.IsTree(o.Label)))
            {
                float rx = o.Position.X - s.Position.X, rz = o.Position.Z - s.Position.Z;
                float along = (rx * fx) + (rz * fz);
                if (along > 0f && along < d - 8f)
                {
                    MathF.Abs((rx * fz) - (rz * fx)).ShouldBeGreaterThan(2f, $"a {o.Label} blocks the view at {along:0} m");
                }
            }
        }
    }

    [Fact]
    public void RequestedCounts_ArePresentNearTheSpawn()
    {
        var world = new WorldGenerator(WorldFixtures.Desert());
        var probe = new WorldProbe(world, world.Spawn.Position, 160f);
        probe.Near(world.Spawn.Position, 150f).Count(o => o.Label == SemanticLabel.Camel).ShouldBeGreaterThanOrEqualTo(3);
        probe.Near(world.Spawn.Position, 150f).Count(o => o.Label == SemanticLabel.Cactus).ShouldBeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public void NoTrees_MeansNoTreesAnywhere()
    {
        WorldSpec spec = WorldFixtures.PineForestCabinByLake() with { Exclude = Exclusions.Trees };
        var probe = new WorldProbe(new WorldGenerator(spec), Vector3.Zero, 300f);
        probe.Objects.Where(o => SemanticLabels.IsTree(o.Label)).ShouldBeEmpty();
        probe.Objects.Count(o => o.Label == SemanticLabel.Cabin).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public void LighthouseOnTheCliff_StandsAboveTheSeaNearTheShore()
    {
        var world = new WorldGenerator(WorldFixtures.LighthouseOnCliff());
        var probe = new WorldProbe(world, world.Spawn.Position, 200f);
        PlacedObject lighthouse = probe.Near(world.Spawn.Position, 150f).Single(o => o.Label == SemanticLabel.Lighthouse);
        probe.DistanceToWater(lighthouse.Position, 60f).ShouldBeLessThan(50f, "the lighthouse is not by the sea");
        lighthouse.Position.Y.ShouldBeGreaterThan(8f, "the lighthouse is not up on the cliff");
    }

    [Fact]
    public void EveryObject_HasALabelAndSolidThingsHaveACollisionBox()
    {
        var probe = new WorldProbe(new WorldGenerator(WorldFixtures.CastleOnHill()), Vector3.Zero, 120f);
        foreach (PlacedObject o in probe.Objects)
        {
            bool shouldCollide = SemanticLabels.IsTree(o.Label) || SemanticLabels.IsBuilding(o.Label) || o.Label is SemanticLabel.Boulder or SemanticLabel.LampPost;
            if (shouldCollide)
            {
                o.IsSolid.ShouldBeTrue($"{o.Label} has no collision box");
            }
            if (o.Label is SemanticLabel.GrassTuft or SemanticLabel.Flower || SemanticLabels.IsCharacter(o.Label))
            {
                o.IsSolid.ShouldBeFalse($"{o.Label} should not block a walker");
            }
        }
    }
}
