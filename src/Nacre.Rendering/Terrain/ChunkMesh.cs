using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Rendering.Terrain;

/// <summary>
/// CPU-side meshes of one chunk at every level of detail, built on a worker thread and uploaded by the render
/// thread. Level l uses a grid step of 2^(l+1) m; each level has its own index range (with skirts that hide cracks
/// against coarser neighbours) over one shared vertex array.
/// </summary>
internal sealed class ChunkMesh
{
    public const int LodCount = 5;

    public required ChunkCoord Coord { get; init; }

    public required TerrainVertex[] Vertices { get; init; }

    public required ushort[] Indices { get; init; }

    /// <summary>Index ranges of each terrain level.</summary>
    public required TerrainLevel[] TerrainLods { get; init; }

    public required TerrainVertex[] WaterVertices { get; init; }

    public required ushort[] WaterIndices { get; init; }

    /// <summary>First index and index count of each water level (empty when the chunk has no water).</summary>
    public required (int First, int Count)[] WaterLods { get; init; }

    /// <summary>Lowest ground or water point, metres.</summary>
    public required float MinY { get; init; }

    /// <summary>Highest point of ground, water or the tallest object, metres (for frustum culling).</summary>
    public required float MaxY { get; init; }

    public required IReadOnlyList<PlacedObject> Objects { get; init; }

    /// <summary>The chunk's effect emitters (smoke, spray, surf), carried to the GPU chunk for the effects pass.</summary>
    public IReadOnlyList<EffectEmitter> Effects { get; init; } = [];
}
