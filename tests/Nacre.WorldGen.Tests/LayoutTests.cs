using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Tests;

/// <summary>Generator v2: WorldSpec.Layout shapes the settlement — what a visitor would notice of each layout.</summary>
public class LayoutTests
{
    private static (WorldGenerator World, WorldProbe Probe) Make(SettlementLayout layout, ulong seed, SettlementKind size = SettlementKind.Village)
    {
        var world = new WorldGenerator(PlacementFixtures.Layout(layout, seed, size));
        return (world, new WorldProbe(world, Vector3.Zero, 230f));
    }

    /// <summary>Cosine of the angle between an object's front and the direction to a point.</summary>
    private static float Facing(in PlacedObject o, Vector3 target)
    {
        (float fx, float fz) = DetMath.Direction(o.Yaw);
        var to = Vector3.Normalize(new Vector3(target.X - o.Position.X, 0f, target.Z - o.Position.Z));
        return (fx * to.X) + (fz * to.Z);
    }

    private static GroundKind GroundAt(WorldProbe probe, float x, float z)
    {
        ChunkData c = probe.Chunks.Single(c => c.Coord == ChunkCoord.FromWorld(x, z));
        return c.Ground[ChunkData.CellIndex((int)MathF.Floor(x - c.Coord.MinX), (int)MathF.Floor(z - c.Coord.MinZ))];
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void Square_BuildingsFaceAnOpenPavedSquare_WithAFountainInTheMiddle(ulong seed)
    {
        (WorldGenerator world, WorldProbe probe) = Make(SettlementLayout.Square, seed, SettlementKind.Town);
        PlacedObject fountain = probe.Objects.Single(o => o.Label == SemanticLabel.Fountain);
        var around = probe.Near(fountain.Position, 32f).Where(o => SemanticLabels.IsBuilding(o.Label)).ToList();
        around.Count.ShouldBeGreaterThanOrEqualTo(8, "a town square is lined with buildings");
        foreach (PlacedObject b in around)
        {
            Facing(b, fountain.Position).ShouldBeGreaterThan(0.75f, $"a {b.Label} on the square turns its back to it");
            (float fx, float fz) = DetMath.Direction(b.Yaw);
            float ahead = b.HalfExtents.Z + 3f;
            GroundAt(probe, b.Position.X + (fx * ahead), b.Position.Z + (fz * ahead)).ShouldBe(GroundKind.Pavement, $"a {b.Label} does not open onto the square");
        }
        probe.Near(fountain.Position, 14f).ShouldNotContain(o => SemanticLabels.IsBuilding(o.Label) || SemanticLabels.IsTree(o.Label), "the square is open");
        GroundAt(probe, fountain.Position.X + 6f, fountain.Position.Z).ShouldBe(GroundKind.Pavement);
        world.Spawn.SubjectLabel.ShouldBe(SemanticLabel.Fountain);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    public void ACrowd_InATownWithASquare_GathersOnTheSquare(ulong seed)
    {
        WorldSpec spec = PlacementFixtures.Layout(SettlementLayout.Square, seed) with
        {
            Features = [new FeatureRequest { Label = SemanticLabel.Person, Count = 30 }],
        };
        var world = new WorldGenerator(spec);
        var probe = new WorldProbe(world, Vector3.Zero, 200f);
        PlacedObject centre = probe.Objects.Single(o => o.Label is SemanticLabel.Fountain or SemanticLabel.Well);
        var people = probe.Objects.Where(o => o.Label == SemanticLabel.Person).ToList();
        people.Count.ShouldBe(30);
        people.ShouldAllBe(p => WorldProbe.Flat(p.Position, centre.Position) < 14f, "the crowd stands on the square");
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void Harbour_HasPiersIntoTheWater_MooredBoats_AndWarehousesOnTheQuay(ulong seed)
    {
        (WorldGenerator world, WorldProbe probe) = Make(SettlementLayout.Harbour, seed);
        var piers = probe.Objects.Where(o => o.Label is SemanticLabel.Pier or SemanticLabel.Jetty).ToList();
        piers.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (PlacedObject p in piers)
        {
            (float fx, float fz) = DetMath.Direction(p.Yaw);
            float reach = p.HalfExtents.Z * 0.9f;
            float far = world.WaterSurface(p.Position.X + (fx * reach), p.Position.Z + (fz * reach)) - world.GroundHeight(p.Position.X + (fx * reach), p.Position.Z + (fz * reach));
            far.ShouldBeGreaterThan(0.2f, "a pier's far end is over water");
            float.IsNegativeInfinity(world.WaterSurface(p.Position.X - (fx * reach), p.Position.Z - (fz * reach))).ShouldBeTrue("a pier's near end is on land");
        }
        var boats = probe.Objects.Where(o => o.Label == SemanticLabel.Boat).ToList();
        boats.Count.ShouldBeGreaterThanOrEqualTo(2);
        boats.ShouldAllBe(b => world.WaterSurface(b.Position.X, b.Position.Z) - world.GroundHeight(b.Position.X, b.Position.Z) > 0.4f);
        boats.Count(b => piers.Any(p => WorldProbe.Flat(p.Position, b.Position) < 25f)).ShouldBeGreaterThanOrEqualTo(2, "boats are moored at the piers");
        var sheds = probe.Objects.Where(o => o.Label == SemanticLabel.Warehouse).ToList();
        sheds.Count.ShouldBeGreaterThanOrEqualTo(1);
        sheds.ShouldAllBe(w => float.IsNegativeInfinity(world.WaterSurface(w.Position.X, w.Position.Z)));
        sheds.ShouldAllBe(w => piers.Any(p => WorldProbe.Flat(p.Position, w.Position) < 70f), "the warehouses stand on the harbour");
    }

    [Fact]
    public void Harbour_WithNoWater_IsReported_NotBuiltInTheFields()
    {
        WorldSpec spec = PlacementFixtures.Layout(SettlementLayout.Harbour, 1) with
        {
            Terrain = new TerrainSpec { Relief = Relief.Plains },
            Water = new WaterSpec { Amount = WaterAmount.None },
        };
        var world = new WorldGenerator(spec);
        new WorldProbe(world, Vector3.Zero, 200f).Objects.Count(o => o.Label is SemanticLabel.Pier or SemanticLabel.Jetty or SemanticLabel.Boat).ShouldBe(0);
        world.Unplaced.ShouldContain(u => u.Label == SemanticLabel.Pier);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void Town_HousesVary_InFootprintRoofStoreysAndWalls(ulong seed)
    {
        (_, WorldProbe probe) = Make(SettlementLayout.Default, seed, SettlementKind.Town);
        var homes = probe.Near(Vector3.Zero, 150f).Where(o => BuildingParameters.AppliesTo(o.Label)).ToList();
        homes.Count.ShouldBeGreaterThanOrEqualTo(8);
        var sets = homes.Select(h => (h.Variant & 15, MathF.Round(h.HalfExtents.X * 2f), MathF.Round(h.HalfExtents.Z * 2f))).Distinct().Count();
        sets.ShouldBeGreaterThanOrEqualTo(3, "a town is not copies of one house");
        homes.Select(h => BuildingParameters.FromVariant(h.Variant).Roof).Distinct().Count().ShouldBeGreaterThanOrEqualTo(2);
        homes.Select(h => BuildingParameters.FromVariant(h.Variant).Storeys).Distinct().Count().ShouldBeGreaterThanOrEqualTo(2);
        homes.Select(h => h.Material).Distinct().Count().ShouldBeGreaterThanOrEqualTo(2);
        foreach (PlacedObject h in homes)
        {
            BuildingParameters p = BuildingParameters.FromVariant(h.Variant);
            (2f * h.HalfExtents.Y).ShouldBeGreaterThanOrEqualTo(p.WallHeight, "the collision box is as tall as the walls");
        }
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    public void Street_HousesFaceTheRoadFromBothSides_BehindFences_WithCarsAtTheKerb(ulong seed)
    {
        (WorldGenerator world, WorldProbe probe) = Make(SettlementLayout.Street, seed);
        var homes = probe.Near(Vector3.Zero, 120f).Where(o => o.Label is SemanticLabel.House or SemanticLabel.Cottage).ToList();
        homes.Count.ShouldBeGreaterThanOrEqualTo(8);
        int left = 0, right = 0;
        foreach (PlacedObject h in homes)
        {
            (float fx, float fz) = DetMath.Direction(h.Yaw);
            float ahead = h.HalfExtents.Z + 7f;
            GroundAt(probe, h.Position.X + (fx * ahead), h.Position.Z + (fz * ahead)).ShouldBe(GroundKind.Road, $"a {h.Label} does not face the street");
            if ((h.Position.X * fz) - (h.Position.Z * fx) > 0f)
            {
                left++;
            }
            else
            {
                right++;
            }
        }
        Math.Min(left, right).ShouldBeGreaterThanOrEqualTo(3, "houses stand on both sides of the street");
        probe.Near(Vector3.Zero, 120f).Count(o => o.Label == SemanticLabel.Fence).ShouldBeGreaterThanOrEqualTo(8);
        probe.Near(Vector3.Zero, 120f).Count(o => o.Label == SemanticLabel.Car).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    public void Market_HasRowsOfStallsFacingEachOtherAcrossAnAisle(ulong seed)
    {
        (_, WorldProbe probe) = Make(SettlementLayout.Market, seed);
        var stalls = probe.Objects.Where(o => o.Label == SemanticLabel.MarketStall).ToList();
        stalls.Count.ShouldBeGreaterThanOrEqualTo(10);
        foreach (PlacedObject s in stalls)
        {
            stalls.ShouldContain(o => WorldProbe.Flat(o.Position, s.Position) < 8f && Facing(o, s.Position) > 0.9f, "each stall faces another across the aisle");
        }
        stalls.Select(s => s.Tint).Distinct().Count().ShouldBeGreaterThan(3, "awnings of many colours");
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    public void WesternStreet_HasASaloonAndFalseFrontedShopsFacingADirtStreet(ulong seed)
    {
        (_, WorldProbe probe) = Make(SettlementLayout.WesternStreet, seed);
        PlacedObject saloon = probe.Objects.Single(o => o.Label == SemanticLabel.Saloon);
        var shops = probe.Objects.Where(o => o.Label == SemanticLabel.Shop).ToList();
        shops.Count.ShouldBeGreaterThanOrEqualTo(4);
        foreach (PlacedObject b in shops.Append(saloon))
        {
            (float fx, float fz) = DetMath.Direction(b.Yaw);
            float ahead = b.HalfExtents.Z + 4f;
            GroundAt(probe, b.Position.X + (fx * ahead), b.Position.Z + (fz * ahead)).ShouldBe(GroundKind.Path, $"a {b.Label} does not face the dirt street");
        }
        shops.ShouldAllBe(s => BuildingParameters.FromVariant(s.Variant).Roof == RoofKind.Flat, "western shops have false fronts");
        shops.ShouldAllBe(s => s.Material == MaterialKind.Wood);
        probe.Near(saloon.Position, 30f).Count(o => o.Label == SemanticLabel.Horse).ShouldBeGreaterThanOrEqualTo(3, "horses wait at the saloon");
        probe.Objects.ShouldNotContain(o => o.Label == SemanticLabel.LampPost, "no street lamps in the old west");
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    public void Graveyard_HasRowsOfGravestonesFacingTheGate_InsideAWall(ulong seed)
    {
        (_, WorldProbe probe) = Make(SettlementLayout.Graveyard, seed);
        var stones = probe.Objects.Where(o => o.Label == SemanticLabel.Gravestone).ToList();
        stones.Count.ShouldBeGreaterThanOrEqualTo(30);
        var centre = new Vector3(stones.Average(s => s.Position.X), 0f, stones.Average(s => s.Position.Z));
        float yaw = stones[0].Yaw;
        stones.ShouldAllBe(s => MathF.Abs(MathF.IEEERemainder(s.Yaw - yaw, 2f * MathF.PI)) < 0.2f, "the rows all face one way");
        probe.Near(centre, 22f).Count(o => o.Label == SemanticLabel.Wall).ShouldBeGreaterThanOrEqualTo(8, "the graveyard is walled");
        probe.Near(centre, 40f).Count(o => o.Label == SemanticLabel.Church).ShouldBe(1, "a village churchyard has its church");
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    public void Temple_IsAWalledPrecinctWithShrines_AndNoChurch(ulong seed)
    {
        (_, WorldProbe probe) = Make(SettlementLayout.Temple, seed);
        PlacedObject temple = probe.Objects.Single(o => o.Label == SemanticLabel.Temple);
        probe.Near(temple.Position, 35f).Count(o => o.Label == SemanticLabel.Shrine).ShouldBeGreaterThanOrEqualTo(2);
        probe.Near(temple.Position, 40f).Count(o => o.Label == SemanticLabel.Wall).ShouldBeGreaterThanOrEqualTo(8);
        probe.Objects.ShouldNotContain(o => o.Label == SemanticLabel.Church, "a temple precinct is not a church");
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    public void Monastery_StandsInsideItsWalls_WithAWell(ulong seed)
    {
        (_, WorldProbe probe) = Make(SettlementLayout.Monastery, seed);
        PlacedObject monastery = probe.Objects.Single(o => o.Label == SemanticLabel.Monastery);
        probe.Near(monastery.Position, 50f).Count(o => o.Label == SemanticLabel.Wall).ShouldBeGreaterThanOrEqualTo(10);
        probe.Near(monastery.Position, 35f).Count(o => o.Label == SemanticLabel.Well).ShouldBe(1);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    public void Farmstead_HasFarmhouseBarnAndSilo_RoundAYard_AndFencedFields(ulong seed)
    {
        (_, WorldProbe probe) = Make(SettlementLayout.Farmstead, seed);
        PlacedObject barn = probe.Objects.Single(o => o.Label == SemanticLabel.Barn && WorldProbe.Flat(o.Position, Vector3.Zero) < 200f);
        probe.Near(barn.Position, 30f).ShouldContain(o => o.Label == SemanticLabel.House);
        probe.Near(barn.Position, 30f).ShouldContain(o => o.Label == SemanticLabel.Silo);
        probe.Near(barn.Position, 90f).Count(o => o.Label == SemanticLabel.Fence).ShouldBeGreaterThanOrEqualTo(20);
        probe.Chunks.Sum(c => c.Ground.Count(g => g == GroundKind.Farmland)).ShouldBeGreaterThan(1000, "the fields are ploughed");
    }

    [Fact]
    public void Layouts_AreIgnoredByVersion1()
    {
        WorldSpec village = WorldFixtures.CastleOnHill() with { Generator = 1 };
        var plain = new WorldGenerator(village);
        var laidOut = new WorldGenerator(village with { Layout = SettlementLayout.Market });
        foreach (ChunkCoord c in new ChunkCoord[] { new(0, 0), new(-1, 1), new(2, -2) })
        {
            ChunkHash.Of(laidOut.Generate(c)).ShouldBe(ChunkHash.Of(plain.Generate(c)));
        }
    }
}
