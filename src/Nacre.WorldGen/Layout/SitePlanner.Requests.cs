using Nacre.Core;

namespace Nacre.WorldGen.Layout;

// Generator v2: requests placed by their footing, with the count asked for — houses as a group, people as a crowd,
// herds together — and whatever had nowhere to stand reported instead of placed somewhere absurd.
internal sealed partial class SitePlanner
{
    /// <summary>From this many people up, a request is a crowd standing together.</summary>
    public const int CrowdSize = 20;

    private readonly List<(float X, float Z, float R)> _clearings = [];
    private readonly List<Plot> _plots = [];

    /// <summary>How many the request for this label still wants: its count less what the plan holds already.</summary>
    private int Wanted(FeatureRequest f, int max) => Math.Clamp(f.Count, 1, max) - _objects.Count(o => o.Label == f.Label);

    /// <summary>
    /// The label a settlement layout may still add: itself, unless a counted request caps it (then a substitute, or
    /// None), so "a village with three houses" has three houses.
    /// </summary>
    private SemanticLabel Take(SemanticLabel label)
    {
        while (label != SemanticLabel.None && FeatureFor(label) is { Counted: true } f && _objects.Count(o => o.Label == label) >= f.Count)
        {
            label = label switch
            {
                SemanticLabel.House => SemanticLabel.Cottage,
                SemanticLabel.Cottage => SemanticLabel.Shop,
                _ => SemanticLabel.None,
            };
        }
        return label == SemanticLabel.None || SitePlan.Excluded(_spec, label) ? SemanticLabel.None : label;
    }

    /// <summary>A relation's subject, each of its count where its footing holds, near the anchor when the relation's own placement does not.</summary>
    private void PlaceRelationCounted(SpatialRelation rel)
    {
        FeatureRequest? f = FeatureFor(rel.Subject);
        int count = Math.Clamp(f?.Count ?? 1, 1, f is { Counted: true } ? 40 : 12);
        (float ax, float az) = AnchorPoint(rel.Anchor);
        int placed = 0;
        for (int k = 0; k < count; k++)
        {
            PlacedObject? o = PlaceRelated(rel, k);
            if (o is { } p && !Stands(p))
            {
                Retract(p);
                o = null;
            }
            o ??= PlaceByFooting(rel.Subject, ax, az, k);
            if (o is { } placedObject && placed++ == 0)
            {
                NoteSubject(placedObject);
            }
        }
        ReportUnplaced(rel.Subject, count - placed);
    }

    /// <summary>Where a relation's anchor is, for searching around it (m).</summary>
    private (float X, float Z) AnchorPoint(Anchor anchor)
    {
        SiteLandforms lf = _m.Landforms;
        switch (anchor.Kind)
        {
            case AnchorKind.Lake when lf.Lake is { } lake:
                return (lake.X, lake.Z);
            case AnchorKind.River or AnchorKind.Waterfall when lf.River is { } river:
                var c = river.Closest(0f, 0f);
                return (c.X, c.Z);
            case AnchorKind.Sea or AnchorKind.Coast or AnchorKind.Beach when lf.Shore is { } shore:
                return shore;
            case AnchorKind.Cliff when lf.Shore is { } cliffShore:
                return cliffShore;
            case AnchorKind.Hill or AnchorKind.Mountain or AnchorKind.Cliff when lf.Hill is { } hill:
                return (hill.X, hill.Z);
            case AnchorKind.Feature:
                foreach (PlacedObject o in _objects)
                {
                    if (o.Label == anchor.Label)
                    {
                        return (o.Position.X, o.Position.Z);
                    }
                }
                return (0f, 0f);
            default:
                return (0f, 0f);
        }
    }

    /// <summary>A feature request with its count: a crowd, a group of buildings, a herd, or one by one where each can stand.</summary>
    private void PlaceRequested(FeatureRequest f)
    {
        SemanticLabel label = f.Label;
        int count = Wanted(f, label == SemanticLabel.Person ? 80 : 40);
        if (count <= 0)
        {
            return;
        }
        PlacementRule rule = PlacementRules.For(label);
        int placed = 0;
        PlacedObject? first = null;
        if (label == SemanticLabel.Person && count >= CrowdSize)
        {
            (placed, first) = PlaceCrowd(count);
        }
        else if (count > 1 && rule.Footing == Footing.DryLand && (SemanticLabels.IsBuilding(label) || label == SemanticLabel.Tent))
        {
            (placed, first) = PlaceGroup(label, count);
        }
        else
        {
            bool herd = SemanticLabels.IsCharacter(label) && label is not (SemanticLabel.Person or SemanticLabel.Bird) && rule.Footing == Footing.DryLand;
            for (int k = 0; k < count; k++)
            {
                PlacedObject? o = herd && first is { } leader
                    ? PlaceInRing(label, leader.Position.X, leader.Position.Z, 2f, 10f) ?? PlaceByFooting(label, leader.Position.X, leader.Position.Z, k)
                    : PlaceByFooting(label, 0f, 0f, k);
                first ??= o;
                placed += o is null ? 0 : 1;
            }
        }
        ReportUnplaced(label, count - placed);
        if (first is { } fo && (SemanticLabels.IsStructure(fo.Label) || _subject is null))
        {
            NoteSubject(fo);
        }
    }

