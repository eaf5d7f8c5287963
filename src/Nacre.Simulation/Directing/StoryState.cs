using System.Numerics;
using Nacre.Core;
using Nacre.Language.Directing;
using Nacre.WorldGen;

namespace Nacre.Simulation.Directing;

/// <summary>
/// The story on top of the generated world: placed, moved, recoloured and removed objects (world edits), and actors
/// with behaviours (take only). Objects are kept by id in sorted order, so snapshots list them identically on every
/// run. Not thread-safe: one session owns one.
/// </summary>
public sealed partial class StoryState
{
    private readonly DirectorWorld _world;
    private readonly ulong _seed;
    private readonly SortedDictionary<ulong, PlacedObject> _objects = [];   // placed objects and changed generated ones
    private readonly HashSet<ulong> _placedIds = [];                        // ids that are not in the generated world
    private readonly HashSet<ulong> _removed = [];                          // generated ids removed
    private readonly List<WorldEdit> _edits = [];

    public StoryState(DirectorWorld world, ulong seed)
    {
        _world = world;
        _seed = seed;
    }

    /// <summary>Every world edit made so far, in order (what goes to the world's edit log).</summary>
    public IReadOnlyList<WorldEdit> Edits => _edits;

    /// <summary>Objects drawn on top of the generated chunks (placed, changed, acting), ordered by id.</summary>
    public IReadOnlyList<PlacedObject> ExtraObjects => [.. _objects.Values];

    /// <summary>Generated ids not to draw: removed, or replaced by an entry of <see cref="ExtraObjects"/>.</summary>
    public IReadOnlySet<ulong> HiddenObjectIds => new HashSet<ulong>(_removed.Concat(_objects.Keys.Where(id => !_placedIds.Contains(id))));

    /// <summary>The objects that exist now within <paramref name="radius"/> of <paramref name="centre"/>: generated minus removed and changed, plus extras.</summary>
    public IReadOnlyList<PlacedObject> ObjectsNear(Vector3 centre, float radius)
    {
        var list = new List<PlacedObject>();
        foreach (PlacedObject o in _world.ObjectsNear(centre, radius))
        {
            if (!_removed.Contains(o.Id) && !_objects.ContainsKey(o.Id))
            {
                list.Add(o);
            }
        }
        float r2 = radius * radius;
        foreach (PlacedObject o in _objects.Values)
        {
            float dx = o.Position.X - centre.X, dz = o.Position.Z - centre.Z;
            if ((dx * dx) + (dz * dz) <= r2)
            {
                list.Add(o);
            }
        }
        return list;
    }

    /// <summary>The current state of an object by id (placed, changed or generated near <paramref name="near"/>), or null if gone.</summary>
    public PlacedObject? Find(ulong id, Vector3 near)
    {
        if (_objects.TryGetValue(id, out PlacedObject o))
        {
            return o;
        }
        if (_removed.Contains(id))
        {
            return null;
        }
        foreach (PlacedObject g in _world.ObjectsNear(near, 48f))
        {
            if (g.Id == id)
            {
                return g;
            }
        }
        return null;
    }

    /// <summary>Re-applies an edit read from the world's edit log (reopening a world), without logging it again.</summary>
    public void Apply(WorldEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        switch (edit.Kind)
        {
            case WorldEditKind.Place:
                _placedIds.Add(edit.ObjectId);
                _objects[edit.ObjectId] = edit.Object!.Value;
                break;
            case WorldEditKind.Remove:
                if (!_placedIds.Remove(edit.ObjectId))
                {
                    _removed.Add(edit.ObjectId);
                }
                _objects.Remove(edit.ObjectId);
                _actors.Remove(edit.ObjectId);
                break;
            default:
                _objects[edit.ObjectId] = edit.Object!.Value;
                break;
        }
    }

    private void Record(WorldEdit edit)
    {
        Apply(edit);
        _edits.Add(edit);
    }

