using Nacre.Core;
using Nacre.WorldGen.Hydrology;
using Nacre.WorldGen.Layout;
using Nacre.WorldGen.Terrain;

namespace Nacre.WorldGen;

/// <summary>
/// The whole world's large-scale decisions, built once per generator in dependency order: relief → landforms near
/// the spawn (lake, river, hill) → base terrain → river network → biomes → site plan (relations, requested features,
/// spawn) → region plans (buildings and roads elsewhere, computed lazily per region). Each layer reads only the
/// layers before it. Immutable apart from deterministic caches; thread-safe.
/// </summary>
internal sealed class WorldModel
{
    public WorldModel(WorldSpec spec, int version)
    {
        Spec = spec;
        Version = version;
        Seed = spec.Seed;
        Relief = new ReliefField(spec);
        Landforms = SiteLandforms.Plan(spec, Relief, V2);
        Terrain = new BaseTerrain(Relief, Landforms.Hills, Landforms.Recipe);
        Rivers = new RiverNetwork(spec, Terrain);
        Biomes = new BiomeField(spec, Relief, V2);
        Site = SitePlanner.Plan(this);
        Regions = new RegionPlanner(this);
    }

    public WorldSpec Spec { get; }

    /// <summary>Generator version (1, 2…): every layer that changed its output checks it, so old worlds keep theirs.</summary>
    public int Version { get; }

    /// <summary>Generator v2 or later: landform recipes, the view solver, counts that hold, placement by ground.</summary>
    public bool V2 => Version >= 2;

    public ulong Seed { get; }

    public ReliefField Relief { get; }

    public SiteLandforms Landforms { get; }

    public BaseTerrain Terrain { get; }

    public RiverNetwork Rivers { get; }

    public BiomeField Biomes { get; }

    /// <summary>The spawn area's plan; null only while it is being made.</summary>
    public SitePlan? Site { get; }

    /// <summary>Buildings and roads of the world beyond the spawn area; null only while the site is being planned.</summary>
    public RegionPlanner? Regions { get; }

    public bool HasSea => Relief.HasSea;

    /// <summary>Collects every feature that can shape the box [min, max] (m), in canonical order.</summary>
    public void Gather(float minX, float minZ, float maxX, float maxZ, FeatureSet f, bool withRegions = true)
    {
        f.Clear();
        Rivers.Gather(minX, minZ, maxX, maxZ, f.Rivers, f.Lakes);
        foreach (RiverEdge r in Landforms.Rivers)
        {
            if (r.Overlaps(minX, minZ, maxX, maxZ))
            {
                f.Rivers.Add(r);
            }
        }
        foreach (Lake l in Landforms.Lakes)
        {
            if (l.Overlaps(minX, minZ, maxX, maxZ))
            {
                f.Lakes.Add(l);
            }
        }
        Site?.Gather(minX, minZ, maxX, maxZ, f);
        if (withRegions)
        {
            Regions?.Gather(minX, minZ, maxX, maxZ, f);
        }
        f.Canonicalise();
    }

    /// <summary>Ground height at one point (m), from the features that reach it; equal to a chunk's sample there.</summary>
    public float SurfaceHeight(float x, float z)
    {
        var f = new FeatureSet();
        Gather(x, z, x, z, f);
        return SurfaceField.Height(Terrain, f, x, z);
    }

    /// <summary>Ground height and water level at one point (m; water −∞ when no water body is near).</summary>
    public (float Ground, float Water) Surface(float x, float z, bool withRegions = true)
    {
        var f = new FeatureSet();
        Gather(x, z, x, z, f, withRegions);
        return (SurfaceField.Height(Terrain, f, x, z), SurfaceField.WaterLevel(HasSea, f, x, z));
    }
}
