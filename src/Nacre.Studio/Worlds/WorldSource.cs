using Nacre.Core;
using Nacre.Simulation;
using Nacre.WorldGen;

namespace Nacre.Studio.Worlds;

/// <summary>
/// One world's generator as the studio uses it: the pure chunk function (thread-safe, called from background
/// threads by renderers and colliders), the spawn point and first look, and the top-down map.
/// </summary>
public sealed class WorldSource
{
    private readonly WorldGenerator _generator;

    private WorldSource(WorldGenerator generator)
    {
        _generator = generator;
        Spawn = generator.Spawn;
        FirstLook = StillCamera.Frame(generator);
    }

    public static WorldSource For(WorldSpec spec, ulong seed) => new(new WorldGenerator(spec with { Seed = seed }));

    /// <summary>Where a visitor first stands and looks.</summary>
    public SpawnPoint Spawn { get; }

    /// <summary>
    /// The camera of the world's first frame: eye height above the spawn point, facing the main subject, tilted by the
    /// view solver (generator v2) — exactly what <c>nacre still</c> shows. A new session and the preview still start here.
    /// </summary>
    public CameraPose FirstLook { get; }

    /// <summary>The generator version building this world (<see cref="WorldGenerator.GeneratorVersion"/>).</summary>
    public int GeneratorVersion => _generator.GeneratorVersion;

    /// <summary>The chunk at a coordinate: a pure function of (spec, seed, coordinate).</summary>
    public ChunkData Generate(ChunkCoord coord) => _generator.Generate(coord);

    /// <summary>A PNG of the world seen from above, <paramref name="sizeMetres"/> across, centred on the spawn point.</summary>
    public byte[] PaintMap(int sizeMetres, int pixels) => Previews.PreviewMap.Paint(_generator, Spawn, sizeMetres, pixels);
}