    /// <summary>Places <paramref name="command"/>'s objects around the resolved anchor; returns them.</summary>
    public IReadOnlyList<PlacedObject> Spawn(long tick, int serial, SpawnCommand command, ResolvedSubject anchor, CameraPose camera)
    {
        ArgumentNullException.ThrowIfNull(command);
        (Vector3 half, Rgb tint) = SpawnCatalog.Get(command.Label);
        var placed = new List<PlacedObject>();
        ulong root = StableHash.Combine(StableHash.Stage(_seed, "directing.spawn"), (ulong)tick, (ulong)serial);
        for (int i = 0; i < command.Count; i++)
        {
            ulong id = StableHash.Combine(root, (ulong)i) | 1UL;
            var rng = new Rng(StableHash.Mix(id));
            float scale = SemanticLabels.IsCharacter(command.Label) || SemanticLabels.IsTree(command.Label) ? rng.Range(0.9f, 1.1f) : 1f;
            var template = new PlacedObject(id, command.Label, Vector3.Zero, 0f, scale, command.Color?.Rgb ?? tint, half * scale, (byte)rng.Next(256), MaterialKind.Unspecified);
            PlacedObject o = Position(template, command.Where.Relation, anchor, i, command.Count, camera, ref rng);
            Record(new WorldEdit(tick, WorldEditKind.Place, id, o));
            placed.Add(o);
        }
        return placed;
    }

    /// <summary>Moves an existing object next to the anchor.</summary>
    public PlacedObject Move(long tick, PlacedObject current, RelationKind relation, ResolvedSubject anchor, CameraPose camera)
    {
        var rng = new Rng(StableHash.Combine(StableHash.Stage(_seed, "directing.move"), current.Id, (ulong)tick));
        PlacedObject o = Position(current, relation, anchor, 0, 1, camera, ref rng);
        Record(new WorldEdit(tick, WorldEditKind.Move, o.Id, o));
        if (_actors.TryGetValue(o.Id, out Actor? actor))
        {
            actor.Object = o;
        }
        return o;
    }

    public PlacedObject Recolour(long tick, PlacedObject current, Rgb colour)
    {
        PlacedObject o = current with { Tint = colour };
        Record(new WorldEdit(tick, WorldEditKind.Recolour, o.Id, o));
        if (_actors.TryGetValue(o.Id, out Actor? actor))
        {
            actor.Object = o;
        }
        return o;
    }

    public void Remove(long tick, ulong id) => Record(new WorldEdit(tick, WorldEditKind.Remove, id, null));

    /// <summary>
    /// Where an object goes for a relation to an anchor: beside it as the camera sees it, in front of its face,
    /// behind it, on or in a landform, in front of the camera. Tries positions around the anchor until one is on the
    /// right surface (dry land, or water for a boat) and clear of solid objects.
    /// </summary>
    private PlacedObject Position(PlacedObject o, RelationKind relation, ResolvedSubject anchor, int index, int count, CameraPose camera, ref Rng rng)
    {
        float radius = MathF.Max(MathF.Max(ObjectBounds.HalfExtents(o).X, ObjectBounds.HalfExtents(o).Z), 0.3f);
        float anchorRadius = anchor.Kind == SubjectKind.Object ? MathF.Max(anchor.HalfExtents.X, anchor.HalfExtents.Z) : 0f;
        Vector3 centre = anchor.Base;
        var toCamera = new Vector2(camera.Position.X - centre.X, camera.Position.Z - centre.Z);
        float camBearing = toCamera.LengthSquared() < 0.01f ? 0f : MathF.Atan2(toCamera.X, -toCamera.Y);
        float spread = count > 1 ? (index - ((count - 1) / 2f)) : 0f;
        float bearing;
        float distance;
        if (anchor.Kind == SubjectKind.Camera)
        {
            // In view: a few metres ahead of the camera, side by side for several.
            Vector3 fwd = Vector3.Normalize(new Vector3(MathF.Sin(camera.Yaw), 0f, -MathF.Cos(camera.Yaw)));
            Vector3 right = new(MathF.Cos(camera.Yaw), 0f, MathF.Sin(camera.Yaw));
            centre = camera.Position + (fwd * (6f + (3f * radius))) + (right * spread * ((2f * radius) + 1f));
            bearing = camBearing;
            distance = 0f;
        }
        else if (anchor.Kind == SubjectKind.Landform && relation is RelationKind.In or RelationKind.On or RelationKind.Along or RelationKind.Over or RelationKind.Around)
        {
            bearing = rng.Range(0f, 2f * MathF.PI);
            distance = count > 1 ? rng.Range(1f, 3f + (1.5f * count)) : 0f;
        }
        else if (relation is RelationKind.InFrontOf)
        {
            bearing = anchor.Yaw + (spread * 0.5f);
            distance = anchorRadius + radius + 2f;
        }
        else if (relation is RelationKind.Behind)
        {
            bearing = anchor.Yaw + MathF.PI + (spread * 0.5f);
            distance = anchorRadius + radius + 2f;
        }
        else if (relation is RelationKind.On && anchor.Kind == SubjectKind.Object)
        {
            return Settle(o with { Position = anchor.Base + new Vector3(0f, anchor.Height, 0f), Yaw = anchor.Yaw }, onTop: true);
        }
        else
        {
            // Beside / near / by: to one side of the anchor as the camera sees it, so both stay in view.
            float side = (index % 2 == 0 ? 1f : -1f) * (rng.Chance(0.5f) ? 1f : -1f);
            bearing = camBearing + (side * 1.1f) + (spread * 0.35f);
            distance = anchorRadius + radius + 1.5f + (MathF.Abs(spread) * 0.8f);
        }
        bool wantWater = o.Label == SemanticLabel.Boat;
        bool flying = o.Label is SemanticLabel.Bird;
        if (anchor.Kind == SubjectKind.Landform && anchor.Label == SemanticLabel.Water && !wantWater && !flying)
        {
            centre = DryShore(centre, camera.Position);
        }
        for (int attempt = 0; attempt < 16; attempt++)
        {
            float b = bearing + ((attempt + 1) / 2 * (attempt % 2 == 0 ? 1f : -1f) * 0.45f);
            float d = distance + (attempt / 4 * 1.5f);
            var p = new Vector3(centre.X + (MathF.Sin(b) * d), 0f, centre.Z - (MathF.Cos(b) * d));
            bool water = _world.IsWater(p.X, p.Z);
            if ((water != wantWater && !flying) || Overlaps(p, radius, o.Id))
            {
                continue;
            }
            return Settle(o with { Position = p, Yaw = FacingYaw(o.Label, anchor, p, camera, ref rng) }, onTop: false, flying && relation == RelationKind.Over);
        }
        var fallback = new Vector3(centre.X + (MathF.Sin(bearing) * distance), 0f, centre.Z - (MathF.Cos(bearing) * distance));
        return Settle(o with { Position = fallback, Yaw = FacingYaw(o.Label, anchor, fallback, camera, ref rng) }, onTop: false, flying);
    }

