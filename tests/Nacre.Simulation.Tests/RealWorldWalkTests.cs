using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Simulation.Tests;

/// <summary>The walker in worlds from the real generator: forest, lake, village, river.</summary>
public class RealWorldWalkTests
{
    private static WorldSpec ForestLake(ulong seed) => new()
    {
        Prompt = "a pine forest with a wooden cabin by a lake",
        Seed = seed,
        Terrain = new TerrainSpec { Relief = Relief.RollingHills },
        Water = new WaterSpec { Amount = WaterAmount.Some, Lakes = true },
        Biomes = [new BiomeWeight(Biome.ConiferForest, 1f)],
        VegetationDensity = 0.8f,
        Features = [new FeatureRequest { Label = SemanticLabel.Cabin, Phrase = "wooden cabin" }],
        Relations = [new SpatialRelation(SemanticLabel.Cabin, RelationKind.Near, new Anchor(AnchorKind.Lake))],
    };

    private const string Roam = """
        0 down W
        0 down Shift
        4 turn 70 over 3
        10 turn -140 over 4
        16 press Space
        18 turn 200 over 5
        25 up Shift
        26 turn -90 over 2
        30 down Shift
        34 turn 45 over 6
        45 turn -120 over 5
        55 turn 60 over 3
        60 end
        """;

    [Fact]
    [Trait("Category", "Slow")]
    public void SprintingThroughAForestForAMinute_NeverSinksIntoTheGroundOrIntoAnObject()
    {
        var generator = new WorldGenerator(ForestLake(11));
        var session = new WanderSession(generator.Generate, generator.Spawn.Position, generator.Spawn.Yaw);
        InputScript script = InputScript.Parse(Roam);
        session.Enqueue(script.Events);
        var chunks = new Dictionary<ChunkCoord, ChunkData>();
        WalkerSettings body = session.Walker.Settings;
        Vector3 start = session.Walker.Feet;
        int blockedTicks = 0;

        while (session.Tick < script.DurationTicks)
        {
            Vector3 before = session.Walker.Feet;
            session.Step();
            Vector3 feet = session.Walker.Feet;
            float ground = generator.GroundHeight(feet.X, feet.Z);
            feet.Y.ShouldBeGreaterThanOrEqualTo(ground - 0.05f, $"tick {session.Tick}: feet below the ground");
            foreach (PlacedObject o in NearbySolids(c => Cached(chunks, generator, c), feet))
            {
                bool besideIt = o.Position.Y + (2 * o.HalfExtents.Y) > feet.Y + body.StepHeight + 0.8f && o.Position.Y < feet.Y + body.BodyHeight;
                if (besideIt)
                {
                    Penetration(o, feet, body.Radius).ShouldBeLessThan(0.02f, $"tick {session.Tick}: inside {o.Label} {o.Id}");
                }
            }
            if (Vector2.Distance(new(before.X, before.Z), new(feet.X, feet.Z)) < 0.01f)
            {
                blockedTicks++;
            }
        }

        // It went a long way rather than being stuck against the first trunk.
        Vector2.Distance(new(start.X, start.Z), new(session.Walker.Feet.X, session.Walker.Feet.Z)).ShouldBeGreaterThan(40f);
        blockedTicks.ShouldBeLessThan((int)(script.DurationTicks / 2));
    }

    [Fact]
    public void WalkingAtATreeInTheForest_StopsAtItsTrunk()
    {
        var generator = new WorldGenerator(ForestLake(5));
        Vector3 spawn = generator.Spawn.Position;
        PlacedObject[] solids = [.. NearbySolids(generator, spawn, chunks: 3)];
        // A conifer on gentle, dry ground with nothing else solid near the 4 m approach to its trunk's face.
        PlacedObject tree = solids
            .Where(o => o.Label == SemanticLabel.Conifer)
            .Where(o => solids.All(n => n.Id == o.Id || !NearSegment(n, o.Position, Approach(o))))
            .Where(o => Gradient(generator, Approach(o).X, Approach(o).Z).Length() < 0.3f)
            .Where(o => !(generator.WaterSurface(Approach(o).X, Approach(o).Z) > generator.GroundHeight(Approach(o).X, Approach(o).Z)))
            .OrderBy(o => Vector3.DistanceSquared(o.Position, spawn))
            .First();
        // Start 4 m in front of the trunk, walking straight at its face (along the tree's own axis).
        var session = new WanderSession(generator.Generate, Approach(tree), tree.Yaw);

        session.Enqueue(InputEvent.Down(0, WalkKey.Forward));
        session.StepTo(8 * 60);

        // 8 s of walking would cover 11 m: the trunk held the walker at its face, body radius 0.3 m away.
        Vector3 front = new(MathF.Sin(tree.Yaw), 0f, -MathF.Cos(tree.Yaw));
        float along = Vector3.Dot(session.Walker.Feet - tree.Position, front);
        along.ShouldBe(-(tree.HalfExtents.Z + 0.3f), 0.01f);
        Penetration(tree, session.Walker.Feet, 0.3f).ShouldBeLessThan(0.005f);
    }

