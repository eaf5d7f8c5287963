using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Layout;

// Generator v2: the spawn and its view come from the view solver instead of a fixed ring of distances.
internal sealed partial class SitePlanner
{
    /// <summary>Half the width of what the solved view frames (m); sizes the tree clearing toward it.</summary>
    private float _viewHalfWidth;

    /// <summary>
    /// The v2 spawn: the view solver's best standpoint for the main subject (see <see cref="ViewSolver"/>); when it
    /// finds none (the subject is walled in), the v1 choice.
    /// </summary>
    private SpawnPoint SolveSpawn()
    {
        if (_subject is not { } subject)
        {
            return ChooseSpawn();
        }
        ViewSolver.Subject target = SubjectBox(subject.Position, subject.Label, subject.Radius, out PlacedObject? obj);
        List<PlacedObject>? group = obj is { } single ? GroupOf(single.Label) : null;
        float groupRadius = 0f;
        if (group is not null)
        {
            (target, groupRadius) = GroupBox(group, target);
        }
        var solver = new ViewSolver(SightSurface, CanStand, Occluders(group));
        Vector3 s = target.Landform ? subject.Position : target.Base;
        float preferred = target.Landform && _m.Landforms.Recipe?.ViewBearing is float bearing ? bearing
            : (s.X * s.X) + (s.Z * s.Z) > 1f ? DetMath.Heading(-s.X, -s.Z) : new Rng(_seed).Range(0f, 2f * MathF.PI);
        List<(Vector3, float)> others = [.. _objects.Where(o => obj is null || (o.Id != obj.Value.Id && (group is null || o.Label != obj.Value.Label)))
            .Where(o => _spec.Features.Any(f => f.Label == o.Label))
            .Select(o => (o.Position, 0.35f))];
        if (_m.Landforms.Recipe is { } recipe && !target.Landform)
        {
            // The named landform behind the object is worth more than any other element: it is the setting.
            others.Add((recipe.Focus + new Vector3(0f, recipe.Height * 0.4f, 0f), 1.2f));
        }
        (float minD, float maxD) = _m.Landforms.Recipe is { } r && target.Landform ? (r.MinViewDistance, r.MaxViewDistance) : (0f, float.MaxValue);
        if (!target.Landform && !SemanticLabels.IsStructure(subject.Label))
        {
            // The renderer leaves out a small thing beyond 80 times its height (a sheep past 88 m): never frame it from there.
            maxD = MathF.Min(maxD, SmallThingReach * target.Height);
        }
        float arc = MathF.PI;
        if (IsWaterfall(s) && _m.Landforms.River is { } river)
        {
            // A fall is seen from downstream, its drop facing the camera, never side-on across the gorge.
            (_, _, _, float tx, float tz) = river.Closest(s.X, s.Z);
            preferred = DetMath.Heading(tx, tz);
            arc = 0.9f;
        }
        if (solver.Solve(target, preferred, others, minD, maxD, arc) is not { } view)
        {
            return ChooseSpawn();
        }
        _viewHalfWidth = target.HalfWidth;
        return new SpawnPoint(new Vector3(view.X, FinalGround(view.X, view.Z), view.Z), view.Yaw, s, subject.Label, view.Pitch,
            group is null ? obj?.Id ?? 0 : 0, groupRadius);
    }

    /// <summary>Least distance (m) from where the visitor stands to the middle of anything solid: the first frame is not a wall.</summary>
    private const float SpawnClearance = 6f;

    /// <summary>Farthest a camera frames a subject that is not a structure from, in multiples of its height (the renderer draws such things to 80).</summary>
    private const float SmallThingReach = 70f;

    /// <summary>
    /// Farthest (m) a member of a group subject stands from the group's densest member; for bigger things, six times
    /// their footprint (boats moored at piers 18 m apart are one harbour's boats).
    /// </summary>
    private const float GroupReach = 12f;

    /// <summary>
    /// The group a small subject stands in — the crowd, the caravan's camels, a herd, rows of gravestones, boats at
    /// their moorings: the most of its kind within <see cref="GroupReach"/> (or more) of one of them (ties to the first placed),
    /// when that is at least three; then the first look frames the group, not one member of it as a speck or a
    /// close-up. Null for a building, a long thing (a pier, a wall), a tree, or things standing apart.
    /// </summary>
    private List<PlacedObject>? GroupOf(SemanticLabel label)
    {
        if (SemanticLabels.IsBuilding(label) || SemanticLabels.IsTree(label)
            || label is SemanticLabel.Fence or SemanticLabel.Wall or SemanticLabel.Bridge or SemanticLabel.Pier or SemanticLabel.Jetty)
        {
            return null;
        }
        List<PlacedObject> kind = [.. _objects.Where(o => o.Label == label)];
        float reach = MathF.Max(GroupReach, 6f * ObjectCatalog.Get(label).Footprint);
        List<PlacedObject>? best = null;
        foreach (PlacedObject centre in kind)
        {
            List<PlacedObject> near = [.. kind.Where(o => Horizontal(o.Position, centre.Position) <= reach)];
            if (near.Count > (best?.Count ?? 2))
            {
                best = near;
            }
        }
        return best;
    }

