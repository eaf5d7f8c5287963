using Nacre.Core;
using Nacre.WorldGen.Stages;

namespace Nacre.WorldGen;

/// <summary>
/// The pure, infinite world generator: every method is a function of (spec, spec.Seed, arguments) alone — no clock,
/// no I/O, no shared random stream, no dependence on the order chunks are asked for. Thread-safe: call it from any
/// number of threads. Building one plans the spawn area (a few milliseconds); chunks are then generated on demand.
/// </summary>
public sealed class WorldGenerator
{
    /// <summary>
    /// The newest generator version, used for new worlds. Any change to generated output is a new version, never a
    /// silent change: older versions stay in the code, selected by <see cref="WorldSpec.Generator"/>, so a saved world
    /// reopens exactly as it was made.
    /// </summary>
    public const int Version = 2;

    /// <summary>The oldest version this build can still generate.</summary>
    public const int OldestVersion = 1;

    // The recipe, in order. Each stage reads what the stages before it wrote; adding a stage is one line.
    private static readonly IWorldStage[] Pipeline =
    [
        new TerrainStage(),
        new WaterStage(),
        new BiomeStage(),
        new GroundStage(),
        new PlannedObjectStage(),
        new VegetationStage(),
        new PropStage(),
        new CharacterStage(),
        new EffectStage(),
    ];

    private readonly WorldModel _model;

    /// <exception cref="ArgumentOutOfRangeException">The spec pins a generator version this build does not have.</exception>
    public WorldGenerator(WorldSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        GeneratorVersion = Resolve(spec.Generator);
        Spec = spec;
        _model = new WorldModel(spec, GeneratorVersion);
    }

    public WorldSpec Spec { get; }

    /// <summary>The version that generates this world: the spec's pinned one, or <see cref="Version"/> when it pins none.</summary>
    public int GeneratorVersion { get; }

    /// <summary>The version a spec's <see cref="WorldSpec.Generator"/> field selects (0 = the newest).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside <see cref="OldestVersion"/> … <see cref="Version"/>.</exception>
    public static int Resolve(int pinned) => pinned switch
    {
        0 => Version,
        >= OldestVersion and <= Version => pinned,
        _ => throw new ArgumentOutOfRangeException(nameof(pinned), pinned,
            $"generator version {pinned} is not known to this build of Nacre (it has versions {OldestVersion} to {Version})"),
    };

    /// <summary>Names of the generation stages, in the order they run.</summary>
    public static IReadOnlyList<string> StageNames { get; } = [.. Pipeline.Select(s => s.Name)];

    /// <summary>Where a visitor starts: dry ground, looking at the prompt's main subject.</summary>
    public SpawnPoint Spawn => _model.Site!.Spawn;

    /// <summary>
    /// Requested objects (or parts of their counts) that had nowhere they could stand — "a boat" in a world without
    /// water — and so were not placed at all, with the reason in words. Always empty for generator v1.
    /// </summary>
    public IReadOnlyList<UnplacedRequest> Unplaced => _model.Site!.Unplaced;

    /// <summary>True when the world has a sea at y = 0.</summary>
    public bool HasSea => _model.HasSea;

    /// <summary>Generates one chunk. The same coordinate always gives the same bytes.</summary>
    public ChunkData Generate(ChunkCoord coord)
    {
        var ctx = new ChunkContext(_model, coord);
        foreach (IWorldStage stage in Pipeline)
        {
            stage.Run(ctx);
        }
        ctx.Objects.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        ctx.Data.Objects = ctx.Objects.ToArray();
        return ctx.Data;
    }

    /// <summary>
    /// Ground height at (x, z), metres: bilinear between the 1 m samples, exactly as the chunk mesh is, so a walker
    /// stands on what is drawn.
    /// </summary>
    public float GroundHeight(float x, float z)
    {
        (float h00, float h10, float h01, float h11, _, _, _, _) = Corners(x, z, water: false);
        float fx = x - MathF.Floor(x), fz = z - MathF.Floor(z);
        return DetMath.Lerp(DetMath.Lerp(h00, h10, fx), DetMath.Lerp(h01, h11, fx), fz);
    }

    /// <summary>
    /// Water surface at (x, z), metres, where the ground there is under water; <see cref="float.NegativeInfinity"/>
    /// where it is dry. Interpolated between the samples as the water mesh is.
    /// </summary>
    public float WaterSurface(float x, float z)
    {
        (float h00, float h10, float h01, float h11, float w00, float w10, float w01, float w11) = Corners(x, z, water: true);
        float fx = x - MathF.Floor(x), fz = z - MathF.Floor(z);
        float ground = DetMath.Lerp(DetMath.Lerp(h00, h10, fx), DetMath.Lerp(h01, h11, fx), fz);
        float k00 = (1f - fx) * (1f - fz), k10 = fx * (1f - fz), k01 = (1f - fx) * fz, k11 = fx * fz;
        float sum = 0f, weight = 0f;
        Accumulate(w00, k00, ref sum, ref weight);
        Accumulate(w10, k10, ref sum, ref weight);
        Accumulate(w01, k01, ref sum, ref weight);
        Accumulate(w11, k11, ref sum, ref weight);
        if (weight <= 0f)
        {
            return float.NegativeInfinity;
        }
        float surface = sum / weight;
        return surface > ground ? surface : float.NegativeInfinity;
    }

    private static void Accumulate(float level, float k, ref float sum, ref float weight)
    {
        if (!float.IsNegativeInfinity(level))
        {
            sum += level * k;
            weight += k;
        }
    }

    private (float, float, float, float, float, float, float, float) Corners(float x, float z, bool water)
    {
        float x0 = MathF.Floor(x), z0 = MathF.Floor(z);
        var f = new FeatureSet();
        _model.Gather(x0, z0, x0 + 1f, z0 + 1f, f);
        Terrain.BaseTerrain t = _model.Terrain;
        float h00 = SurfaceField.Height(t, f, x0, z0), h10 = SurfaceField.Height(t, f, x0 + 1f, z0);
        float h01 = SurfaceField.Height(t, f, x0, z0 + 1f), h11 = SurfaceField.Height(t, f, x0 + 1f, z0 + 1f);
        if (!water)
        {
            return (h00, h10, h01, h11, 0f, 0f, 0f, 0f);
        }
        bool sea = _model.HasSea;
        return (h00, h10, h01, h11, SurfaceField.WaterLevel(sea, f, x0, z0), SurfaceField.WaterLevel(sea, f, x0 + 1f, z0),
            SurfaceField.WaterLevel(sea, f, x0, z0 + 1f), SurfaceField.WaterLevel(sea, f, x0 + 1f, z0 + 1f));
    }
}
