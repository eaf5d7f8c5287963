using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Tests;

/// <summary>Generator v2: everything stands where it can — piers from the bank into water, boats afloat, lighthouses by the sea, tents on land.</summary>
public class PlacementTests
{
    /// <summary>Water depth (m) at a point of the finished world; −∞ on dry land.</summary>
    private static float Depth(WorldGenerator w, float x, float z) => w.WaterSurface(x, z) - w.GroundHeight(x, z);

    private static IEnumerable<WorldSpec> WaterWorlds() =>
        PlacementFixtures.Seeds.SelectMany(s => new[] { PlacementFixtures.LakeShore(s), PlacementFixtures.Coast(s), PlacementFixtures.River(s) });

    [Fact]
    public void PiersAndJetties_RunFromDryLandOutOverWater()
    {
        int seen = 0;
        foreach (WorldSpec spec in WaterWorlds())
        {
            var world = new WorldGenerator(spec);
            var probe = new WorldProbe(world, Vector3.Zero, 320f);
            foreach (PlacedObject o in probe.Objects.Where(o => o.Label is SemanticLabel.Pier or SemanticLabel.Jetty))
            {
                (float fx, float fz) = DetMath.Direction(o.Yaw);
                float reach = o.HalfExtents.Z * 0.9f;
                float far = Depth(world, o.Position.X + (fx * reach), o.Position.Z + (fz * reach));
                float near = Depth(world, o.Position.X - (fx * reach), o.Position.Z - (fz * reach));
                far.ShouldBeGreaterThan(0.2f, $"the far end of a {o.Label} at {o.Position} (seed {spec.Seed}) is not over water");
                near.ShouldBeLessThanOrEqualTo(0f, $"the near end of a {o.Label} at {o.Position} (seed {spec.Seed}) is not on land");
                seen++;
            }
        }
        seen.ShouldBeGreaterThanOrEqualTo(12, "the lake, coast and river worlds asked for piers and jetties");
    }

    [Fact]
    public void Boats_FloatOnWater()
    {
        int seen = 0;
        foreach (WorldSpec spec in WaterWorlds())
        {
            var world = new WorldGenerator(spec);
            foreach (PlacedObject boat in new WorldProbe(world, Vector3.Zero, 320f).Objects.Where(o => o.Label == SemanticLabel.Boat))
            {
                Depth(world, boat.Position.X, boat.Position.Z).ShouldBeGreaterThan(0.5f, $"a boat at {boat.Position} (seed {spec.Seed}) is aground");
                boat.Position.Y.ShouldBe(world.WaterSurface(boat.Position.X, boat.Position.Z), 0.05f, "a boat floats at the water surface");
                seen++;
            }
        }
        seen.ShouldBeGreaterThanOrEqualTo(15, "2 lake boats, 3 sea boats and 1 river boat per seed");
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(4UL)]
    public void Lighthouses_StandOnDryLandWithin40mOfTheSea(ulong seed)
    {
        foreach (WorldSpec spec in new[] { PlacementFixtures.Coast(seed), WorldFixtures.LighthouseOnCliff(seed) })
        {
            var world = new WorldGenerator(spec);
            var probe = new WorldProbe(world, Vector3.Zero, 260f);
            PlacedObject lighthouse = probe.Objects.Single(o => o.Label == SemanticLabel.Lighthouse);
            float.IsNegativeInfinity(world.WaterSurface(lighthouse.Position.X, lighthouse.Position.Z)).ShouldBeTrue("the lighthouse stands in water");
            probe.DistanceToWater(lighthouse.Position, 60f).ShouldBeLessThanOrEqualTo(40f, $"the lighthouse (seed {seed}, {spec.Terrain.Relief}) is not by the sea");
        }
    }

    [Fact]
    public void TentsCampfiresAndBuildings_NeverStandInWater()
    {
        foreach (WorldSpec spec in WaterWorlds())
        {
            var world = new WorldGenerator(spec);
            var dry = new WorldProbe(world, Vector3.Zero, 200f).Objects
                .Where(o => SemanticLabels.IsBuilding(o.Label) || o.Label is SemanticLabel.Tent or SemanticLabel.Campfire).ToList();
            foreach (PlacedObject o in dry)
            {
                Depth(world, o.Position.X, o.Position.Z).ShouldBeLessThan(0f, $"a {o.Label} at {o.Position} (seed {spec.Seed}) stands in water");
            }
            if (spec.Features.Any(f => f.Label == SemanticLabel.Tent))
            {
                dry.Count(o => o.Label == SemanticLabel.Tent).ShouldBe(2, "a tent asked to be on the lake stands on its shore instead");
            }
        }
    }

