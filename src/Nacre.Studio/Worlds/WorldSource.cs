using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Studio.Worlds;

/// <summary>
/// One world's generator as the studio uses it: the pure chunk function (thread-safe, called from background
/// threads by renderers and colliders), the spawn point, and the top-down map.
/// </summary>
public sealed class WorldSource
{
    private readonly WorldGenerator _generator;

    private WorldSource(WorldGenerator generator)
    {
        _generator = generator;
        Spawn = generator.Spawn;
    }

    public static WorldSource For(WorldSpec spec, ulong seed) => new(new WorldGenerator(spec with { Seed = seed }));

    /// <summary>Where a visitor first stands and looks.</summary>
    public SpawnPoint Spawn { get; }

    /// <summary>The chunk at a coordinate: a pure function of (spec, seed, coordinate).</summary>
    public ChunkData Generate(ChunkCoord coord) => _generator.Generate(coord);

    /// <summary>A PNG of the world seen from above, <paramref name="sizeMetres"/> across, centred on the spawn point.</summary>
    public byte[] PaintMap(int sizeMetres, int pixels) => Previews.PreviewMap.Paint(_generator, Spawn, sizeMetres, pixels);
}