    /// <summary>4 m behind the tree's front face direction: where a walker starts to walk straight at it.</summary>
    private static Vector3 Approach(PlacedObject tree) =>
        tree.Position - (new Vector3(MathF.Sin(tree.Yaw), 0f, -MathF.Cos(tree.Yaw)) * 4f);

    /// <summary>True when <paramref name="other"/>'s box comes within 1 m of the segment a walker crosses from <paramref name="b"/> to <paramref name="a"/>.</summary>
    private static bool NearSegment(PlacedObject other, Vector3 a, Vector3 b)
    {
        var p = new Vector2(other.Position.X, other.Position.Z);
        var a2 = new Vector2(a.X, a.Z);
        var ab = new Vector2(b.X, b.Z) - a2;
        float t = Math.Clamp(Vector2.Dot(p - a2, ab) / ab.LengthSquared(), 0f, 1f);
        float reach = MathF.Max(other.HalfExtents.X, other.HalfExtents.Z) * 1.42f + 0.3f + 1f;
        return Vector2.Distance(p, a2 + (ab * t)) < reach;
    }

    [Fact]
    public void SameRealWorldAndScript_TwoRuns_AreIdenticalToTheBit()
    {
        InputScript script = InputScript.Parse(Roam);
        Vector3 Run()
        {
            var generator = new WorldGenerator(ForestLake(11));
            var session = new WanderSession(generator.Generate, generator.Spawn.Position, generator.Spawn.Yaw);
            session.Enqueue(script.Events);
            session.StepTo(20 * 60);
            return session.Walker.Feet;
        }

        Vector3 a = Run();
        Vector3 b = Run();

        BitConverter.SingleToInt32Bits(a.X).ShouldBe(BitConverter.SingleToInt32Bits(b.X));
        BitConverter.SingleToInt32Bits(a.Y).ShouldBe(BitConverter.SingleToInt32Bits(b.Y));
        BitConverter.SingleToInt32Bits(a.Z).ShouldBe(BitConverter.SingleToInt32Bits(b.Z));
    }

    private static Vector2 Gradient(WorldGenerator g, float x, float z) =>
        new(g.GroundHeight(x + 0.5f, z) - g.GroundHeight(x - 0.5f, z), g.GroundHeight(x, z + 0.5f) - g.GroundHeight(x, z - 0.5f));

    private static ChunkData Cached(Dictionary<ChunkCoord, ChunkData> cache, WorldGenerator g, ChunkCoord c)
    {
        if (!cache.TryGetValue(c, out ChunkData? data))
        {
            data = g.Generate(c);
            cache.Add(c, data);
        }
        return data;
    }

    private static IEnumerable<PlacedObject> NearbySolids(WorldGenerator g, Vector3 p, int chunks = 1) => NearbySolids(g.Generate, p, chunks);

    private static IEnumerable<PlacedObject> NearbySolids(Func<ChunkCoord, ChunkData> generate, Vector3 p, int chunks = 1)
    {
        ChunkCoord c = ChunkCoord.FromWorld(p.X, p.Z);
        for (int dz = -chunks; dz <= chunks; dz++)
        {
            for (int dx = -chunks; dx <= chunks; dx++)
            {
                foreach (PlacedObject o in generate(new ChunkCoord(c.X + dx, c.Z + dz)).Objects)
                {
                    if (o.IsSolid)
                    {
                        yield return o;
                    }
                }
            }
        }
    }

    /// <summary>How far a circle of <paramref name="radius"/> at the feet reaches into the object's footprint, metres.</summary>
    private static float Penetration(PlacedObject o, Vector3 feet, float radius)
    {
        float c = MathF.Cos(o.Yaw);
        float s = MathF.Sin(o.Yaw);
        float dx = feet.X - o.Position.X;
        float dz = feet.Z - o.Position.Z;
        float lx = MathF.Abs((dx * c) + (dz * s));
        float lz = MathF.Abs((dx * s) - (dz * c));
        float ox = MathF.Max(lx - o.HalfExtents.X, 0f);
        float oz = MathF.Max(lz - o.HalfExtents.Z, 0f);
        float outside = MathF.Sqrt((ox * ox) + (oz * oz));
        return MathF.Max(0f, radius - outside);
    }
}
