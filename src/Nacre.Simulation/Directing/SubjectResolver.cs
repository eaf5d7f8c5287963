using System.Globalization;
using System.Numerics;
using Nacre.Core;
using Nacre.Language.Directing;
using Nacre.WorldGen;

namespace Nacre.Simulation.Directing;

/// <summary>
/// Finds what a <see cref="SubjectQuery"/> means in the world around the camera: labelled objects (generated, placed
/// and acting) within <see cref="SearchRadius"/>, and landforms read from the ground (water, roads, sand, biomes,
/// heights). Plain subjects mean the nearest match; ordinals count outward from the camera; superlatives compare
/// within <see cref="CompareRadius"/>. Deterministic: ties break by object id.
/// </summary>
public sealed class SubjectResolver
{
    /// <summary>How far from the camera subjects are looked for, metres.</summary>
    public const float SearchRadius = 320f;

    /// <summary>How far "the tallest tree" and "all the cars" look, metres.</summary>
    public const float CompareRadius = 150f;

    /// <summary>How close "the car by the lake" must be to the lake, metres.</summary>
    public const float NearDistance = 30f;

    private readonly DirectorWorld _world;
    private readonly Func<Vector3, float, IReadOnlyList<PlacedObject>> _objectsNear;

    /// <param name="world">Ground and landforms.</param>
    /// <param name="objectsNear">The objects that exist now near a point (generated minus removed, plus placed and actors).</param>
    public SubjectResolver(DirectorWorld world, Func<Vector3, float, IReadOnlyList<PlacedObject>> objectsNear)
    {
        _world = world;
        _objectsNear = objectsNear;
    }

    /// <summary>The one subject a query means. Throws <see cref="DirectingException"/> listing candidates when there is none.</summary>
    public ResolvedSubject Resolve(SubjectQuery query, CameraPose camera, ResolvedSubject? previous)
    {
        IReadOnlyList<ResolvedSubject> all = ResolveAll(query with { All = false }, camera, previous);
        return all[0];
    }

    /// <summary>Every subject a query means ("all the trees" → many; otherwise one). Never empty: throws instead.</summary>
    public IReadOnlyList<ResolvedSubject> ResolveAll(SubjectQuery query, CameraPose camera, ResolvedSubject? previous)
    {
        ArgumentNullException.ThrowIfNull(query);
        switch (query.Reference)
        {
            case SubjectReference.Camera:
                Vector3 ahead = camera.Position + (Flat(camera.Forward) * 6f);
                ahead.Y = _world.SurfaceHeight(ahead.X, ahead.Z);
                return [new ResolvedSubject("the camera", ahead, new Vector3(0.5f), camera.Yaw, 0, SemanticLabel.None, SubjectKind.Camera)];
            case SubjectReference.Previous:
                return previous is null
                    ? throw new DirectingException($"'{query.Text}' has nothing to refer to yet: name the subject, e.g. 'the cabin'")
                    : [previous];
        }
        if (query.Landform is { } landform)
        {
            Vector3 from = camera.Position;
            if (query.RelativeTo is not null)
            {
                from = Resolve(query.RelativeTo, camera, previous).Base;
            }
            return [ResolveLandform(landform, query, from)];
        }
        return ResolveObjects(query, camera, previous);
    }

