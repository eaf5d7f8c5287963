using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen.Hydrology;
using Nacre.WorldGen.Terrain;

namespace Nacre.WorldGen.Layout;

/// <summary>
/// Realises the prompt around the origin: a road (and the settlement along it) when asked, each spatial relation
/// placed against its anchor (by the lake's shore, on the hill's top, along or over the river, on the cliff by the
/// sea), every requested feature with its count, then the main subject and a spawn point 20–80 m from it on dry,
/// gentle ground with a clear view. All choices come from hashes of the seed; the plan is a pure function of the spec.
/// Generator v2 lays the settlement out first (<see cref="WorldSpec.Layout"/>), places every request only where its
/// <see cref="PlacementRules"/> footing holds and with the count asked for, and reports what had nowhere to stand.
/// </summary>
internal sealed partial class SitePlanner
{
    private readonly WorldModel _m;
    private readonly WorldSpec _spec;
    private readonly ulong _seed;
    private readonly List<PlacedObject> _objects = [];
    private readonly List<Pad> _pads = [];
    private readonly List<RoadSegment> _roads = [];
    private readonly List<(float X, float Z, float R)> _occupied = [];
    private readonly HashSet<SemanticLabel> _done = [];
    private (Vector3 Position, SemanticLabel Label, float Radius)? _subject;
    private int _serial;

    private SitePlanner(WorldModel m)
    {
        _m = m;
        _spec = m.Spec;
        _seed = StableHash.Stage(m.Seed, "site");
    }

    public static SitePlan Plan(WorldModel m)
    {
        var p = new SitePlanner(m);
        p.PlanRoad();
        foreach (SpatialRelation rel in p._spec.Relations)
        {
            p.PlaceRelation(rel);
        }
        if (p._m.V2)
        {
            p.PlaceSettlement(); // v2 lays the settlement out first, so requests can join it (a crowd on its square)
        }
        foreach (FeatureRequest f in p._spec.Features)
        {
            p.PlaceFeature(f);
        }
        if (p._m.V2)
        {
            p.Revalidate();
        }
        else
        {
            p.PlaceSettlement();
        }
        p.ChooseSubject();
        SpawnPoint spawn = m.V2 ? p.SolveSpawn() : p.ChooseSpawn();
        var plan = new SitePlan { Spawn = spawn };
        plan.Objects.AddRange(p._objects);
        plan.Pads.AddRange(p._pads);
        plan.Roads.AddRange(p._roads);
        if (m.V2)
        {
            p.Finish(plan);
            p.ClearView(plan, spawn);
        }
        else
        {
            ClearLineOfSight(plan, spawn);
        }
        return plan;
    }

    /// <summary>v1 clearings: where the visitor stands and a thin line toward the subject.</summary>
    private static void ClearLineOfSight(SitePlan plan, SpawnPoint spawn)
    {
        plan.Clearings.Add((spawn.Position.X, spawn.Position.Z, 7f));
        if (spawn.SubjectPosition is { } s)
        {
            // Keep trees out of the line of sight, from the spawn to a few metres short of the subject.
            float dx = s.X - spawn.Position.X, dz = s.Z - spawn.Position.Z;
            float len = MathF.Sqrt((dx * dx) + (dz * dz));
            for (float t = 3f; t < len - 4f; t += 3f)
            {
                plan.Clearings.Add((spawn.Position.X + (dx * t / len), spawn.Position.Z + (dz * t / len), 2.5f + (t * 0.04f)));
            }
        }
    }

    private Rng RngFor(int salt) => new(StableHash.Combine(_seed, (ulong)(uint)salt, (ulong)_serial));

    private FeatureRequest? FeatureFor(SemanticLabel label) => _spec.Features.FirstOrDefault(f => f.Label == label);

    private (float Ground, float Water) Probe(float x, float z) => _m.Surface(x, z, withRegions: false);

    /// <summary>Dry (ground 0.3 m above any water), gentle and unoccupied ground for an object of radius r (m).</summary>
    private bool IsGood(float x, float z, float r, float maxRise) => !IsOccupied(x, z, r) && IsDryAndGentle(x, z, r, maxRise);

