using FsCheck;
using FsCheck.Fluent;
using Nacre.Core;

namespace Nacre.WorldGen.Tests;

public class DeterminismTests
{
    [Fact]
    public void Generate_SameChunkTwice_IsByteIdentical()
    {
        var g = new WorldGenerator(WorldFixtures.PineForestCabinByLake());
        ChunkHash.Of(g.Generate(new ChunkCoord(1, -2))).ShouldBe(ChunkHash.Of(g.Generate(new ChunkCoord(1, -2))));
    }

    [Fact]
    public void Generate_FreshGenerator_GivesTheSameChunks()
    {
        var a = new WorldGenerator(WorldFixtures.HousesAlongRiver(7));
        var b = new WorldGenerator(WorldFixtures.HousesAlongRiver(7));
        for (int i = -2; i <= 2; i++)
        {
            ChunkHash.Of(a.Generate(new ChunkCoord(i, -i))).ShouldBe(ChunkHash.Of(b.Generate(new ChunkCoord(i, -i))));
        }
    }

    [Fact]
    public void Generate_DifferentSeeds_GiveDifferentWorlds()
    {
        var a = new WorldGenerator(WorldFixtures.PineForestCabinByLake(1));
        var b = new WorldGenerator(WorldFixtures.PineForestCabinByLake(2));
        int differ = 0;
        for (int i = 0; i < 8; i++)
        {
            var c = new ChunkCoord(i * 3, -i);
            if (ChunkHash.Of(a.Generate(c)) != ChunkHash.Of(b.Generate(c)))
            {
                differ++;
            }
        }
        differ.ShouldBe(8);
        a.Spawn.ShouldNotBe(b.Spawn);
    }

    [Fact]
    public void Generate_AnyVisitingOrder_GivesByteIdenticalChunks()
    {
        var spec = WorldFixtures.HousesAlongRiver(3);
        var reference = new WorldGenerator(spec);
        var coords = new List<ChunkCoord>();
        for (int z = -2; z <= 2; z++)
        {
            for (int x = -2; x <= 2; x++)
            {
                coords.Add(new ChunkCoord(x, z));
            }
        }
        var expected = coords.ToDictionary(c => c, c => ChunkHash.Of(reference.Generate(c)));
        Prop.ForAll(Gen.Shuffle(coords.ToArray()).ToArbitrary(), order =>
        {
            // A fresh generator per order: its caches fill in this order, which must not matter.
            var g = new WorldGenerator(spec);
            return order.All(c => ChunkHash.Of(g.Generate(c)) == expected[c]);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(12));
    }

    [Fact]
    public void Generate_ConcurrentThreads_GiveTheSameChunksAsOneThread()
    {
        var spec = WorldFixtures.CastleOnHill(5);
        var serial = new WorldGenerator(spec);
        var coords = Enumerable.Range(0, 36).Select(i => new ChunkCoord((i % 6) - 3, (i / 6) - 3)).ToArray();
        ulong[] expected = [.. coords.Select(c => ChunkHash.Of(serial.Generate(c)))];
        var parallel = new WorldGenerator(spec);
        var actual = new ulong[coords.Length];
        Parallel.For(0, coords.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = ChunkHash.Of(parallel.Generate(coords[i])));
        actual.ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Generate_BorderSamples_EqualTheNeighboursSamples(string name)
    {
        var g = new WorldGenerator(Spec(name));
        for (int cz = -2; cz <= 1; cz++)
        {
            for (int cx = -2; cx <= 1; cx++)
            {
                ChunkData c = g.Generate(new ChunkCoord(cx, cz));
                ChunkData east = g.Generate(new ChunkCoord(cx + 1, cz));
                ChunkData south = g.Generate(new ChunkCoord(cx, cz + 1));
                for (int k = 0; k < ChunkData.Samples; k++)
                {
                    c.HeightAt(ChunkData.Cells, k).ShouldBe(east.HeightAt(0, k));
                    c.HeightAt(k, ChunkData.Cells).ShouldBe(south.HeightAt(k, 0));
                    c.WaterSurface[ChunkData.SampleIndex(ChunkData.Cells, k)].ShouldBe(east.WaterSurface[ChunkData.SampleIndex(0, k)]);
                    c.WaterSurface[ChunkData.SampleIndex(k, ChunkData.Cells)].ShouldBe(south.WaterSurface[ChunkData.SampleIndex(k, 0)]);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void GroundHeight_AtSamples_EqualsTheChunkMesh(string name)
    {
        var g = new WorldGenerator(Spec(name));
        ChunkData c = g.Generate(new ChunkCoord(-1, 0));
        for (int k = 0; k < 40; k++)
        {
            int x = (k * 7) % ChunkData.Samples, z = (k * 13) % ChunkData.Samples;
            g.GroundHeight(c.Coord.MinX + x, c.Coord.MinZ + z).ShouldBe(c.HeightAt(x, z));
        }
        // Between samples: bilinear, as the mesh.
        float mid = g.GroundHeight(c.Coord.MinX + 3.5f, c.Coord.MinZ + 4.5f);
        float expected = 0.25f * (c.HeightAt(3, 4) + c.HeightAt(4, 4) + c.HeightAt(3, 5) + c.HeightAt(4, 5));
        mid.ShouldBe(expected, 1e-3f);
    }

    [Fact]
    public void PlacedObjects_HaveNonZeroUniqueIds_AndLieInTheirChunk()
    {
        var g = new WorldGenerator(WorldFixtures.CastleOnHill());
        var ids = new HashSet<ulong>();
        for (int cz = -3; cz <= 3; cz++)
        {
            for (int cx = -3; cx <= 3; cx++)
            {
                ChunkData c = g.Generate(new ChunkCoord(cx, cz));
                foreach (PlacedObject o in c.Objects)
                {
                    o.Id.ShouldNotBe(0UL);
                    ids.Add(o.Id).ShouldBeTrue($"duplicate id {o.Id} ({o.Label})");
                    ChunkCoord.FromWorld(o.Position.X, o.Position.Z).ShouldBe(c.Coord);
                    o.Label.ShouldNotBe(SemanticLabel.None);
                }
                c.Objects.Select(o => o.Id).ShouldBeInOrder();
            }
        }
        ids.Count.ShouldBeGreaterThan(500);
    }

    public static TheoryData<string> Specs() => ["lake", "beach", "castle", "river", "mountains", "desert", "cliff"];

    public static WorldSpec Spec(string name) => name switch
    {
        "lake" => WorldFixtures.PineForestCabinByLake(),
        "beach" => WorldFixtures.BeachNoBuildings(),
        "castle" => WorldFixtures.CastleOnHill(),
        "river" => WorldFixtures.HousesAlongRiver(),
        "mountains" => WorldFixtures.Mountains(),
        "desert" => WorldFixtures.Desert(),
        _ => WorldFixtures.LighthouseOnCliff(),
    };
}
