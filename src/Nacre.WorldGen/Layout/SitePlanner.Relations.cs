using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen.Hydrology;

namespace Nacre.WorldGen.Layout;

internal sealed partial class SitePlanner
{
    private bool WantsRoad =>
        (_spec.Exclude & Exclusions.Roads) == 0
        && (_spec.Settlement != SettlementKind.None
            || _spec.Features.Any(f => f.Label is SemanticLabel.Road or SemanticLabel.Path)
            || _spec.Relations.Any(r => r.Anchor.Kind == AnchorKind.Road)
            || (_m.V2 && (_spec.Layout is SettlementLayout.Street or SettlementLayout.WesternStreet
                || _spec.Features.Any(f => f.Label is SemanticLabel.Car or SemanticLabel.Truck))));

    /// <summary>
    /// A road across the site, 25 m from the origin, in the direction (of eight) that crosses the least water;
    /// its surface follows the land, sampled every 40 m. A river crossing gets a bridge.
    /// </summary>
    private void PlanRoad()
    {
        if (!WantsRoad)
        {
            return;
        }
        bool path = _spec.Settlement == SettlementKind.None && _spec.Features.Any(f => f.Label == SemanticLabel.Path)
            && !_spec.Features.Any(f => f.Label == SemanticLabel.Road);
        float halfWidth = path ? 1.2f : _spec.Settlement >= SettlementKind.Town ? 4f : 3f;
        if (_m.V2 && _spec.Layout == SettlementLayout.WesternStreet)
        {
            (path, halfWidth) = (true, 6f); // a wide dirt main street
        }
        var rng = new Rng(StableHash.Combine(_seed, 0xB0ADUL));
        float b0 = rng.Range(0f, MathF.PI);
        float best = float.MaxValue, bearing = b0;
        for (int k = 0; k < 8; k++)
        {
            float b = b0 + (k * MathF.PI / 8f);
            (float dx, float dz) = DetMath.Direction(b);
            int wet = 0;
            for (float t = -300f; t <= 300f; t += 10f)
            {
                (float g, float w) = Probe((dx * t) - (dz * 25f), (dz * t) + (dx * 25f));
                wet += w > g - 0.5f ? 1 : 0;
            }
            if (wet < best)
            {
                best = wet;
                bearing = b;
            }
        }
        (float ux, float uz) = DetMath.Direction(bearing);
        float ox = -uz * 25f, oz = ux * 25f;
        const float Step = 40f, Half = 480f;
        float prevX = ox - (ux * Half), prevZ = oz - (uz * Half);
        float prevH = RoadHeight(prevX, prevZ);
        for (float t = -Half + Step; t <= Half; t += Step)
        {
            float x = ox + (ux * t), z = oz + (uz * t);
            float h = RoadHeight(x, z);
            _roads.Add(new RoadSegment(Ids.Make(_seed, (int)t, 0x60AD, 0), prevX, prevZ, prevH, x, z, h, halfWidth, path));
            (prevX, prevZ, prevH) = (x, z, h);
        }
        RoadBridges(ox, oz, ux, uz, Half, halfWidth);
    }

    /// <summary>Road surface height at a vertex: the land, but never below a river or lake it crosses (it is bridged).</summary>
    private float RoadHeight(float x, float z)
    {
        (float g, float w) = Probe(x, z);
        return MathF.Max(g, w + 1.2f);
    }

    private void RoadBridges(float ox, float oz, float ux, float uz, float half, float halfWidth)
    {
        if (_m.Landforms.River is not { } river || SitePlan.Excluded(_spec, SemanticLabel.Bridge))
        {
            return;
        }
        bool wasWet = false;
        for (float t = -half; t <= half; t += 2f)
        {
            float x = ox + (ux * t), z = oz + (uz * t);
            var c = river.Closest(x, z);
            float d = MathF.Sqrt(((c.X - x) * (c.X - x)) + ((c.Z - z) * (c.Z - z)));
            bool wet = d < river.HalfWidth;
            if (wet && !wasWet)
            {
                float len = river.HalfWidth + 7f;
                Place(SemanticLabel.Bridge, c.X, c.Z, DetMath.Heading(ux, uz), c.Level + 1.2f, new Vector3(halfWidth + 0.6f, 0.5f, len));
            }
            wasWet = wet;
        }
    }

