using System.Collections.Concurrent;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Agents;

/// <summary>
/// Generated chunks of one world, shared by every env, collider and renderer in it: each chunk is generated once,
/// whichever thread asks first, and later askers get the same object. Generation is pure, so sharing never changes a
/// result. Thread-safe. Holds at most <see cref="Capacity"/> chunks; past it the whole cache is dropped (a chunk
/// generated again is identical).
/// </summary>
public sealed class ChunkCache
{
    private readonly WorldGenerator _world;
    private readonly ConcurrentDictionary<ChunkCoord, Lazy<ChunkData>> _chunks = new();

    /// <param name="world">The generator whose chunks are cached.</param>
    /// <param name="capacity">Chunks kept, at least 64.</param>
    public ChunkCache(WorldGenerator world, int capacity = 4096)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 64);
        _world = world;
        Capacity = capacity;
    }

    public int Capacity { get; }

    /// <summary>Chunks held now.</summary>
    public int Count => _chunks.Count;

    /// <summary>The chunk at <paramref name="coord"/>, generated on first use. Safe from any thread.</summary>
    public ChunkData Get(ChunkCoord coord)
    {
        if (_chunks.Count >= Capacity)
        {
            _chunks.Clear();
        }
        return _chunks.GetOrAdd(coord, c => new Lazy<ChunkData>(() => _world.Generate(c), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>Every object anchored within <paramref name="radius"/> metres (horizontally) of (x, z) plus a chunk's margin.</summary>
    public IEnumerable<PlacedObject> ObjectsNear(float x, float z, float radius)
    {
        ChunkCoord min = ChunkCoord.FromWorld(x - radius, z - radius);
        ChunkCoord max = ChunkCoord.FromWorld(x + radius, z + radius);
        for (int cz = min.Z - 1; cz <= max.Z + 1; cz++)
        {
            for (int cx = min.X - 1; cx <= max.X + 1; cx++)
            {
                foreach (PlacedObject o in Get(new ChunkCoord(cx, cz)).Objects)
                {
                    yield return o;
                }
            }
        }
    }
}