    private List<ResolvedSubject> ResolveObjects(SubjectQuery query, CameraPose camera, ResolvedSubject? previous)
    {
        Vector3 eye = camera.Position;
        IReadOnlyList<PlacedObject> near = _objectsNear(eye, SearchRadius);
        var labels = new HashSet<SemanticLabel>(query.Labels);
        List<PlacedObject> matches = [.. near.Where(o => labels.Contains(o.Label))];
        string noun = query.Noun;
        if (matches.Count == 0)
        {
            throw new DirectingException($"no {noun} within {SearchRadius:0} m of the camera{Nearby(near, eye)}");
        }
        if (query.Color is { } color)
        {
            List<PlacedObject> coloured = [.. matches.Where(o => ColourDistance(o.Tint, color.Rgb) < 110f)];
            if (coloured.Count == 0)
            {
                string seen = string.Join(", ", matches.OrderBy(o => Dist(o.Position, eye)).Take(4)
                    .Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Tint} ({Dist(o.Position, eye):0} m)")));
                throw new DirectingException($"no {color.Name} {noun} within {SearchRadius:0} m — the {noun}s nearby are coloured {seen}");
            }
            matches = coloured;
        }
        Vector3 origin = eye;
        if (query.RelativeTo is { } anchorQuery)
        {
            ResolvedSubject anchor = Resolve(anchorQuery, new CameraPose(eye, camera.Yaw, camera.Pitch), previous);
            origin = anchor.Base;
            List<PlacedObject> close = [.. matches.Where(o => DistanceTo(anchor, o.Position) <= NearDistance)];
            if (close.Count == 0)
            {
                PlacedObject nearest = matches.OrderBy(o => DistanceTo(anchor, o.Position)).ThenBy(o => o.Id).First();
                throw new DirectingException(string.Create(CultureInfo.InvariantCulture,
                    $"no {noun} within {NearDistance:0} m of {anchor.Name} — the nearest {noun} is {DistanceTo(anchor, nearest.Position):0} m from it"));
            }
            matches = close;
        }
        List<PlacedObject> ordered = [.. matches.OrderBy(o => Dist(o.Position, origin)).ThenBy(o => o.Id)];
        if (query.All)
        {
            float radius = query.RelativeTo is null ? CompareRadius : NearDistance;
            List<PlacedObject> within = [.. ordered.Where(o => Dist(o.Position, origin) <= radius)];
            return [.. (within.Count > 0 ? within : ordered.Take(1)).Select(o => ToSubject(o, query))];
        }
        PlacedObject chosen;
        if (query.Superlative is not (Superlative.None or Superlative.Nearest))
        {
            List<PlacedObject> pool = [.. ordered.Where(o => Dist(o.Position, origin) <= CompareRadius)];
            if (pool.Count == 0)
            {
                pool = ordered;
            }
            chosen = query.Superlative switch
            {
                Superlative.Farthest => pool[^1],
                Superlative.Tallest => pool.OrderByDescending(o => ObjectBounds.HalfExtents(o).Y).ThenBy(o => o.Id).First(),
                Superlative.Shortest => pool.OrderBy(o => ObjectBounds.HalfExtents(o).Y).ThenBy(o => o.Id).First(),
                Superlative.Largest => pool.OrderByDescending(o => Volume(o)).ThenBy(o => o.Id).First(),
                _ => pool.OrderBy(o => Volume(o)).ThenBy(o => o.Id).First(),
            };
        }
        else if (query.Ordinal != 0)
        {
            int index = query.Ordinal < 0 ? ordered.Count - 1 : query.Ordinal - 1;
            if (index >= ordered.Count)
            {
                throw new DirectingException($"there {(ordered.Count == 1 ? "is only one" : $"are only {ordered.Count}")} {noun}{(ordered.Count == 1 ? "" : "s")} within {SearchRadius:0} m of the camera");
            }
            chosen = ordered[index];
        }
        else
        {
            chosen = ordered[0];
        }
        return [ToSubject(chosen, query)];
    }

    private static ResolvedSubject ToSubject(PlacedObject o, SubjectQuery query) =>
        new($"the {(query.Noun.Length > 0 ? query.Noun : SemanticLabels.Name(o.Label))}", o.Position, ObjectBounds.HalfExtents(o), o.Yaw, o.Id, o.Label, SubjectKind.Object);

    private static float Volume(PlacedObject o)
    {
        Vector3 h = ObjectBounds.HalfExtents(o);
        return h.X * h.Y * h.Z;
    }

    private static float ColourDistance(Rgb a, Rgb b)
    {
        float dr = a.R - b.R, dg = a.G - b.G, db = a.B - b.B;
        return MathF.Sqrt((dr * dr) + (dg * dg) + (db * db));
    }