    private void PlaceRelation(SpatialRelation rel)
    {
        // A subject in several relations ("a castle on a hill above the village") is placed by the first.
        if (_done.Contains(rel.Subject) || SitePlan.Excluded(_spec, rel.Subject) || !SemanticLabels.IsStructure(rel.Subject) && !SemanticLabels.IsProp(rel.Subject)
            && !SemanticLabels.IsCharacter(rel.Subject) && !SemanticLabels.IsVegetation(rel.Subject) && !SemanticLabels.IsNaturalProp(rel.Subject))
        {
            return;
        }
        int count = Math.Clamp(FeatureFor(rel.Subject)?.Count ?? 1, 1, 12);
        _done.Add(rel.Subject);
        if (_m.V2)
        {
            PlaceRelationCounted(rel);
            return;
        }
        for (int k = 0; k < count; k++)
        {
            PlacedObject? o = PlaceRelated(rel, k);
            if (o is { } placed && k == 0)
            {
                NoteSubject(placed);
            }
        }
    }

    private PlacedObject? PlaceRelated(SpatialRelation rel, int k)
    {
        SemanticLabel label = rel.Subject;
        ObjectCatalog.Entry e = ObjectCatalog.Get(label);
        SiteLandforms lf = _m.Landforms;
        bool onWater = label is SemanticLabel.Boat or SemanticLabel.Duck
            || (rel.Relation is RelationKind.On or RelationKind.In && !SemanticLabels.IsStructure(label));
        switch (rel.Anchor.Kind)
        {
            case AnchorKind.Lake when lf.Lake is { } lake:
                return onWater ? PlaceOnLake(label, lake, k) : label == SemanticLabel.Pier ? PlacePier(lake, k) : PlaceByLake(label, lake, k, e.Footprint);
            case AnchorKind.River or AnchorKind.Waterfall when lf.River is { } river:
                return rel.Relation is RelationKind.Over or RelationKind.Across || label == SemanticLabel.Bridge
                    ? PlaceOverRiver(label, river, k)
                    : PlaceAlongRiver(label, river, k, e.Footprint, onWater);
            case AnchorKind.Hill or AnchorKind.Mountain or AnchorKind.Cliff when lf.Hill is { } hill:
                if (rel.Relation is RelationKind.Near or RelationKind.Beside or RelationKind.Under or RelationKind.Behind)
                {
                    return PlaceInRing(label, hill.X, hill.Z, hill.Radius * 0.9f, hill.Radius * 1.1f, hill.X, hill.Z);
                }
                return k == 0 && !IsOccupied(hill.X, hill.Z, e.Footprint)
                    ? Place(label, hill.X, hill.Z, DetMath.Heading(-hill.X, -hill.Z))
                    : PlaceInRing(label, hill.X, hill.Z, e.Footprint + 8f, (hill.Radius * hill.FlatTop) + 12f);
            case AnchorKind.Sea or AnchorKind.Coast or AnchorKind.Beach or AnchorKind.Cliff when lf.Shore is { } shore:
                return PlaceByShore(label, shore, k, e.Footprint, onWater, rel.Anchor.Kind == AnchorKind.Cliff);
            case AnchorKind.Road when _roads.Count > 0:
                return PlaceAlongRoad(label, k, e.Footprint);
            case AnchorKind.Feature when rel.Anchor.Label != SemanticLabel.None && rel.Anchor.Label != label:
                PlacedObject? anchor = _objects.Where(o => o.Label == rel.Anchor.Label).Select(o => (PlacedObject?)o).FirstOrDefault();
                if (anchor is null && !SitePlan.Excluded(_spec, rel.Anchor.Label))
                {
                    anchor = PlaceInRing(rel.Anchor.Label, 0f, 0f, 40f, 100f, 0f, 0f);
                    _done.Add(rel.Anchor.Label);
                }
                if (anchor is { } a)
                {
                    float r = ObjectCatalog.Get(a.Label).Footprint + e.Footprint + 3f;
                    return PlaceInRing(label, a.Position.X, a.Position.Z, r, r + 6f, a.Position.X, a.Position.Z);
                }
                return PlaceInRing(label, 0f, 0f, 30f, 90f, 0f, 0f);
            default:
                return PlaceGeneric(label);
        }
    }

