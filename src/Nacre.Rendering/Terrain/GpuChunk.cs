using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Rendering.Terrain;

/// <summary>A chunk resident on the GPU: its terrain and water buffers, culling box and objects. Render thread only.</summary>
internal sealed class GpuChunk
{
    public required ChunkCoord Coord { get; init; }

    public uint TerrainVao { get; init; }

    public uint TerrainVbo { get; init; }

    public uint TerrainEbo { get; init; }

    public uint WaterVao { get; init; }

    public uint WaterVbo { get; init; }

    public uint WaterEbo { get; init; }

    public required TerrainLevel[] TerrainLods { get; init; }

    public required (int First, int Count)[] WaterLods { get; init; }

    public Vector3 Min { get; init; }

    public Vector3 Max { get; init; }

    public required IReadOnlyList<PlacedObject> Objects { get; init; }

    /// <summary>Where the chunk's moving effects (smoke, spray, surf) are drawn.</summary>
    public IReadOnlyList<EffectEmitter> Effects { get; init; } = [];

    /// <summary>Snapshot time (seconds) the chunk arrived, for fading in; −∞ for prefetched chunks.</summary>
    public double ArrivalSeconds { get; init; }

    public bool HasWater => WaterVao != 0;
}
