using System.Collections.Concurrent;
using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Layout;

/// <summary>
/// Buildings of the world beyond the spawn area, decided per region (<see cref="Size"/> m square) so a cabin is
/// whole whichever chunk asks: every chunk it touches reads the same plan. The kinds follow the prompt's requested
/// structures, else what suits the biome (cabins in forests, houses and barns in meadows and farmland, ruins in
/// deserts). Plans are cached by region; a plan is a pure function of (spec, seed, region), so the cache is
/// deterministic and thread-safe.
/// </summary>
internal sealed class RegionPlanner
{
    /// <summary>Region edge, metres.</summary>
    public const int Size = 256;

    /// <summary>Largest reach of anything a region holds beyond its square, metres (footprint + pad blend).</summary>
    public const float Reach = 40f;

    private const int CacheLimit = 50_000;

    private readonly WorldModel _m;
    private readonly ulong _seed;
    private readonly bool _none;
    private readonly SemanticLabel[] _requested;
    private readonly ConcurrentDictionary<long, RegionPlan> _plans = new();

    public RegionPlanner(WorldModel m)
    {
        _m = m;
        _seed = StableHash.Stage(m.Seed, "region");
        _none = m.Spec.NoStructures;
        _requested = [.. m.Spec.Features.Select(f => f.Label)
            .Where(l => SemanticLabels.IsBuilding(l) && l is not (SemanticLabel.Castle or SemanticLabel.Lighthouse))
            .Where(l => !SitePlan.Excluded(m.Spec, l)).Distinct()];
    }

    public void Gather(float minX, float minZ, float maxX, float maxZ, FeatureSet f)
    {
        if (_none)
        {
            return;
        }
        foreach (RegionPlan plan in PlansNear(minX, minZ, maxX, maxZ))
        {
            foreach (Pad p in plan.Pads)
            {
                if (p.Overlaps(minX, minZ, maxX, maxZ))
                {
                    f.Pads.Add(p);
                }
            }
            foreach (RoadSegment r in plan.Roads)
            {
                if (r.Overlaps(minX, minZ, maxX, maxZ))
                {
                    f.Roads.Add(r);
                }
            }
        }
    }

    /// <summary>Objects of every region whose anchor lies in the box [min, max) (m).</summary>
    public void ObjectsIn(float minX, float minZ, float maxX, float maxZ, List<PlacedObject> into)
    {
        if (_none)
        {
            return;
        }
        foreach (RegionPlan plan in PlansNear(minX, minZ, maxX, maxZ))
        {
            foreach (PlacedObject o in plan.Objects)
            {
                if (o.Position.X >= minX && o.Position.X < maxX && o.Position.Z >= minZ && o.Position.Z < maxZ)
                {
                    into.Add(o);
                }
            }
        }
    }

    private IEnumerable<RegionPlan> PlansNear(float minX, float minZ, float maxX, float maxZ)
    {
        int i0 = (int)MathF.Floor((minX - Reach) / Size), i1 = (int)MathF.Floor((maxX + Reach) / Size);
        int j0 = (int)MathF.Floor((minZ - Reach) / Size), j1 = (int)MathF.Floor((maxZ + Reach) / Size);
        for (int j = j0; j <= j1; j++)
        {
            for (int i = i0; i <= i1; i++)
            {
                yield return PlanAt(i, j);
            }
        }
    }

    private RegionPlan PlanAt(int i, int j)
    {
        long key = ((long)i << 32) | (uint)j;
        if (_plans.TryGetValue(key, out RegionPlan? p))
        {
            return p;
        }
        RegionPlan made = MakePlan(i, j);
        if (_plans.Count > CacheLimit)
        {
            _plans.Clear();
        }
        _plans.TryAdd(key, made);
        return made;
    }