    private PlacedObject? PlaceByLake(SemanticLabel label, Lake lake, int k, float footprint)
    {
        float toOrigin = DetMath.Heading(-lake.X, -lake.Z);
        for (int a = 0; a < 12; a++)
        {
            float bearing = toOrigin + (Alternate(k + (a * 3)) * 0.42f);
            (float dx, float dz) = DetMath.Direction(bearing);
            float shore = lake.Radius * 0.5f;
            while (lake.NormalisedDistance(lake.X + (dx * shore), lake.Z + (dz * shore)) < 1f && shore < lake.Radius * 2f)
            {
                shore += 1f;
            }
            for (int j = 0; j < 6; j++)
            {
                float d = shore + footprint + 5f + (3f * j);
                float x = lake.X + (dx * d), z = lake.Z + (dz * d);
                if (IsGood(x, z, footprint, MaxRise(label, footprint)))
                {
                    return Place(label, x, z, DetMath.Heading(lake.X - x, lake.Z - z));
                }
            }
        }
        return PlaceInRing(label, lake.X, lake.Z, lake.Radius + 20f, lake.Radius + 60f, lake.X, lake.Z);
    }

    private PlacedObject PlaceOnLake(SemanticLabel label, Lake lake, int k)
    {
        float bearing = DetMath.Heading(-lake.X, -lake.Z) + (Alternate(k) * 0.6f);
        (float dx, float dz) = DetMath.Direction(bearing);
        float d = lake.Radius * 0.45f;
        Rng rng = RngFor((int)label);
        return Place(label, lake.X + (dx * d), lake.Z + (dz * d), rng.Range(0f, 2f * MathF.PI), lake.Level);
    }

    private PlacedObject PlacePier(Lake lake, int k)
    {
        float bearing = DetMath.Heading(-lake.X, -lake.Z) + (Alternate(k + 1) * 0.7f);
        (float dx, float dz) = DetMath.Direction(bearing);
        float shore = lake.Radius * 0.5f;
        while (lake.NormalisedDistance(lake.X + (dx * shore), lake.Z + (dz * shore)) < 1f && shore < lake.Radius * 2f)
        {
            shore += 1f;
        }
        // The pier starts on the bank and runs 18 m out over the water, facing the lake's centre.
        float mid = shore - 7f;
        return Place(SemanticLabel.Pier, lake.X + (dx * mid), lake.Z + (dz * mid), DetMath.Heading(-dx, -dz), lake.Level + 0.6f);
    }

    private PlacedObject PlaceOverRiver(SemanticLabel label, RiverEdge river, int k)
    {
        var c = river.Closest(0f, 0f);
        float along = Alternate(k) * 60f;
        var p = river.Closest(c.X + (c.Tx * along), c.Z + (c.Tz * along));
        float yaw = DetMath.Heading(-p.Tz, p.Tx);
        if (label == SemanticLabel.Bridge)
        {
            return Place(label, p.X, p.Z, yaw, p.Level + 1.2f, new Vector3(2.4f, 0.5f, river.HalfWidth + 7f));
        }
        return Place(label, p.X, p.Z, yaw, p.Level);
    }