    /// <summary>
    /// Buildings (or tents) asked for as a group stand together: in pairs facing each other across the site road, or,
    /// with no road, in a ring facing a shared green. Returns how many were placed and the first.
    /// </summary>
    private (int Placed, PlacedObject? First) PlaceGroup(SemanticLabel label, int count)
    {
        float fp = ObjectCatalog.Get(label).Footprint;
        PlacedObject? first = null;
        int placed = 0;
        RoadSegment? road = _roads.Count > 0 ? _roads.MinBy(r => r.Nearest(0f, 0f, out _, out _)) : null;
        if (road is { IsPath: false })
        {
            float ux = road.X1 - road.X0, uz = road.Z1 - road.Z0;
            float len = MathF.Sqrt((ux * ux) + (uz * uz));
            (ux, uz) = (ux / len, uz / len);
            road.Nearest(0f, 0f, out _, out float t);
            float px = DetMath.Lerp(road.X0, road.X1, t), pz = DetMath.Lerp(road.Z0, road.Z1, t);
            float spacing = (2f * fp) + 2f, off = road.HalfWidth + fp + 2f;
            for (int slot = 0; slot < count * 4 && placed < count; slot++)
            {
                float along = Alternate(slot / 2) * spacing, side = (slot & 1) == 0 ? 1f : -1f;
                float x = px + (ux * along) - (uz * off * side), z = pz + (uz * along) + (ux * off * side);
                if (IsGood(x, z, fp, MaxRise(label, fp)))
                {
                    PlacedObject o = Place(label, x, z, DetMath.Heading(uz * side, -ux * side));
                    first ??= o;
                    placed++;
                }
            }
            return (placed, first);
        }
        float ring = MathF.Max(fp + 8f, count * ((2f * fp) + 3f) / (2f * MathF.PI));
        (float cx, float cz) = BestCentre(label, count, ring, fp);
        for (int k = 0; k < count; k++)
        {
            (float dx, float dz) = DetMath.Direction(k * 2f * MathF.PI / count);
            float x = cx + (dx * ring), z = cz + (dz * ring);
            if (IsGood(x, z, fp, MaxRise(label, fp)))
            {
                PlacedObject o = Place(label, x, z, DetMath.Heading(-dx, -dz));
                first ??= o;
                placed++;
            }
        }
        for (int k = placed; k < count; k++)
        {
            // Any that did not fit the ring stand just outside it, still facing the green.
            PlacedObject? o = PlaceInRing(label, cx, cz, ring, ring + fp + 10f, cx, cz);
            first ??= o;
            placed += o is null ? 0 : 1;
        }
        return (placed, first);
    }

    /// <summary>The centre 40–100 m from the origin around which the most of a ring of buildings fits.</summary>
    private (float X, float Z) BestCentre(SemanticLabel label, int count, float ring, float fp)
    {
        (float X, float Z) best = (0f, 0f);
        int bestFit = -1;
        float phase = RngFor((int)label + 2000).Range(0f, 2f * MathF.PI);
        foreach (float d in (ReadOnlySpan<float>)[45f + ring, 70f + ring, 100f + ring])
        {
            for (int b = 0; b < 8; b++)
            {
                (float bx, float bz) = DetMath.Direction(phase + (b * MathF.PI / 4f));
                float cx = bx * d, cz = bz * d;
                int fit = 0;
                for (int k = 0; k < count; k++)
                {
                    (float dx, float dz) = DetMath.Direction(k * 2f * MathF.PI / count);
                    fit += IsGood(cx + (dx * ring), cz + (dz * ring), fp, MaxRise(label, fp)) ? 1 : 0;
                }
                if (fit > bestFit)
                {
                    (best, bestFit) = ((cx, cz), fit);
                }
                if (fit == count)
                {
                    return best;
                }
            }
        }
        return best;
    }

