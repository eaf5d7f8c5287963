using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Simulation.Tests;

/// <summary>
/// Hand-made worlds for walker tests: ground and water given as functions of (x, z), plus solid boxes. Chunks are
/// built the way the generator lays them out (1 m corner samples, objects in the chunk that holds their anchor).
/// </summary>
public sealed class TestWorld
{
    private readonly Func<float, float, float> _ground;
    private readonly Func<float, float, float> _water;
    private readonly List<PlacedObject> _objects = [];

    public TestWorld(Func<float, float, float> ground, Func<float, float, float>? water = null)
    {
        _ground = ground;
        _water = water ?? ((_, _) => float.NegativeInfinity);
    }

    public static TestWorld Flat(float height = 0f) => new((_, _) => height);

    /// <summary>Adds a solid box: footprint centred at (x, z), base on <paramref name="baseY"/>, full sizes in metres.</summary>
    public TestWorld WithBox(float x, float z, float width, float depth, float height, float yawDegrees = 0f, float baseY = 0f, SemanticLabel label = SemanticLabel.Wall)
    {
        ulong id = (ulong)_objects.Count + 1;
        _objects.Add(new PlacedObject(
            id,
            label,
            new Vector3(x, baseY, z),
            yawDegrees * MathF.PI / 180f,
            1f,
            new Rgb(128, 128, 128),
            new Vector3(width / 2f, height / 2f, depth / 2f),
            0,
            MaterialKind.Unspecified));
        return this;
    }

    private int _generated;

    /// <summary>Chunks generated so far (from any thread: sessions prefetch on the thread pool).</summary>
    public int Generated => Volatile.Read(ref _generated);

    public ChunkData Generate(ChunkCoord c)
    {
        Interlocked.Increment(ref _generated);
        var data = new ChunkData(c);
        for (int z = 0; z < ChunkData.Samples; z++)
        {
            for (int x = 0; x < ChunkData.Samples; x++)
            {
                float wx = c.MinX + x;
                float wz = c.MinZ + z;
                data.Height[ChunkData.SampleIndex(x, z)] = _ground(wx, wz);
                data.WaterSurface[ChunkData.SampleIndex(x, z)] = _water(wx, wz);
            }
        }
        data.Objects = [.. _objects.Where(o => (int)MathF.Floor(o.Position.X / ChunkCoord.Size) == c.X && (int)MathF.Floor(o.Position.Z / ChunkCoord.Size) == c.Z)];
        return data;
    }

    /// <summary>A session at (x, z) on this world, heading <paramref name="yawDegrees"/>, settled on the ground for a tick.</summary>
    public WanderSession Session(float x, float z, float yawDegrees = 0f, float y = float.NegativeInfinity)
    {
        var session = new WanderSession(Generate, new Vector3(x, y, z), yawDegrees * MathF.PI / 180f);
        session.Step();
        return session;
    }
}