    private static float Horizontal(Vector3 a, Vector3 b) => MathF.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Z - b.Z) * (a.Z - b.Z)));

    /// <summary>The box round a group (its centre on the lowest member's ground, as tall as one member) and the radius that holds every member (m).</summary>
    private static (ViewSolver.Subject Box, float Radius) GroupBox(List<PlacedObject> members, ViewSolver.Subject one)
    {
        float cx = 0f, cz = 0f, y = float.MaxValue;
        foreach (PlacedObject o in members)
        {
            cx += o.Position.X;
            cz += o.Position.Z;
            y = MathF.Min(y, o.Position.Y);
        }
        cx /= members.Count;
        cz /= members.Count;
        float radius = 0f;
        foreach (PlacedObject o in members)
        {
            float dx = o.Position.X - cx, dz = o.Position.Z - cz;
            radius = MathF.Max(radius, MathF.Sqrt((dx * dx) + (dz * dz)));
        }
        var box = new ViewSolver.Subject(new Vector3(cx, y, cz), radius + one.HalfWidth, one.Height, Landform: false, Group: true);
        return (box, radius + 0.5f);
    }

    private bool IsWaterfall(Vector3 p) =>
        _m.Landforms.Waterfall is { } fall && MathF.Abs(fall.X - p.X) < 1f && MathF.Abs(fall.Z - p.Z) < 1f;

    /// <summary>The box the camera frames: an object's own size, or a landform's extent.</summary>
    private ViewSolver.Subject SubjectBox(Vector3 position, SemanticLabel label, float radius, out PlacedObject? obj)
    {
        obj = null;
        float bestD = float.MaxValue;
        foreach (PlacedObject o in _objects)
        {
            float d = Vector3.DistanceSquared(o.Position, position);
            if (o.Label == label && d < bestD)
            {
                bestD = d;
                obj = o;
            }
        }
        if (obj is { } found && bestD < 1f)
        {
            Vector3 h = found.HalfExtents;
            float halfWidth = MathF.Max(MathF.Max(h.X, h.Z), 0.5f);
            Vector3 nominal = ObjectCatalog.Get(label).HalfExtents;
            float scale = nominal.Y > 0f ? h.Y / nominal.Y : 1f;
            if (SemanticLabels.IsStructure(label) && nominal.X > 0f && nominal.Z > 0f)
            {
                // The renderer keeps a building's proportions: its height follows the footprint's mean scale.
                scale = MathF.Max(scale, MathF.Sqrt(h.X / nominal.X * (h.Z / nominal.Z)));
            }
            float height = MathF.Max(ObjectCatalog.DrawnHeight(label) * scale, 1f);
            if (!found.IsSolid)
            {
                // Animals and people have no collision box: a standing figure's size.
                halfWidth = MathF.Max(halfWidth, SemanticLabels.IsCharacter(label) ? 1f : halfWidth);
                height = MathF.Max(height, SemanticLabels.IsCharacter(label) ? 1.8f : 1f);
            }
            return new ViewSolver.Subject(found.Position, halfWidth, height, Landform: false, found.Id);
        }
        obj = null;
        if (_m.Landforms.Recipe is { } recipe)
        {
            return new ViewSolver.Subject(recipe.Focus, recipe.HalfWidth, recipe.Height, Landform: true, PreferHigh: recipe.ViewFromAbove);
        }
        if (IsWaterfall(position))
        {
            // The fall's whole drop, from the pool below to the lip, and its spray.
            float drop = _m.V2 ? SiteLandforms.WaterfallDropV2 : 8f;
            return new ViewSolver.Subject(position - new Vector3(0f, drop, 0f), 14f, drop + 4f, Landform: true);
        }
        float top = label == SemanticLabel.Terrain ? MathF.Max(6f, SightSurface(position.X, position.Z) - position.Y + 10f) : 2f;
        return new ViewSolver.Subject(position, MathF.Max(radius, 6f), top, Landform: true);
    }

    /// <summary>
    /// Where a visitor may stand for the first look: dry ground rising at most <paramref name="maxRise"/> m over 1.5 m
    /// around (as <see cref="IsGood"/> judges it), a metre clear of every solid object's box and at least
    /// <see cref="SpawnClearance"/> from its middle. Unlike placement it does not keep clear of roads or the room
    /// planned around objects: a camera may stand on a lane.
    /// </summary>
    private bool CanStand(float x, float z, float maxRise)
    {
        foreach (PlacedObject o in _objects)
        {
            if (!o.IsSolid)
            {
                continue;
            }
            float reach = MathF.Max(MathF.Max(o.HalfExtents.X, o.HalfExtents.Z) + 1f, SpawnClearance);
            float dx = x - o.Position.X, dz = z - o.Position.Z;
            if ((dx * dx) + (dz * dz) < reach * reach)
            {
                return false;
            }
        }
        return IsDryAndGentle(x, z, 1.5f, maxRise);
    }

    /// <summary>What a sight line hits: the site's terrain, or the sea or a planned lake above it (m). Cheap: no roads or pads.</summary>
    private float SightSurface(float x, float z)
    {
        float h = _m.Terrain.Height(x, z);
        foreach (Pad p in _pads)
        {
            // A building's levelled pad, as the surface field cuts or fills it.
            float dx = x - p.X, dz = z - p.Z;
            float outer = p.Radius + Pad.Blend;
            float d2 = (dx * dx) + (dz * dz);
            if (d2 < outer * outer)
            {
                h = DetMath.Lerp(p.Height, h, DetMath.SmoothStep(p.Radius, outer, MathF.Sqrt(d2)));
            }
        }
        if (_m.HasSea && h < 0f)
        {
            return 0f;
        }
        foreach (Hydrology.Lake l in _m.Landforms.Lakes)
        {
            float dx = x - l.X, dz = z - l.Z;
            if ((dx * dx) + (dz * dz) < l.Radius * l.Radius)
            {
                return MathF.Max(MathF.Min(h, l.Level - 0.5f), l.Level);
            }
        }
        return h;
    }

    /// <summary>
    /// The plan's solids as sight blockers (structures and vehicles; trees are cleared from the line of sight). A long
    /// thin solid (a pier, a jetty, a bridge, a wall's run) is a row of cylinders along its length, so a boat moored
    /// behind a pier counts as hidden by it without the pier's whole length standing as one fat drum. The members of a
    /// group subject do not hide one another.
    /// </summary>
    private List<ViewSolver.Occluder> Occluders(List<PlacedObject>? group)
    {
        var list = new List<ViewSolver.Occluder>(_objects.Count);
        foreach (PlacedObject o in _objects)
        {
            if (!o.IsSolid || o.Label == SemanticLabel.Fence || (group is not null && group.Contains(o)))
            {
                continue;
            }
            float top = o.Position.Y + (2f * o.HalfExtents.Y), bottom = o.Position.Y - 1f;
            Vector3 h = o.HalfExtents;
            float shortHalf = MathF.Min(h.X, h.Z), longHalf = MathF.Max(h.X, h.Z);
            if (longHalf <= 2f * shortHalf)
            {
                list.Add(new ViewSolver.Occluder(o.Position.X, o.Position.Z, 0.85f * longHalf, bottom, top, o.Id));
                continue;
            }
            // Local Z runs along the object's heading, local X across it.
            (float fx, float fz) = DetMath.Direction(o.Yaw);
            (float ax, float az) = h.Z >= h.X ? (fx, fz) : (-fz, fx);
            int pieces = (int)MathF.Ceiling(longHalf / shortHalf);
            for (int i = 0; i < pieces; i++)
            {
                float along = -longHalf + (shortHalf * ((2f * i) + 1f));
                list.Add(new ViewSolver.Occluder(o.Position.X + (ax * along), o.Position.Z + (az * along), shortHalf, bottom, top, o.Id));
            }
        }
        return list;
    }

    /// <summary>
    /// v2 clearings: an open space where the visitor stands and a widening wedge toward the subject (the whole view
    /// cone for its first 25 m), so no trunk or shrub fills the foreground of the first frame.
    /// </summary>
    private void ClearView(SitePlan plan, SpawnPoint spawn)
    {
        float px = spawn.Position.X, pz = spawn.Position.Z;
        plan.Clearings.Add((px, pz, 9f));
        for (int k = -2; k <= 2; k++)
        {
            (float dx, float dz) = DetMath.Direction(spawn.Yaw + (k * ViewSolver.HorizontalFov * 0.2f));
            for (float t = 6f; t <= 26f; t += 5f)
            {
                plan.Clearings.Add((px + (dx * t), pz + (dz * t), 2.5f + (t * 0.15f)));
            }
        }
        if (spawn.SubjectPosition is not { } s)
        {
            return;
        }
        float sx = s.X - px, sz = s.Z - pz;
        float len = MathF.Sqrt((sx * sx) + (sz * sz));
        // Wide enough to keep the subject's whole width clear of trees, not only its centre line.
        float spread = MathF.Min(_viewHalfWidth, 40f) / MathF.Max(len, 1f);
        for (float t = 26f; t < len - 4f; t += 4f)
        {
            plan.Clearings.Add((px + (sx * t / len), pz + (sz * t / len), 3f + (t * (0.06f + spread))));
        }
    }
}