    /// <summary>Ground 0.3 m above any water at (x, z) and at the four points r m away, rising at most <paramref name="maxRise"/> m to them.</summary>
    private bool IsDryAndGentle(float x, float z, float r, float maxRise)
    {
        (float g0, float w0) = Probe(x, z);
        if (w0 > g0 - 0.3f)
        {
            return false;
        }
        for (int k = 0; k < 4; k++)
        {
            float ox = k == 0 ? r : k == 1 ? -r : 0f, oz = k == 2 ? r : k == 3 ? -r : 0f;
            (float g, float w) = Probe(x + ox, z + oz);
            if (w > g - 0.3f || MathF.Abs(g - g0) > maxRise)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// True when one of the first <paramref name="objectsUpTo"/> placed objects (all by default) or a road is within
    /// <paramref name="r"/> m (plus a margin) of (x, z).
    /// </summary>
    private bool IsOccupied(float x, float z, float r, int objectsUpTo = int.MaxValue)
    {
        for (int i = 0; i < objectsUpTo && i < _occupied.Count; i++)
        {
            (float ox, float oz, float or) = _occupied[i];
            float dx = x - ox, dz = z - oz, rr = or + r + 1.5f;
            if ((dx * dx) + (dz * dz) < rr * rr)
            {
                return true;
            }
        }
        foreach (RoadSegment road in _roads)
        {
            if (road.Nearest(x, z, out _, out _) < road.HalfWidth + r + 1f)
            {
                return true;
            }
        }
        return false;
    }

    private static float MaxRise(SemanticLabel label, float r) => SemanticLabels.IsStructure(label) ? 1.5f + (0.25f * r) : 0.5f + (0.4f * r);

    /// <summary>
    /// Adds an object; buildings get a level pad. Returns it. Generator v2 also takes the building's parameters (chosen
    /// when null) and, for the members of a crowd, leaves the ground unclaimed (<paramref name="occupy"/> false).
    /// </summary>
    private PlacedObject Place(SemanticLabel label, float x, float z, float yaw, float? y = null, Vector3? halfExtents = null,
        BuildingParameters? parameters = null, bool occupy = true)
    {
        ObjectCatalog.Entry e = ObjectCatalog.Get(label);
        FeatureRequest? f = FeatureFor(label);
        ulong id = Ids.Make(_seed, _serial++, (int)label, 0);
        var rng = new Rng(id);
        bool building = SemanticLabels.IsStructure(label) && label is not (SemanticLabel.Bridge or SemanticLabel.Pier or SemanticLabel.Fence or SemanticLabel.Wall);
        float scale = building ? 1f : rng.Range(0.85f, 1.15f);
        float ground = Probe(x, z).Ground;
        Rgb tint = f?.Color ?? ObjectCatalog.Vary(e.Tint, StableHash.Mix(id));
        var obj = new PlacedObject(id, label, new Vector3(x, y ?? ground, z), yaw, scale, tint,
            halfExtents ?? (e.HalfExtents * scale), (byte)rng.Next(256), f?.Material ?? MaterialKind.Unspecified);
        if (_m.V2)
        {
            return Commit(obj, f, ref rng, ground, halfExtents, parameters, occupy);
        }
        _objects.Add(obj);
        float footprint = halfExtents is { } h ? MathF.Max(h.X, h.Z) : e.Footprint * scale;
        _occupied.Add((x, z, footprint));
        if (building)
        {
            _pads.Add(new Pad(id, x, z, (e.Footprint * 0.85f) + 1f, ground));
        }
        return obj;
    }

    /// <summary>Tries random spots in a ring around (cx, cz); places the object facing <paramref name="faceX"/>, <paramref name="faceZ"/> (or a random heading).</summary>
    private PlacedObject? PlaceInRing(SemanticLabel label, float cx, float cz, float rMin, float rMax, float? faceX = null, float? faceZ = null)
    {
        ObjectCatalog.Entry e = ObjectCatalog.Get(label);
        Rng rng = RngFor((int)label);
        for (int attempt = 0; attempt < 40; attempt++)
        {
            float b = rng.Range(0f, 2f * MathF.PI);
            float d = rng.Range(rMin, rMax + (attempt * 2f));
            (float dx, float dz) = DetMath.Direction(b);
            float x = cx + (dx * d), z = cz + (dz * d);
            if (!IsGood(x, z, e.Footprint, MaxRise(label, e.Footprint)))
            {
                continue;
            }
            float yaw = faceX is { } fx && faceZ is { } fz ? DetMath.Heading(fx - x, fz - z) : rng.Range(0f, 2f * MathF.PI);
            return Place(label, x, z, yaw);
        }
        return null;
    }

    /// <summary>Alternating offsets 0, +1, −1, +2, −2 … for the k-th of several objects.</summary>
    private static int Alternate(int k) => (k & 1) == 0 ? -(k / 2) : (k + 1) / 2;

    private void NoteSubject(PlacedObject o)
    {
        _subject ??= (o.Position, o.Label, ObjectCatalog.Get(o.Label).Footprint);
    }

    private void ChooseSubject()
    {
        if (_m.V2 && _m.Landforms.Recipe is { } recipe && !ObjectHoldsTheShot())
        {
            // A named landform is what the first look shows; the asked objects are framed with it where possible.
            _subject = (recipe.Focus, recipe.FocusLabel, recipe.HalfWidth);
            return;
        }
        if (_spec.MainSubject is { } main)
        {
            if (main.Kind == AnchorKind.Feature)
            {
                foreach (PlacedObject o in _objects)
                {
                    if (o.Label == main.Label)
                    {
                        _subject = (o.Position, o.Label, ObjectCatalog.Get(o.Label).Footprint);
                        return;
                    }
                }
            }
            else if (Landform(main.Kind) is { } lf)
            {
                _subject = lf;
                return;
            }
        }
        if (_subject is not null)
        {
            return;
        }
        PlacedObject? first = _objects.Where(o => SemanticLabels.IsStructure(o.Label)).Select(o => (PlacedObject?)o).FirstOrDefault()
            ?? _objects.Select(o => (PlacedObject?)o).FirstOrDefault();
        if (first is { } fo)
        {
            _subject = (fo.Position, fo.Label, ObjectCatalog.Get(fo.Label).Footprint);
            return;
        }
        _subject = Landform(AnchorKind.Lake) ?? Landform(AnchorKind.Waterfall) ?? Landform(AnchorKind.River) ?? Landform(AnchorKind.Hill) ?? Landform(AnchorKind.Sea);
        if (_subject is null && _m.V2)
        {
            // Nothing named to look at ("a meadow with no trees at all", "sand dunes"): the land itself is the
            // subject, a stretch of it ahead, framed by the view solver like any landform.
            (float dx, float dz) = DetMath.Direction(new Rng(StableHash.Combine(_seed, 0x1A4DUL)).Range(0f, 2f * MathF.PI));
            SemanticLabel ground = _m.Biomes.Primary switch
            {
                Biome.Desert or Biome.Beach => SemanticLabel.Sand,
                Biome.Tundra => SemanticLabel.Snow,
                _ => SemanticLabel.Terrain,
            };
            _subject = (new Vector3(dx * 90f, Probe(dx * 90f, dz * 90f).Ground, dz * 90f), ground, 45f);
        }
    }

    /// <summary>
    /// Generator v2, in a world built around a named landform: true when the prompt's main subject is an object big
    /// enough to carry the first look with the landform behind it (a lighthouse, a castle, a cabin, a caravan of
    /// camels, a village's boats at their moorings); a lone boat, a person or a campfire is framed as part of the landform's shot instead, and a subject that could not be placed
    /// leaves the landform as the subject.
    /// </summary>
    private bool ObjectHoldsTheShot()
    {
        if (_spec.MainSubject is not { Kind: AnchorKind.Feature } main || !_objects.Any(o => o.Label == main.Label))
        {
            return false;
        }
        ObjectCatalog.Entry e = ObjectCatalog.Get(main.Label);
        // A crowd, a herd, a caravan or the boats of a harbour are big enough together, with the landform as their setting.
        return ObjectCatalog.DrawnHeight(main.Label) >= 4.5f || e.Footprint >= 5f
            || GroupOf(main.Label) is not null;
    }

    private (Vector3, SemanticLabel, float)? Landform(AnchorKind kind)
    {
        SiteLandforms lf = _m.Landforms;
        switch (kind)
        {
            case AnchorKind.Lake when lf.Lake is { } lake:
                return (new Vector3(lake.X, lake.Level, lake.Z), SemanticLabel.Water, lake.Radius * (1f + Lake.Irregularity));
            case AnchorKind.Waterfall when lf.Waterfall is { } w:
                return (new Vector3(w.X, Probe(w.X, w.Z).Ground, w.Z), SemanticLabel.Water, 8f);
            case AnchorKind.River or AnchorKind.Waterfall when lf.River is { } r:
                var c = r.Closest(0f, 0f);
                return (new Vector3(c.X, c.Level, c.Z), SemanticLabel.Water, r.HalfWidth);
            case AnchorKind.Hill or AnchorKind.Mountain or AnchorKind.Cliff when lf.Hill is { } h:
                return (new Vector3(h.X, Probe(h.X, h.Z).Ground, h.Z), SemanticLabel.Terrain, h.Radius * 0.5f);
            case AnchorKind.Sea or AnchorKind.Coast or AnchorKind.Beach or AnchorKind.Cliff when lf.Shore is { } s:
                (float sx, float sz) = _m.Relief.SeaDirection;
                return (new Vector3(s.X + (sx * 25f), 0f, s.Z + (sz * 25f)), SemanticLabel.Water, 10f);
            default:
                return null;
        }
    }

    private SpawnPoint ChooseSpawn()
    {
        if (_subject is not { } subject)
        {
            (float x, float z) = NearestGoodSpot(0f, 0f);
            return new SpawnPoint(new Vector3(x, FinalGround(x, z), z), 0f, null, SemanticLabel.None);
        }
        Vector3 s = subject.Position;
        float baseBearing = (s.X * s.X) + (s.Z * s.Z) > 1f ? DetMath.Heading(-s.X, -s.Z) : new Rng(_seed).Range(0f, 2f * MathF.PI);
        float[] distances = [45f, 38f, 55f, 32f, 64f, 26f, 74f, 22f, 79f];
        for (int a = 0; a < 16; a++)
        {
            float bearing = baseBearing + (Alternate(a) * 0.33f);
            (float dx, float dz) = DetMath.Direction(bearing);
            foreach (float d in distances)
            {
                if (d < subject.Radius + 6f)
                {
                    continue;
                }
                float x = s.X + (dx * d), z = s.Z + (dz * d);
                if (!IsGood(x, z, 1.5f, 0.6f) || !ClearView(x, z, s))
                {
                    continue;
                }
                return new SpawnPoint(new Vector3(x, FinalGround(x, z), z), DetMath.Heading(s.X - x, s.Z - z), s, subject.Label);
            }
        }
        (float fx, float fz) = NearestGoodSpot(s.X, s.Z);
        return new SpawnPoint(new Vector3(fx, FinalGround(fx, fz), fz), DetMath.Heading(s.X - fx, s.Z - fz), s, subject.Label);
    }

    /// <summary>True when the ground between an eye at (x, z) and the subject never rises above the line of sight.</summary>
    private bool ClearView(float x, float z, Vector3 s)
    {
        float eye = Probe(x, z).Ground + 1.7f;
        float target = s.Y + 1.5f;
        float dx = s.X - x, dz = s.Z - z;
        for (float t = 0.1f; t < 0.9f; t += 0.1f)
        {
            if (Probe(x + (dx * t), z + (dz * t)).Ground > DetMath.Lerp(eye, target, t) - 0.3f)
            {
                return false;
            }
        }
        return true;
    }

    private (float X, float Z) NearestGoodSpot(float cx, float cz)
    {
        for (float r = 0f; r < 400f; r += 6f)
        {
            int steps = Math.Max(1, (int)(r / 4f));
            for (int k = 0; k < steps; k++)
            {
                (float dx, float dz) = DetMath.Direction(k * 2f * MathF.PI / steps);
                float x = cx + (dx * r), z = cz + (dz * r);
                if (IsGood(x, z, 1.5f, 0.6f))
                {
                    return (x, z);
                }
            }
        }
        return (cx, cz);
    }

    /// <summary>The ground height the chunks will have at (x, z): bilinear between the 1 m samples, with this plan's pads and roads.</summary>
    private float FinalGround(float x, float z)
    {
        var f = new FeatureSet();
        _m.Gather(x - 1f, z - 1f, x + 1f, z + 1f, f, withRegions: false);
        foreach (Pad p in _pads)
        {
            if (p.Overlaps(x - 1f, z - 1f, x + 1f, z + 1f))
            {
                f.Pads.Add(p);
            }
        }
        foreach (RoadSegment r in _roads)
        {
            if (r.Overlaps(x - 1f, z - 1f, x + 1f, z + 1f))
            {
                f.Roads.Add(r);
            }
        }
        f.Canonicalise();
        BaseTerrain t = _m.Terrain;
        float x0 = MathF.Floor(x), z0 = MathF.Floor(z), fx = x - x0, fz = z - z0;
        float h00 = SurfaceField.Height(t, f, x0, z0), h10 = SurfaceField.Height(t, f, x0 + 1f, z0);
        float h01 = SurfaceField.Height(t, f, x0, z0 + 1f), h11 = SurfaceField.Height(t, f, x0 + 1f, z0 + 1f);
        return DetMath.Lerp(DetMath.Lerp(h00, h10, fx), DetMath.Lerp(h01, h11, fx), fz);
    }
}