    private PlacedObject Settle(PlacedObject o, bool onTop, bool aloft = false)
    {
        if (onTop)
        {
            return o;
        }
        float y = o.Label == SemanticLabel.Boat ? _world.SurfaceHeight(o.Position.X, o.Position.Z) : _world.GroundHeight(o.Position.X, o.Position.Z);
        return o with { Position = o.Position with { Y = aloft ? _world.SurfaceHeight(o.Position.X, o.Position.Z) + 8f : y } };
    }

    private static float FacingYaw(SemanticLabel label, ResolvedSubject anchor, Vector3 p, CameraPose camera, ref Rng rng)
    {
        if (SemanticLabels.IsCharacter(label))
        {
            // Three-quarters toward the camera, so a placed character reads as a character.
            return MathF.Atan2(camera.Position.X - p.X, -(camera.Position.Z - p.Z)) + rng.Range(-0.6f, 0.6f);
        }
        if (anchor.Kind == SubjectKind.Object && SemanticLabels.IsVehicle(label))
        {
            return anchor.Yaw + (MathF.PI / 2f);
        }
        return rng.Range(0f, 2f * MathF.PI);
    }

    /// <summary>The first dry point walking from a water point toward <paramref name="toward"/>, plus a metre.</summary>
    private Vector3 DryShore(Vector3 water, Vector3 toward)
    {
        var dir = new Vector2(toward.X - water.X, toward.Z - water.Z);
        dir = dir.LengthSquared() < 0.01f ? new Vector2(1f, 0f) : Vector2.Normalize(dir);
        for (float s = 0f; s < 60f; s += 1f)
        {
            float x = water.X + (dir.X * s), z = water.Z + (dir.Y * s);
            if (!_world.IsWater(x, z))
            {
                return new Vector3(x + dir.X, _world.GroundHeight(x, z), z + dir.Y);
            }
        }
        return water;
    }

    private bool Overlaps(Vector3 p, float radius, ulong self)
    {
        foreach (PlacedObject other in ObjectsNear(p, radius + 8f))
        {
            if (other.Id == self || !(other.IsSolid || SemanticLabels.IsTree(other.Label)))
            {
                continue;
            }
            float r = MathF.Max(other.HalfExtents.X, other.HalfExtents.Z);
            if (Vector2.Distance(new Vector2(p.X, p.Z), new Vector2(other.Position.X, other.Position.Z)) < radius + r + 0.3f)
            {
                return true;
            }
        }
        return false;
    }
}
