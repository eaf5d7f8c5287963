using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Tests;

/// <summary>Generates every chunk within a radius of a point and answers the questions the acceptance tests ask.</summary>
public sealed class WorldProbe
{
    public WorldProbe(WorldGenerator world, Vector3 centre, float radius)
    {
        World = world;
        ChunkCoord c0 = ChunkCoord.FromWorld(centre.X - radius, centre.Z - radius), c1 = ChunkCoord.FromWorld(centre.X + radius, centre.Z + radius);
        for (int z = c0.Z; z <= c1.Z; z++)
        {
            for (int x = c0.X; x <= c1.X; x++)
            {
                Chunks.Add(world.Generate(new ChunkCoord(x, z)));
            }
        }
        Objects = [.. Chunks.SelectMany(c => c.Objects)];
    }

    public WorldGenerator World { get; }

    public List<ChunkData> Chunks { get; } = [];

    public List<PlacedObject> Objects { get; }

    public IEnumerable<PlacedObject> Near(Vector3 p, float radius) => Objects.Where(o => Flat(o.Position, p) <= radius);

    /// <summary>Horizontal distance, metres.</summary>
    public static float Flat(Vector3 a, Vector3 b) => MathF.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Z - b.Z) * (a.Z - b.Z)));

    /// <summary>Distance (m) from p to the nearest sample whose ground is under water, or +∞.</summary>
    public float DistanceToWater(Vector3 p, float within)
    {
        float best = float.PositiveInfinity;
        foreach (ChunkData c in Chunks)
        {
            if (c.Coord.MinX > p.X + within || c.Coord.MinX + ChunkCoord.Size < p.X - within || c.Coord.MinZ > p.Z + within || c.Coord.MinZ + ChunkCoord.Size < p.Z - within)
            {
                continue;
            }
            for (int z = 0; z < ChunkData.Samples; z++)
            {
                for (int x = 0; x < ChunkData.Samples; x++)
                {
                    int i = ChunkData.SampleIndex(x, z);
                    if (c.WaterSurface[i] > c.Height[i])
                    {
                        float d = Flat(new Vector3(c.Coord.MinX + x, 0f, c.Coord.MinZ + z), p);
                        best = MathF.Min(best, d);
                    }
                }
            }
        }
        return best;
    }
}