    private PlacedObject? PlaceAlongRiver(SemanticLabel label, RiverEdge river, int k, float footprint, bool onWater)
    {
        var c = river.Closest(0f, 0f);
        float spacing = (footprint * 2f) + 8f;
        float side = ((-c.X * -c.Tz) + (-c.Z * c.Tx)) >= 0f ? 1f : -1f; // the origin's side of the river
        for (int a = 0; a < 10; a++)
        {
            float along = Alternate(k + (a * 2)) * spacing;
            var p = river.Closest(c.X + (c.Tx * along), c.Z + (c.Tz * along));
            float nx = -p.Tz * side, nz = p.Tx * side;
            if (onWater)
            {
                return Place(label, p.X, p.Z, DetMath.Heading(p.Tx, p.Tz), p.Level);
            }
            for (int j = 0; j < 5; j++)
            {
                float d = river.HalfWidth + footprint + 6f + (3f * j);
                float x = p.X + (nx * d), z = p.Z + (nz * d);
                if (IsGood(x, z, footprint, MaxRise(label, footprint)))
                {
                    return Place(label, x, z, DetMath.Heading(-nx, -nz));
                }
            }
        }
        return PlaceGeneric(label);
    }

    private PlacedObject? PlaceByShore(SemanticLabel label, (float X, float Z) shore, int k, float footprint, bool onWater, bool cliff)
    {
        (float sx, float sz) = _m.Relief.SeaDirection;
        float tx = -sz, tz = sx;
        float along = Alternate(k) * ((footprint * 2f) + 10f);
        if (onWater)
        {
            return Place(label, shore.X + (sx * 18f) + (tx * along), shore.Z + (sz * 18f) + (tz * along), DetMath.Heading(sx, sz), 0f);
        }
        if (label == SemanticLabel.Pier)
        {
            return Place(label, shore.X + (sx * 7f) + (tx * along), shore.Z + (sz * 7f) + (tz * along), DetMath.Heading(sx, sz), 0.6f);
        }
        // Walk inland from the waterline to the first spot that fits (on a cliff: the first one up on its top).
        for (float inland = footprint + 3f; inland < 160f; inland += 2f)
        {
            float x = shore.X - (sx * inland) + (tx * along), z = shore.Z - (sz * inland) + (tz * along);
            if ((!cliff || Probe(x, z).Ground > 6f) && IsGood(x, z, footprint, MaxRise(label, footprint) + (cliff ? 1f : 0f)))
            {
                return Place(label, x, z, DetMath.Heading(sx, sz));
            }
        }
        return PlaceGeneric(label);
    }

    private PlacedObject? PlaceAlongRoad(SemanticLabel label, int k, float footprint)
    {
        RoadSegment mid = _roads[_roads.Count / 2];
        float ux = mid.X1 - mid.X0, uz = mid.Z1 - mid.Z0;
        float len = MathF.Sqrt((ux * ux) + (uz * uz));
        ux /= len;
        uz /= len;
        for (int a = 0; a < 16; a++)
        {
            int slot = Alternate(k + (a * 2));
            float side = (slot & 1) == 0 ? 1f : -1f;
            float along = slot * ((footprint * 1.2f) + 6f);
            float d = mid.HalfWidth + footprint + 3f;
            float x = mid.X0 + (ux * along) - (uz * d * side), z = mid.Z0 + (uz * along) + (ux * d * side);
            if (IsGood(x, z, footprint, MaxRise(label, footprint)))
            {
                return Place(label, x, z, DetMath.Heading(uz * side, -ux * side));
            }
        }
        return PlaceGeneric(label);
    }