    [Fact]
    public void ReedsAndShipwrecks_StandAtTheWatersEdge()
    {
        foreach (ulong seed in PlacementFixtures.Seeds)
        {
            var world = new WorldGenerator(PlacementFixtures.River(seed));
            var probe = new WorldProbe(world, Vector3.Zero, 200f);
            var reeds = probe.Objects.Where(o => o.Label == SemanticLabel.Reed).ToList();
            reeds.Count.ShouldBeGreaterThanOrEqualTo(6);
            foreach (PlacedObject reed in reeds)
            {
                probe.DistanceToWater(reed.Position, 3f).ShouldBeLessThanOrEqualTo(2f, $"a reed at {reed.Position} is far from water");
            }
            var coast = new WorldGenerator(PlacementFixtures.Coast(seed));
            PlacedObject wreck = new WorldProbe(coast, Vector3.Zero, 260f).Objects.Single(o => o.Label == SemanticLabel.Shipwreck);
            float d = Depth(coast, wreck.Position.X, wreck.Position.Z);
            (float.IsNegativeInfinity(d) ? -0.5f : d).ShouldBeInRange(-0.7f, 1.1f, "a shipwreck lies on the waterline");
        }
    }

    [Fact]
    public void Bridges_SpanWater_WithBothEndsOnLand()
    {
        foreach (ulong seed in PlacementFixtures.Seeds)
        {
            var world = new WorldGenerator(PlacementFixtures.River(seed));
            PlacedObject bridge = new WorldProbe(world, Vector3.Zero, 200f).Objects.First(o => o.Label == SemanticLabel.Bridge);
            (float fx, float fz) = DetMath.Direction(bridge.Yaw);
            float reach = bridge.HalfExtents.Z * 0.95f;
            Depth(world, bridge.Position.X, bridge.Position.Z).ShouldBeGreaterThan(0f, "the bridge is not over water");
            Depth(world, bridge.Position.X + (fx * reach), bridge.Position.Z + (fz * reach)).ShouldBeLessThanOrEqualTo(0f);
            Depth(world, bridge.Position.X - (fx * reach), bridge.Position.Z - (fz * reach)).ShouldBeLessThanOrEqualTo(0f);
        }
    }

    [Fact]
    public void Cars_StandOnOrBesideARoad()
    {
        foreach (ulong seed in PlacementFixtures.Seeds)
        {
            var world = new WorldGenerator(PlacementFixtures.VillageWithCars(seed));
            var probe = new WorldProbe(world, Vector3.Zero, 160f);
            var red = probe.Objects.Where(o => o.Label == SemanticLabel.Car && o.Tint == new Rgb(180, 30, 30)).ToList();
            red.Count.ShouldBe(2);
            foreach (PlacedObject car in red)
            {
                DistanceToRoad(probe, car.Position).ShouldBeLessThanOrEqualTo(3f, $"a car at {car.Position} is not by a road");
            }
        }
    }

    [Fact]
    public void ABoatInADryWorld_IsNotPlaced_AndIsReported()
    {
        var world = new WorldGenerator(PlacementFixtures.DryDesert(1));
        var probe = new WorldProbe(world, Vector3.Zero, 200f);
        probe.Objects.ShouldNotContain(o => o.Label == SemanticLabel.Boat || o.Label == SemanticLabel.Pier);
        probe.Objects.Count(o => o.Label == SemanticLabel.Tent).ShouldBe(1);
        world.Unplaced.Select(u => u.Label).ShouldBe([SemanticLabel.Boat, SemanticLabel.Pier], ignoreOrder: true);
        world.Unplaced.Single(u => u.Label == SemanticLabel.Boat).Reason.ShouldContain("water");
        world.Unplaced.ShouldAllBe(u => u.Missing == 1);
    }

    [Fact]
    public void Version1_ReportsNothingUnplaced()
    {
        new WorldGenerator(PlacementFixtures.DryDesert(1) with { Generator = 1 }).Unplaced.ShouldBeEmpty();
    }

    /// <summary>Distance (m) from p to the nearest road cell, or +∞ within 20 m.</summary>
    private static float DistanceToRoad(WorldProbe probe, Vector3 p)
    {
        float best = float.PositiveInfinity;
        foreach (ChunkData c in probe.Chunks)
        {
            for (int z = 0; z < ChunkData.Cells; z++)
            {
                for (int x = 0; x < ChunkData.Cells; x++)
                {
                    if (c.Ground[ChunkData.CellIndex(x, z)] == GroundKind.Road)
                    {
                        best = MathF.Min(best, WorldProbe.Flat(new Vector3(c.Coord.MinX + x + 0.5f, 0f, c.Coord.MinZ + z + 0.5f), p));
                    }
                }
            }
        }
        return best;
    }
}