    private static float Dist(Vector3 a, Vector3 b) => Vector2.Distance(new Vector2(a.X, a.Z), new Vector2(b.X, b.Z));

    /// <summary>Horizontal distance from a point to a subject: to its footprint for objects, to its point for landforms.</summary>
    private static float DistanceTo(ResolvedSubject s, Vector3 p) =>
        MathF.Max(0f, Dist(s.Base, p) - (s.Kind == SubjectKind.Landform ? 0f : MathF.Max(s.HalfExtents.X, s.HalfExtents.Z)));

    private static Vector3 Flat(Vector3 v)
    {
        var f = new Vector3(v.X, 0f, v.Z);
        return f.LengthSquared() < 1e-8f ? new Vector3(0f, 0f, -1f) : Vector3.Normalize(f);
    }

    /// <summary>", nearby: cabin (42 m), barn (80 m)" — the notable things around, for messages.</summary>
    private static string Nearby(IReadOnlyList<PlacedObject> near, Vector3 eye)
    {
        string[] names = [.. near
            .Where(o => SemanticLabels.IsStructure(o.Label) || SemanticLabels.IsProp(o.Label) || SemanticLabels.IsCharacter(o.Label))
            .OrderBy(o => Dist(o.Position, eye)).ThenBy(o => o.Id)
            .DistinctBy(o => o.Label)
            .Take(6)
            .Select(o => string.Create(CultureInfo.InvariantCulture, $"{SemanticLabels.Name(o.Label)} ({Dist(o.Position, eye):0} m)"))];
        return names.Length == 0 ? " (nothing built or living is near)" : " — nearby: " + string.Join(", ", names);
    }

    private ResolvedSubject ResolveLandform(AnchorKind kind, SubjectQuery query, Vector3 from)
    {
        string name = $"the {query.Noun}";
        Vector3 size = kind switch
        {
            AnchorKind.Road => new(3f, 0.5f, 3f),
            AnchorKind.Hill or AnchorKind.Mountain => new(30f, 12f, 30f),
            AnchorKind.Forest => new(20f, 8f, 20f),
            AnchorKind.Beach or AnchorKind.Coast => new(10f, 1f, 10f),
            _ => new(15f, 1f, 15f),
        };
        if (kind is AnchorKind.Hill or AnchorKind.Mountain or AnchorKind.Valley or AnchorKind.Cliff)
        {
            Vector3? p = Extreme(kind, from);
            return p is { } v
                ? new ResolvedSubject(name, v, size, 0f, 0, SemanticLabel.Terrain, SubjectKind.Landform)
                : throw new DirectingException($"no {query.Noun} within {SearchRadius:0} m of the camera");
        }
        Func<float, float, bool> match = kind switch
        {
            AnchorKind.Lake or AnchorKind.River or AnchorKind.Waterfall => (x, z) => _world.IsWater(x, z) && _world.WaterSurface(x, z) > 0.25f,
            AnchorKind.Sea or AnchorKind.Coast => (x, z) => _world.IsWater(x, z) && _world.WaterSurface(x, z) <= 0.25f,
            AnchorKind.Beach => (x, z) => _world.GroundAt(x, z) == GroundKind.Sand && !_world.IsWater(x, z),
            AnchorKind.Road => (x, z) => _world.GroundAt(x, z) is GroundKind.Road or GroundKind.Path or GroundKind.Pavement,
            AnchorKind.Meadow => (x, z) => _world.BiomeAt(x, z) == Biome.Meadow && _world.GroundAt(x, z) is GroundKind.Grass or GroundKind.DryGrass && !_world.IsWater(x, z),
            AnchorKind.Field => (x, z) => _world.GroundAt(x, z) == GroundKind.Farmland || _world.BiomeAt(x, z) == Biome.Farmland,
            AnchorKind.Forest => (x, z) => _world.GroundAt(x, z) == GroundKind.ForestFloor,
            AnchorKind.Desert => (x, z) => _world.BiomeAt(x, z) == Biome.Desert,
            AnchorKind.Swamp => (x, z) => _world.BiomeAt(x, z) == Biome.Swamp,
            AnchorKind.Island => (x, z) => !_world.IsWater(x, z) && _world.IsWater(x + 40f, z) && _world.IsWater(x - 40f, z) && _world.IsWater(x, z + 40f) && _world.IsWater(x, z - 40f),
            _ => (x, z) => _world.IsWater(x, z),
        };
        Vector3? found = Nearest(from, match);
        if (found is null && kind is AnchorKind.Lake or AnchorKind.River or AnchorKind.Sea or AnchorKind.Coast or AnchorKind.Waterfall)
        {
            found = Nearest(from, _world.IsWater); // "the lake" when the only water is the sea, and the other way round
        }
        return found is { } f
            ? new ResolvedSubject(name, f, size, 0f, 0, kind is AnchorKind.Road ? SemanticLabel.Road : SemanticLabel.Water, SubjectKind.Landform)
            : throw new DirectingException($"no {query.Noun} within {SearchRadius:0} m of the camera");
    }

