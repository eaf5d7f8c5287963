using Nacre.Core;

namespace Nacre.WorldGen.Layout;

/// <summary>
/// What the prompt asked for, realised around the spawn point: the objects of its relations and features, the
/// pads and roads under them, the spawn itself and the clear sight line to the main subject. Immutable once made.
/// </summary>
internal sealed class SitePlan
{
    /// <summary>Radius (m) around the origin that region plans leave to the site.</summary>
    public const float KeepOut = 230f;

    public List<PlacedObject> Objects { get; } = [];

    public List<Pad> Pads { get; } = [];

    public List<RoadSegment> Roads { get; } = [];

    /// <summary>Discs (x, z, radius m) kept free of trees and props: around the spawn and along the sight line.</summary>
    public List<(float X, float Z, float R)> Clearings { get; } = [];

    public required SpawnPoint Spawn { get; init; }

    /// <summary>Radius (m) around the origin within which a counted request's label is the requested count (generator v2).</summary>
    public const float CountRadius = 250f;

    /// <summary>Radius (m) around the spawn point within which a counted request's label is the requested count (generator v2).</summary>
    public const float CountViewRadius = 256f;

    /// <summary>Requested objects, or parts of their counts, that had nowhere to stand (generator v2).</summary>
    public List<UnplacedRequest> Unplaced { get; } = [];

    /// <summary>
    /// Labels asked for with a number ("just four palm trees"): the background stages place none of them within
    /// <see cref="CountRadius"/> of the origin or <see cref="CountViewRadius"/> of the spawn (generator v2).
    /// </summary>
    public HashSet<Core.SemanticLabel> Counted { get; } = [];

    /// <summary>Paved squares, quays, fields and yards of the settlement's layout (generator v2).</summary>
    public List<Plot> Plots { get; } = [];

    /// <summary>True when the background population of <paramref name="label"/> must leave (x, z) to the site's counted request.</summary>
    public bool HoldsCount(Core.SemanticLabel label, float x, float z)
    {
        if (Counted.Count == 0 || !Counted.Contains(label))
        {
            return false;
        }
        float sx = x - Spawn.Position.X, sz = z - Spawn.Position.Z;
        return (x * x) + (z * z) < CountRadius * CountRadius || (sx * sx) + (sz * sz) < CountViewRadius * CountViewRadius;
    }

    public void Gather(float minX, float minZ, float maxX, float maxZ, FeatureSet f)
    {
        foreach (Pad p in Pads)
        {
            if (p.Overlaps(minX, minZ, maxX, maxZ))
            {
                f.Pads.Add(p);
            }
        }
        foreach (RoadSegment r in Roads)
        {
            if (r.Overlaps(minX, minZ, maxX, maxZ))
            {
                f.Roads.Add(r);
            }
        }
    }

    /// <summary>True when (x, z) lies within a clearing grown by <paramref name="margin"/> m.</summary>
    public bool InClearing(float x, float z, float margin)
    {
        foreach ((float cx, float cz, float r) in Clearings)
        {
            float dx = x - cx, dz = z - cz, rr = r + margin;
            if ((dx * dx) + (dz * dz) < rr * rr)
            {
                return true;
            }
        }
        return false;
    }

    public static bool Excluded(WorldSpec spec, SemanticLabel label)
    {
        Exclusions x = spec.Exclude;
        return (SemanticLabels.IsStructure(label) && (x & Exclusions.Structures) != 0)
            || (SemanticLabels.IsTree(label) && (x & Exclusions.Trees) != 0)
            || (SemanticLabels.IsVegetation(label) && (x & Exclusions.Vegetation) != 0)
            || (SemanticLabels.IsCharacter(label) && (x & Exclusions.Characters) != 0)
            || (label == SemanticLabel.Person && (x & Exclusions.People) != 0)
            || (SemanticLabels.IsCharacter(label) && label != SemanticLabel.Person && (x & Exclusions.Animals) != 0)
            || (SemanticLabels.IsVehicle(label) && (x & Exclusions.Vehicles) != 0)
            || (label is SemanticLabel.Boulder or SemanticLabel.Stone && (x & Exclusions.Rocks) != 0);
    }
}