    /// <summary>Somewhere near the origin that suits the kind of thing: buildings 35–110 m out, small things closer.</summary>
    private PlacedObject? PlaceGeneric(SemanticLabel label)
    {
        if (SemanticLabels.IsStructure(label))
        {
            return PlaceInRing(label, 0f, 0f, 35f, 110f, 0f, 0f);
        }
        if (label is SemanticLabel.Boat or SemanticLabel.Duck && NearestWater() is { } w)
        {
            return Place(label, w.X, w.Z, new Rng(StableHash.Combine(_seed, (ulong)_serial)).Range(0f, 2f * MathF.PI), w.Level);
        }
        PlacedObject? host = _objects.Where(o => SemanticLabels.IsBuilding(o.Label)).Select(o => (PlacedObject?)o).FirstOrDefault();
        if (host is { } h && (SemanticLabels.IsProp(label) || label == SemanticLabel.Person))
        {
            float r = ObjectCatalog.Get(h.Label).Footprint;
            return PlaceInRing(label, h.Position.X, h.Position.Z, r + 2f, r + 14f) ?? PlaceInRing(label, 0f, 0f, 10f, 50f);
        }
        return SemanticLabels.IsCharacter(label) ? PlaceInRing(label, 0f, 0f, 18f, 80f) : PlaceInRing(label, 0f, 0f, 10f, 60f);
    }

    private (float X, float Z, float Level)? NearestWater()
    {
        for (float r = 10f; r <= 200f; r += 10f)
        {
            for (int k = 0; k < 24; k++)
            {
                (float dx, float dz) = DetMath.Direction(k * MathF.PI / 12f);
                (float g, float w) = Probe(dx * r, dz * r);
                if (w > g + 0.6f)
                {
                    return (dx * r, dz * r, w);
                }
            }
        }
        return null;
    }

    private void PlaceFeature(FeatureRequest f)
    {
        if (_done.Contains(f.Label) || SitePlan.Excluded(_spec, f.Label) || SemanticLabels.IsGround(f.Label) || f.Label == SemanticLabel.None)
        {
            return;
        }
        _done.Add(f.Label);
        if (_m.V2)
        {
            PlaceRequested(f);
            return;
        }
        int count = Math.Clamp(f.Count, 1, 40);
        bool herd = SemanticLabels.IsCharacter(f.Label) && f.Label is not (SemanticLabel.Person or SemanticLabel.Bird);
        PlacedObject? first = null;
        for (int k = 0; k < count; k++)
        {
            PlacedObject? o = herd && first is { } leader
                ? PlaceInRing(f.Label, leader.Position.X, leader.Position.Z, 2f, 10f) ?? PlaceGeneric(f.Label)
                : f.Label == SemanticLabel.Bridge && _m.Landforms.River is { } river ? PlaceOverRiver(f.Label, river, k)
                : PlaceGeneric(f.Label);
            first ??= o;
        }
        if (first is { } fo && (SemanticLabels.IsStructure(fo.Label) || _subject is null))
        {
            NoteSubject(fo);
        }
    }

    /// <summary>Houses both sides of the site road, facing it; a village adds a church and a well, a town shops.</summary>
    private void PlaceSettlement()
    {
        if (_m.V2)
        {
            PlaceLayout();
            return;
        }
        if (_spec.Settlement == SettlementKind.None || _roads.Count == 0 || SitePlan.Excluded(_spec, SemanticLabel.House))
        {
            return;
        }
        int houses = _spec.Settlement switch
        {
            SettlementKind.Hamlet => 5,
            SettlementKind.Village => 11,
            SettlementKind.Town => 18,
            _ => 26,
        };
        var rng = new Rng(StableHash.Combine(_seed, 0x5E77UL));
        int placed = 0;
        for (int k = 0; k < houses * 3 && placed < houses; k++)
        {
            SemanticLabel label = placed switch
            {
                2 when _spec.Settlement >= SettlementKind.Village => SemanticLabel.Church,
                4 when _spec.Settlement >= SettlementKind.Village => SemanticLabel.Well,
                _ when _spec.Settlement >= SettlementKind.Town && rng.Chance(0.3f) => SemanticLabel.Shop,
                _ => rng.Chance(0.7f) ? SemanticLabel.House : SemanticLabel.Cottage,
            };
            if (PlaceAlongRoad(label, k, ObjectCatalog.Get(label).Footprint) is not null)
            {
                placed++;
            }
        }
    }
}