    /// <summary>The nearest point (2 m grid) within the search radius where <paramref name="match"/> holds, searching chunk rings outward.</summary>
    private Vector3? Nearest(Vector3 from, Func<float, float, bool> match)
    {
        const float Step = 2f;
        float best = float.MaxValue;
        Vector3? bestPoint = null;
        foreach (ChunkCoord cc in DirectorWorld.ChunksAround(from, SearchRadius))
        {
            // Nearest possible point of this chunk; once a ring is farther than the best, nothing closer remains.
            float cx = Math.Clamp(from.X, cc.MinX, cc.MinX + ChunkCoord.Size), cz = Math.Clamp(from.Z, cc.MinZ, cc.MinZ + ChunkCoord.Size);
            float chunkNear = Vector2.Distance(new Vector2(cx, cz), new Vector2(from.X, from.Z));
            if (chunkNear > best + (ChunkCoord.Size * 1.5f) || chunkNear > SearchRadius)
            {
                continue;
            }
            for (float z = cc.MinZ + (Step / 2f); z < cc.MinZ + ChunkCoord.Size; z += Step)
            {
                for (float x = cc.MinX + (Step / 2f); x < cc.MinX + ChunkCoord.Size; x += Step)
                {
                    float d = Vector2.Distance(new Vector2(x, z), new Vector2(from.X, from.Z));
                    if (d < best && d <= SearchRadius && match(x, z))
                    {
                        best = d;
                        bestPoint = new Vector3(x, _world.SurfaceHeight(x, z), z);
                    }
                }
            }
        }
        return bestPoint;
    }

    /// <summary>Highest ground (hill, mountain), lowest dry ground (valley) or steepest slope (cliff) within the search radius, 4 m grid.</summary>
    private Vector3? Extreme(AnchorKind kind, Vector3 from)
    {
        const float Step = 4f;
        float bestScore = float.MinValue;
        Vector3? best = null;
        for (float dz = -SearchRadius; dz <= SearchRadius; dz += Step)
        {
            for (float dx = -SearchRadius; dx <= SearchRadius; dx += Step)
            {
                if ((dx * dx) + (dz * dz) > SearchRadius * SearchRadius)
                {
                    continue;
                }
                float x = from.X + dx, z = from.Z + dz;
                if (_world.IsWater(x, z))
                {
                    continue;
                }
                float h = _world.GroundHeight(x, z);
                float score = kind switch
                {
                    AnchorKind.Valley => -h,
                    AnchorKind.Cliff => MathF.Abs(_world.GroundHeight(x + 2f, z) - _world.GroundHeight(x - 2f, z)) + MathF.Abs(_world.GroundHeight(x, z + 2f) - _world.GroundHeight(x, z - 2f)),
                    _ => h,
                };
                if (score > bestScore)
                {
                    bestScore = score;
                    best = new Vector3(x, h, z);
                }
            }
        }
        return best;
    }
}