    private RegionPlan MakePlan(int i, int j)
    {
        var plan = new RegionPlan();
        var rng = new Rng(StableHash.Combine(_seed, i, j));
        // About one building every two regions: a lone cabin or farm every few hundred metres.
        int count = rng.Chance(0.45f) ? (rng.Chance(0.3f) ? 2 : 1) : 0;
        var taken = new List<(float X, float Z, float R)>();
        for (int n = 0; n < count; n++)
        {
            for (int attempt = 0; attempt < 6; attempt++)
            {
                float x = (i * Size) + rng.Range(Reach, Size - Reach);
                float z = (j * Size) + rng.Range(Reach, Size - Reach);
                if (MathF.Sqrt((x * x) + (z * z)) < SitePlan.KeepOut + Reach)
                {
                    continue;
                }
                (float g, float w) = _m.Surface(x, z, withRegions: false);
                SemanticLabel label = Choose(ref rng, _m.Biomes.At(x, z, g));
                ObjectCatalog.Entry e = ObjectCatalog.Get(label);
                if ((_m.V2 && _m.Site!.HoldsCount(label, x, z)) || !Fits(x, z, e.Footprint, g, w) || taken.Any(t => ((t.X - x) * (t.X - x)) + ((t.Z - z) * (t.Z - z)) < (t.R + e.Footprint + 6f) * (t.R + e.Footprint + 6f)))
                {
                    continue;
                }
                ulong id = Ids.Make(_seed, i, j, (n * 8) + attempt);
                FeatureRequest? f = _m.Spec.Features.FirstOrDefault(r => r.Label == label);
                var orng = new Rng(id);
                plan.Objects.Add(new PlacedObject(id, label, new Vector3(x, g, z), orng.Range(0f, 2f * MathF.PI), 1f,
                    f?.Color ?? ObjectCatalog.Vary(e.Tint, StableHash.Mix(id)), e.HalfExtents, (byte)orng.Next(256), f?.Material ?? MaterialKind.Unspecified));
                plan.Pads.Add(new Pad(id, x, z, (e.Footprint * 0.85f) + 1f, g));
                taken.Add((x, z, e.Footprint));
                break;
            }
        }
        return plan;
    }

    private bool Fits(float x, float z, float r, float g, float w)
    {
        if (w > g - 0.5f)
        {
            return false;
        }
        for (int k = 0; k < 4; k++)
        {
            float ox = k == 0 ? r : k == 1 ? -r : 0f, oz = k == 2 ? r : k == 3 ? -r : 0f;
            (float gk, float wk) = _m.Surface(x + ox, z + oz, withRegions: false);
            if (wk > gk - 0.5f || MathF.Abs(gk - g) > 1.5f + (0.2f * r))
            {
                return false;
            }
        }
        return true;
    }

    private SemanticLabel Choose(ref Rng rng, Biome biome)
    {
        if (_requested.Length > 0 && rng.Chance(0.6f))
        {
            return _requested[rng.Next(_requested.Length)];
        }
        return biome switch
        {
            Biome.ConiferForest or Biome.BirchForest or Biome.Tundra => rng.Chance(0.8f) ? SemanticLabel.Cabin : SemanticLabel.Ruins,
            Biome.BroadleafForest or Biome.Jungle or Biome.BambooForest => rng.Chance(0.6f) ? SemanticLabel.Cabin : SemanticLabel.Ruins,
            Biome.Farmland => rng.Chance(0.5f) ? SemanticLabel.Barn : (rng.Chance(0.5f) ? SemanticLabel.House : SemanticLabel.Windmill),
            Biome.Desert => SemanticLabel.Ruins,
            Biome.Beach or Biome.PalmGrove => rng.Chance(0.8f) ? SemanticLabel.Cottage : SemanticLabel.Lighthouse,
            Biome.Urban or Biome.Suburban => rng.Chance(0.7f) ? SemanticLabel.House : SemanticLabel.Shop,
            _ => rng.Chance(0.5f) ? SemanticLabel.House : (rng.Chance(0.6f) ? SemanticLabel.Cottage : SemanticLabel.Barn),
        };
    }
}
