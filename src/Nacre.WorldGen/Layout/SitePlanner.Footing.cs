using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Layout;

// Generator v2: every object stands where its PlacementRules footing holds — boats afloat, piers from the bank into
// the water, reeds in the shallows, lighthouses by the sea, bridges over water, cars by roads, the rest on dry land.
internal sealed partial class SitePlanner
{
    /// <summary>Footings that found no place at all: later requests with the same footing skip the search.</summary>
    private readonly HashSet<Footing> _hopeless = [];

    private readonly List<UnplacedRequest> _unplaced = [];

    /// <summary>Water depth at a point (m): water level minus ground; negative on land, −∞ where no water body is near.</summary>
    private float Depth(float x, float z, bool final = false)
    {
        (float g, float w) = final ? FinalSurface(x, z) : Probe(x, z);
        return w - g;
    }

    private static bool IsDry(float depth) => depth <= -0.2f;

    /// <summary>Points on rings around (cx, cz), nearest first, <paramref name="step"/> m apart, out to <paramref name="maxR"/> m.</summary>
    private static IEnumerable<(float X, float Z)> Rings(float cx, float cz, float maxR, float step, float phase)
    {
        yield return (cx, cz);
        for (float r = step; r <= maxR; r += step)
        {
            int n = Math.Max(6, (int)(2f * MathF.PI * r / step));
            for (int i = 0; i < n; i++)
            {
                (float dx, float dz) = DetMath.Direction(phase + (i * 2f * MathF.PI / n));
                yield return (cx + (dx * r), cz + (dz * r));
            }
        }
    }

    /// <summary>Unit vector down the slope of the ground at (x, z) — into the water at a shore — or null on flat ground.</summary>
    private (float X, float Z)? Downhill(float x, float z)
    {
        float gx = Probe(x + 2f, z).Ground - Probe(x - 2f, z).Ground;
        float gz = Probe(x, z + 2f).Ground - Probe(x, z - 2f).Ground;
        float len = MathF.Sqrt((gx * gx) + (gz * gz));
        return len < 0.02f ? null : (-gx / len, -gz / len);
    }

    /// <summary>Places the k-th object of a kind near (cx, cz) where its footing holds, or returns null when there is no such place.</summary>
    private PlacedObject? PlaceByFooting(SemanticLabel label, float cx, float cz, int k)
    {
        PlacementRule rule = PlacementRules.For(label);
        if (_hopeless.Contains(rule.Footing))
        {
            return null;
        }
        PlacedObject? o = rule.Footing switch
        {
            // v2 lets a boat float in 0.6 m, so one asked off a gentle beach lies within sight of it rather than far out.
            Footing.Water => PlaceAfloat(label, cx, cz, minDepth: _m.V2 ? 0.6f : 1f),
            Footing.ShoreIntoWater => PlaceIntoWater(label, cx, cz),
            Footing.ShallowWater => PlaceInShallows(label, cx, cz, 0.05f, 0.7f),
            Footing.Waterline => PlaceInShallows(label, cx, cz, -0.5f, 0.9f),
            Footing.Coast => PlaceOnCoast(label, cx, cz, rule.Reach),
            Footing.AcrossWater => PlaceAcross(label, cx, cz, k),
            Footing.Roadside => PlaceRoadside(label, cx, cz, k),
            _ => cx == 0f && cz == 0f ? PlaceGeneric(label) : PlaceNear(label, cx, cz),
        };
        if (o is null && rule.Footing != Footing.DryLand)
        {
            _hopeless.Add(rule.Footing);
        }
        return o;
    }

    /// <summary>On dry land around an anchor point, facing it.</summary>
    private PlacedObject? PlaceNear(SemanticLabel label, float cx, float cz)
    {
        float r = ObjectCatalog.Get(label).Footprint + 3f;
        return PlaceInRing(label, cx, cz, r, r + 30f, cx, cz) ?? PlaceGeneric(label);
    }