    /// <summary>
    /// A crowd: people packed on a sunflower spiral (about 1.7 m apart) on the settlement's square, in front of the
    /// main subject, or on open ground near the origin, all turned toward what they came to see.
    /// </summary>
    private (int Placed, PlacedObject? First) PlaceCrowd(int count)
    {
        float radius = (0.95f * MathF.Sqrt(count)) + 1.5f;
        (float cx, float cz, float focusX, float focusZ) = CrowdCentre(radius);
        Rng rng = RngFor((int)SemanticLabel.Person + 3000);
        float phase = rng.Range(0f, 2f * MathF.PI);
        PlacedObject? first = null;
        int placed = 0;
        float reach = 0f;
        for (int i = 0; i < count * 4 && placed < count; i++)
        {
            float r = 0.95f * MathF.Sqrt(i + 0.5f);
            (float dx, float dz) = DetMath.Direction(phase + (i * 2.399963f));
            float x = cx + (dx * r) + rng.Range(-0.25f, 0.25f), z = cz + (dz * r) + rng.Range(-0.25f, 0.25f);
            if (Depth(x, z) > -0.3f || Blocked(x, z))
            {
                continue;
            }
            float yaw = DetMath.Heading(focusX - x, focusZ - z) + rng.Range(-0.5f, 0.5f);
            PlacedObject o = Place(SemanticLabel.Person, x, z, yaw, occupy: false);
            first ??= o;
            placed++;
            reach = MathF.Max(reach, r + 0.5f);
        }
        _occupied.Add((cx, cz, reach));
        _clearings.Add((cx, cz, reach + 1f));
        return (placed, first);
    }

    /// <summary>True where a person cannot stand: on a road or inside anything solid already placed (a square's own claim aside).</summary>
    private bool Blocked(float x, float z)
    {
        foreach (RoadSegment road in _roads)
        {
            if (road.Nearest(x, z, out _, out _) < road.HalfWidth + 0.5f)
            {
                return true;
            }
        }
        foreach (PlacedObject o in _objects)
        {
            if (!o.IsSolid)
            {
                continue;
            }
            float dx = x - o.Position.X, dz = z - o.Position.Z, r = MathF.Max(o.HalfExtents.X, o.HalfExtents.Z) + 0.6f;
            if ((dx * dx) + (dz * dz) < r * r)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Where a crowd gathers (the square, before the subject, or open ground near the origin) and what it faces.</summary>
    private (float X, float Z, float FocusX, float FocusZ) CrowdCentre(float radius)
    {
        foreach (Plot plot in _plots)
        {
            if (plot.Ground == GroundKind.Pavement)
            {
                return (plot.X, plot.Z, plot.X, plot.Z);
            }
        }
        if (_subject is { } s && SemanticLabels.IsStructure(s.Label))
        {
            float d = MathF.Sqrt((s.Position.X * s.Position.X) + (s.Position.Z * s.Position.Z));
            (float ux, float uz) = d > 1f ? (-s.Position.X / d, -s.Position.Z / d) : (0f, 1f);
            float gap = s.Radius + radius + 3f;
            for (int a = 0; a < 12; a++)
            {
                (float dx, float dz) = DetMath.Direction(DetMath.Heading(ux, uz) + (Alternate(a) * 0.5f));
                float x = s.Position.X + (dx * gap), z = s.Position.Z + (dz * gap);
                if (IsGood(x, z, radius * 0.6f, 3f))
                {
                    return (x, z, s.Position.X, s.Position.Z);
                }
            }
        }
        foreach ((float x, float z) in Rings(0f, 0f, 150f, 8f, 0.3f))
        {
            if (IsGood(x, z, radius * 0.6f, 3f))
            {
                return (x, z, x, z);
            }
        }
        return (0f, 0f, 0f, 0f);
    }

    /// <summary>Hands the v2 extras to the plan: clearings for crowds and squares, plots, counted labels and unplaced requests.</summary>
    private void Finish(SitePlan plan)
    {
        plan.Clearings.AddRange(_clearings);
        plan.Plots.AddRange(_plots);
        foreach (FeatureRequest f in _spec.Features)
        {
            if (f.Counted && !SitePlan.Excluded(_spec, f.Label))
            {
                plan.Counted.Add(f.Label);
            }
        }
        foreach (IGrouping<SemanticLabel, UnplacedRequest> g in _unplaced.GroupBy(u => u.Label))
        {
            plan.Unplaced.Add(new UnplacedRequest(g.Key, g.Sum(u => u.Missing), g.First().Reason));
        }
    }
}