    /// <summary>Afloat near (cx, cz), within <paramref name="maxR"/> m, on water <paramref name="minDepth"/> m deep under its middle and 0.5 m at bow and stern.</summary>
    private PlacedObject? PlaceAfloat(SemanticLabel label, float cx, float cz, float minDepth = 1f, float maxR = 320f)
    {
        ObjectCatalog.Entry e = ObjectCatalog.Get(label);
        Rng rng = RngFor((int)label + 1000);
        float reach = e.HalfExtents.Z + 0.5f;
        foreach ((float x, float z) in Rings(cx, cz, maxR, maxR < 60f ? 3f : 6f, rng.Range(0f, 2f * MathF.PI)))
        {
            (float g, float w) = Probe(x, z);
            if (w - g < minDepth || IsOccupied(x, z, e.Footprint))
            {
                continue;
            }
            float yaw = rng.Range(0f, 2f * MathF.PI);
            (float fx, float fz) = DetMath.Direction(yaw);
            float ends = MathF.Min(0.5f, minDepth * 0.6f);
            if (Depth(x + (fx * reach), z + (fz * reach)) < ends || Depth(x - (fx * reach), z - (fz * reach)) < ends)
            {
                continue;
            }
            return Place(label, x, z, yaw, w);
        }
        return null;
    }

    /// <summary>Lengths tried for a pier, as fractions of the catalogue's: its own, longer over a shallow shelf, shorter over a narrow river.</summary>
    private static readonly float[] PierLengths = [1f, 1.3f, 1.6f, 0.8f, 0.6f];

    /// <summary>A pier or jetty: its near end on the bank, running straight out over the water, sized to reach water 0.3 m deep.</summary>
    private PlacedObject? PlaceIntoWater(SemanticLabel label, float cx, float cz)
    {
        ObjectCatalog.Entry e = ObjectCatalog.Get(label);
        Rng rng = RngFor((int)label + 1000);
        foreach ((float x, float z) in Rings(cx, cz, 320f, 4f, rng.Range(0f, 2f * MathF.PI)))
        {
            float d0 = Depth(x, z);
            if (!(d0 > 0f && d0 <= 0.6f) || Downhill(x, z) is not { } dir)
            {
                continue;
            }
            // The near end stands on the bank, the first spot back from the water that is dry (a beach rises slowly).
            float back = 4f;
            while (back < 12f && !IsDry(Depth(x - (dir.X * back), z - (dir.Z * back))))
            {
                back += 2f;
            }
            if (!IsDry(Depth(x - (dir.X * back), z - (dir.Z * back))))
            {
                continue;
            }
            back += 1f; // a metre onto the bank, so the whole near end stands on land
            float nx = x - (dir.X * back), nz = z - (dir.Z * back);
            foreach (float length in PierLengths)
            {
                float half = e.HalfExtents.Z * length;
                float fx = nx + (dir.X * 2f * half), fz = nz + (dir.Z * 2f * half);
                if (Depth(fx, fz) < 0.3f || !WetAlong(nx, nz, dir.X, dir.Z, back + 1f, 2f * half))
                {
                    continue;
                }
                float px = nx + (dir.X * half), pz = nz + (dir.Z * half);
                if (IsOccupied(px, pz, half))
                {
                    break;
                }
                float level = Probe(fx, fz).Water;
                return Place(label, px, pz, DetMath.Heading(dir.X, dir.Z), level + 0.6f, e.HalfExtents with { Z = half });
            }
        }
        return null;
    }

    /// <summary>True when every point 2 m apart from <paramref name="from"/> to <paramref name="to"/> m along the ray is under water.</summary>
    private bool WetAlong(float x, float z, float dx, float dz, float from, float to)
    {
        for (float s = from; s <= to; s += 2f)
        {
            if (Depth(x + (dx * s), z + (dz * s)) <= 0.05f)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Where the water is between <paramref name="minDepth"/> and <paramref name="maxDepth"/> m deep (reeds; a wreck on the waterline).</summary>
    private PlacedObject? PlaceInShallows(SemanticLabel label, float cx, float cz, float minDepth, float maxDepth)
    {
        ObjectCatalog.Entry e = ObjectCatalog.Get(label);
        Rng rng = RngFor((int)label + 1000);
        foreach ((float x, float z) in Rings(cx, cz, 300f, 3f, rng.Range(0f, 2f * MathF.PI)))
        {
            float d = Depth(x, z);
            if (d > minDepth && d <= maxDepth && !IsOccupied(x, z, e.Footprint))
            {
                return Place(label, x, z, rng.Range(0f, 2f * MathF.PI));
            }
        }
        return null;
    }

    /// <summary>The highest dry, level spot within <paramref name="reach"/> m of the sea's edge (of a lake's when there is no sea), facing the water.</summary>
    private PlacedObject? PlaceOnCoast(SemanticLabel label, float cx, float cz, float reach)
    {
        ObjectCatalog.Entry e = ObjectCatalog.Get(label);
        Rng rng = RngFor((int)label + 1000);
        foreach ((float x, float z) in Rings(cx, cz, 320f, 5f, rng.Range(0f, 2f * MathF.PI)))
        {
            (float g, float w) = Probe(x, z);
            if (!(w > g && w - g <= 1.5f) || (_m.HasSea && w != 0f) || Downhill(x, z) is not { } dir)
            {
                continue;
            }
            (float X, float Z, float H)? best = null;
            for (float s = 3f; s <= reach - 3f; s += 2f)
            {
                float px = x - (dir.X * s), pz = z - (dir.Z * s);
                if (IsGood(px, pz, e.Footprint, MaxRise(label, e.Footprint) + 1f))
                {
                    float h = Probe(px, pz).Ground;
                    if (best is not { } b || h > b.H + 0.5f)
                    {
                        best = (px, pz, h);
                    }
                }
            }
            if (best is { } spot)
            {
                return Place(label, spot.X, spot.Z, DetMath.Heading(dir.X, dir.Z));
            }
        }
        return null;
    }

    /// <summary>A bridge over the site's river, or over the narrowest water (≤ 50 m) near the anchor, its ends on the banks.</summary>
    private PlacedObject? PlaceAcross(SemanticLabel label, float cx, float cz, int k)
    {
        if (label == SemanticLabel.Bridge && _m.Landforms.River is { } river)
        {
            return PlaceOverRiver(label, river, k);
        }
        Rng rng = RngFor((int)label + 1000);
        foreach ((float x, float z) in Rings(cx, cz, 300f, 6f, rng.Range(0f, 2f * MathF.PI)))
        {
            (float g, float w) = Probe(x, z);
            if (w - g < 0.3f)
            {
                continue;
            }
            (float Span, float Mx, float Mz, float Yaw)? best = null;
            for (int a = 0; a < 8; a++)
            {
                (float dx, float dz) = DetMath.Direction(a * MathF.PI / 8f);
                float ahead = Bank(x, z, dx, dz), behind = Bank(x, z, -dx, -dz);
                float span = ahead + behind;
                if (span <= 50f && (best is not { } b || span < b.Span))
                {
                    float off = (ahead - behind) * 0.5f;
                    best = (span, x + (dx * off), z + (dz * off), DetMath.Heading(dx, dz));
                }
            }
            if (best is { } bb && !IsOccupied(bb.Mx, bb.Mz, 3f))
            {
                return Place(label, bb.Mx, bb.Mz, bb.Yaw, w + 1.2f, new Vector3(2.4f, 0.5f, (bb.Span * 0.5f) + 4f));
            }
        }
        return null;
    }

    /// <summary>Distance (m) from a wet point to dry land in one direction, or +∞ beyond 30 m.</summary>
    private float Bank(float x, float z, float dx, float dz)
    {
        for (float s = 1f; s <= 30f; s += 1f)
        {
            if (IsDry(Depth(x + (dx * s), z + (dz * s))))
            {
                return s;
            }
        }
        return float.PositiveInfinity;
    }

    /// <summary>Parked at the verge of the site road nearest the anchor; by a building when the prompt ruled out roads.</summary>
    private PlacedObject? PlaceRoadside(SemanticLabel label, float cx, float cz, int k)
    {
        if (_roads.Count == 0)
        {
            return PlaceGeneric(label);
        }
        RoadSegment road = _roads.MinBy(r => r.Nearest(cx, cz, out _, out _))!;
        float ux = road.X1 - road.X0, uz = road.Z1 - road.Z0;
        float len = MathF.Sqrt((ux * ux) + (uz * uz));
        ux /= len;
        uz /= len;
        road.Nearest(cx, cz, out _, out float t);
        float px = DetMath.Lerp(road.X0, road.X1, t), pz = DetMath.Lerp(road.Z0, road.Z1, t);
        ObjectCatalog.Entry e = ObjectCatalog.Get(label);
        for (int a = 0; a < 40; a++)
        {
            int slot = Alternate(k + a);
            float side = ((k + a) & 1) == 0 ? 1f : -1f;
            float along = slot * 7f, off = road.HalfWidth - 1.3f;
            float x = px + (ux * along) - (uz * off * side), z = pz + (uz * along) + (ux * off * side);
            if (!IsDry(Depth(x, z)) || IsCrowded(x, z, e.Footprint))
            {
                continue;
            }
            return Place(label, x, z, DetMath.Heading(ux * side, uz * side));
        }
        return null;
    }

    /// <summary>True when another placed object (roads aside) is within reach of a disc of radius r at (x, z).</summary>
    private bool IsCrowded(float x, float z, float r)
    {
        foreach ((float ox, float oz, float or) in _occupied)
        {
            float dx = x - ox, dz = z - oz, rr = or + r + 0.5f;
            if ((dx * dx) + (dz * dz) < rr * rr)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the object stands where its footing holds; <paramref name="final"/> checks the finished surface, pads and roads included.</summary>
    private bool Stands(in PlacedObject o, bool final = false)
    {
        PlacementRule rule = PlacementRules.For(o.Label);
        float x = o.Position.X, z = o.Position.Z;
        (float fx, float fz) = DetMath.Direction(o.Yaw);
        float half = o.HalfExtents.Z;
        switch (rule.Footing)
        {
            case Footing.Water:
                return Depth(x, z, final) >= 0.5f && Depth(x + (fx * half), z + (fz * half), final) >= 0.3f
                    && Depth(x - (fx * half), z - (fz * half), final) >= 0.3f;
            case Footing.ShoreIntoWater:
                return Depth(x - (fx * half * 0.9f), z - (fz * half * 0.9f), final) <= 0f && Depth(x + (fx * half * 0.9f), z + (fz * half * 0.9f), final) >= 0.25f;
            case Footing.ShallowWater:
                float d = Depth(x, z, final);
                return d > 0f && d <= 0.8f;
            case Footing.Waterline:
                float dw = Depth(x, z, final);
                return dw >= -0.6f && dw <= 1f;
            case Footing.AcrossWater:
                return Depth(x, z, final) > 0f && IsDry(Depth(x + (fx * half * 0.95f), z + (fz * half * 0.95f), final))
                    && IsDry(Depth(x - (fx * half * 0.95f), z - (fz * half * 0.95f), final));
            case Footing.Coast:
                return OnDryLand(o, final) && WaterWithin(x, z, rule.Reach, final);
            case Footing.Roadside when _roads.Count > 0:
                return IsDry(Depth(x, z, final)) && _roads.Any(r => r.Nearest(x, z, out _, out _) <= r.HalfWidth + rule.Reach);
            default:
                return OnDryLand(o, final);
        }
    }

    private bool OnDryLand(in PlacedObject o, bool final)
    {
        float x = o.Position.X, z = o.Position.Z;
        float r = 0.6f * MathF.Max(o.HalfExtents.X, o.HalfExtents.Z);
        return IsDry(Depth(x, z, final)) && IsDry(Depth(x + r, z, final)) && IsDry(Depth(x - r, z, final))
            && IsDry(Depth(x, z + r, final)) && IsDry(Depth(x, z - r, final));
    }

    /// <summary>True when water (the sea, in a world that has one) lies within <paramref name="reach"/> m of (x, z).</summary>
    private bool WaterWithin(float x, float z, float reach, bool final)
    {
        for (float r = 2f; r <= reach; r += 2f)
        {
            int n = Math.Max(8, (int)(2f * MathF.PI * r / 3f));
            for (int i = 0; i < n; i++)
            {
                (float dx, float dz) = DetMath.Direction(i * 2f * MathF.PI / n);
                (float g, float w) = final ? FinalSurface(x + (dx * r), z + (dz * r)) : Probe(x + (dx * r), z + (dz * r));
                if (w > g && (!_m.HasSea || w == 0f))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Ground and water at a point as the chunks will have them: the plan's own pads and roads included.</summary>
    private (float Ground, float Water) FinalSurface(float x, float z)
    {
        var f = new FeatureSet();
        _m.Gather(x, z, x, z, f, withRegions: false);
        foreach (Pad p in _pads)
        {
            if (p.Overlaps(x, z, x, z))
            {
                f.Pads.Add(p);
            }
        }
        foreach (RoadSegment r in _roads)
        {
            if (r.Overlaps(x, z, x, z))
            {
                f.Roads.Add(r);
            }
        }
        f.Canonicalise();
        return (SurfaceField.Height(_m.Terrain, f, x, z), SurfaceField.WaterLevel(_m.HasSea, f, x, z));
    }

    /// <summary>Takes back the object just placed (it did not stand where its footing holds).</summary>
    private void Retract(in PlacedObject o)
    {
        ulong id = o.Id;
        int i = _objects.FindLastIndex(p => p.Id == id);
        if (i >= 0)
        {
            _objects.RemoveAt(i);
        }
        float x = o.Position.X, z = o.Position.Z;
        int j = _occupied.FindLastIndex(p => p.X == x && p.Z == z);
        if (j >= 0)
        {
            _occupied.RemoveAt(j);
        }
        _pads.RemoveAll(p => p.Id == id);
        if (_subject is { } s && s.Position == o.Position)
        {
            _subject = null;
        }
    }

    /// <summary>Notes that <paramref name="missing"/> of a request found nowhere to stand.</summary>
    private void ReportUnplaced(SemanticLabel label, int missing)
    {
        if (missing > 0)
        {
            _unplaced.Add(new UnplacedRequest(label, missing, PlacementRules.Why(PlacementRules.For(label).Footing)));
        }
    }

    /// <summary>
    /// Last look at everything that stands at or over water, on the finished surface (a pad or road graded later can
    /// fill the shallows): whatever no longer stands where it should is taken back and reported.
    /// </summary>
    private void Revalidate()
    {
        var gone = new Dictionary<SemanticLabel, int>();
        for (int i = _objects.Count - 1; i >= 0; i--)
        {
            PlacedObject o = _objects[i];
            if (PlacementRules.For(o.Label).Footing is Footing.DryLand or Footing.Roadside || Stands(o, final: true))
            {
                continue;
            }
            Retract(o);
            gone[o.Label] = gone.GetValueOrDefault(o.Label) + 1;
        }
        foreach ((SemanticLabel label, int n) in gone.OrderBy(kv => kv.Key))
        {
            if (FeatureFor(label) is not null)
            {
                ReportUnplaced(label, n);
            }
        }
    }
}
