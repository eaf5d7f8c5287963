using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Layout;

// Generator v2: the settlement, shaped by WorldSpec.Layout — the frame and helpers every layout shares, the default
// road village, and the town layouts (square, street, market, western main street). Compounds (harbour, farmstead,
// graveyard, temple, monastery) are in SitePlanner.Compounds.cs.
internal sealed partial class SitePlanner
{
    /// <summary>How many entries of <see cref="_occupied"/> were there before the layout began (its own never block it).</summary>
    private int _layoutStart;

    /// <summary>
    /// A layout's own frame: its centre and the unit vector of its "front" (toward the origin, where the visitor
    /// comes from, or along a street); "right" is the front turned a quarter clockwise seen from above.
    /// </summary>
    private readonly record struct Frame(float X, float Z, float FX, float FZ)
    {
        /// <summary>A frame at (x, z) whose front points at (tx, tz) (north when they coincide).</summary>
        public static Frame Facing(float x, float z, float tx, float tz)
        {
            float dx = tx - x, dz = tz - z, len = MathF.Sqrt((dx * dx) + (dz * dz));
            return len < 1f ? new Frame(x, z, 0f, -1f) : new Frame(x, z, dx / len, dz / len);
        }

        /// <summary>Compass heading of the front, radians.</summary>
        public float Yaw => DetMath.Heading(FX, FZ);

        /// <summary>World point <paramref name="right"/> m to the right of and <paramref name="front"/> m in front of the centre.</summary>
        public (float X, float Z) At(float right, float front) => (X - (FZ * right) + (FX * front), Z + (FX * right) + (FZ * front));

        /// <summary>Compass heading of a direction given in the frame (right, front).</summary>
        public float Heading(float right, float front) => DetMath.Heading(-(FZ * right) + (FX * front), (FX * right) + (FZ * front));
    }

    /// <summary>How many buildings a settlement of the spec's size has (a layout with no size named is a hamlet's).</summary>
    private int SettlementSize => _spec.Settlement switch
    {
        SettlementKind.Village => 11,
        SettlementKind.Town => 18,
        SettlementKind.City => 26,
        _ => 5,
    };

    /// <summary>The settlement the spec asks for, laid out as its <see cref="WorldSpec.Layout"/> says.</summary>
    private void PlaceLayout()
    {
        if ((_spec.Settlement == SettlementKind.None && _spec.Layout == SettlementLayout.Default) || _spec.NoStructures)
        {
            return;
        }
        _layoutStart = _occupied.Count;
        _styleMaterial = _spec.Layout == SettlementLayout.WesternStreet ? MaterialKind.Wood : null;
        switch (_spec.Layout)
        {
            case SettlementLayout.Square:
                PlaceSquare();
                break;
            case SettlementLayout.Street:
                PlaceStreet();
                break;
            case SettlementLayout.Market:
                PlaceMarket();
                break;
            case SettlementLayout.WesternStreet:
                PlaceWesternStreet();
                break;
            case SettlementLayout.Harbour:
                PlaceHarbour();
                break;
            case SettlementLayout.Farmstead:
                PlaceFarmstead();
                break;
            case SettlementLayout.Graveyard:
                PlaceGraveyard();
                break;
            case SettlementLayout.Temple:
                PlaceTemple();
                break;
            case SettlementLayout.Monastery:
                PlaceMonastery();
                break;
            default:
                PlaceRoadVillage(SettlementSize);
                break;
        }
        if (_spec.Settlement != SettlementKind.None && _spec.Layout is SettlementLayout.Graveyard or SettlementLayout.Temple or SettlementLayout.Monastery)
        {
            PlaceRoadVillage(SettlementSize / 2); // the village the churchyard, temple or monastery belongs to
        }
        _styleMaterial = null;
    }

    /// <summary>The default layout: houses both sides of the site road, facing it; a village adds a church and a well, a town shops.</summary>
    private void PlaceRoadVillage(int houses)
    {
        if (_roads.Count == 0 || SitePlan.Excluded(_spec, SemanticLabel.House))
        {
            return;
        }
        var rng = new Rng(StableHash.Combine(_seed, 0x5E77UL));
        int placed = 0;
        for (int k = 0; k < houses * 3 && placed < houses; k++)
        {
            SemanticLabel label = Take(placed switch
            {
                2 when _spec.Settlement >= SettlementKind.Village && !_objects.Any(o => o.Label is SemanticLabel.Church or SemanticLabel.Temple or SemanticLabel.Monastery)
                    => SemanticLabel.Church,
                4 when _spec.Settlement >= SettlementKind.Village && !_objects.Any(o => o.Label is SemanticLabel.Well or SemanticLabel.Fountain) => SemanticLabel.Well,
                _ when _spec.Settlement >= SettlementKind.Town && rng.Chance(0.3f) => SemanticLabel.Shop,
                _ => rng.Chance(0.7f) ? SemanticLabel.House : SemanticLabel.Cottage,
            });
            if (label == SemanticLabel.None)
            {
                placed++;
                continue;
            }
            if (PlaceAlongRoad(label, k, ObjectCatalog.Get(label).Footprint) is not null)
            {
                placed++;
            }
        }
    }

    /// <summary>
    /// A town square: buildings on its four sides facing an open paved square with a fountain (or a well) in the middle,
    /// lamp posts at its corners and benches round the fountain; the side toward the origin opens in its middle.
    /// </summary>
    private void PlaceSquare()
    {
        float half = _spec.Settlement switch { SettlementKind.Town => 16f, SettlementKind.City => 19f, SettlementKind.Village => 13f, _ => 11f };
        Frame f = SiteFrame(half + 14f);
        var rng = new Rng(StableHash.Combine(_seed, 0x5A0AUL));
        _plots.Add(new Plot(f.X, f.Z, f.Yaw, half + 1.5f, half + 1.5f, GroundKind.Pavement));
        _pads.Add(new Pad(Ids.Make(_seed, _serial++, 0x5A0A, 0), f.X, f.Z, half + 1f, Probe(f.X, f.Z).Ground));
        PlaceAt(_spec.Settlement >= SettlementKind.Town || rng.Chance(0.6f) ? SemanticLabel.Fountain : SemanticLabel.Well, f, 0f, 0f, f.Yaw);
        foreach ((float r, float fr) in (ReadOnlySpan<(float, float)>)[(-1f, -1f), (1f, -1f), (-1f, 1f), (1f, 1f)])
        {
            PlaceAt(SemanticLabel.LampPost, f, r * (half - 1.2f), fr * (half - 1.2f), f.Yaw);
            PlaceAt(SemanticLabel.Bench, f, r * half * 0.45f, fr * half * 0.45f, f.Heading(-r, -fr)); // facing the fountain
        }
        int perSide = Math.Max(2, (int)(2f * half / 8.5f));
        float frontage = 2f * half / perSide;
        int placed = 0;
        ReadOnlySpan<(float R, float F)> normals = [(0f, -1f), (1f, 0f), (-1f, 0f), (0f, 1f)]; // back, right, left, front
        foreach ((float nr, float nf) in normals)
        {
            for (int j = 0; j < perSide && placed < SettlementSize; j++)
            {
                float u = -half + (frontage * (j + 0.5f));
                if (nf > 0f && MathF.Abs(u) < frontage * 0.6f)
                {
                    continue; // the way in, toward the origin
                }
                bool church = nf < 0f && j == perSide / 2 && _spec.Settlement >= SettlementKind.Village && !_objects.Any(o => o.Label == SemanticLabel.Church);
                SemanticLabel label = church ? SemanticLabel.Church
                    : _spec.Settlement >= SettlementKind.Town && rng.Chance(0.4f) ? SemanticLabel.Shop
                    : rng.Chance(0.65f) ? SemanticLabel.House : SemanticLabel.Cottage;
                float hz = church ? ObjectCatalog.Get(label).HalfExtents.Z : rng.Range(3.6f, 4.8f);
                Vector3? he = church ? null : new Vector3(Math.Clamp((frontage * 0.5f) - 0.7f, 3.2f, 6f), 0f, hz);
                float d = half + 1.5f + hz;
                float right = (nr * d) + (-nf * u), front = (nf * d) + (nr * u);
                placed += PlaceAt(label, f, right, front, f.Heading(-nr, -nf), he) is null ? 0 : 1;
            }
        }
        Claim(f, half + 1f);
        PlaceRoadVillage(SettlementSize - placed);
    }

    /// <summary>
    /// A street: houses both sides of the site road facing it, behind front-garden fences, with cars parked at the kerb
    /// and lamp posts. The first house (the view's subject) stands across the street from the origin, opposite an open
    /// green, so the street is seen from the visitor's side.
    /// </summary>
    private void PlaceStreet()
    {
        if (RoadNearOrigin() is not { } f)
        {
            PlaceRoadVillage(SettlementSize);
            return;
        }
        float halfWidth = _roads.MinBy(r => r.Nearest(0f, 0f, out _, out _))!.HalfWidth;
        var rng = new Rng(StableHash.Combine(_seed, 0x57EEUL));
        int pairs = (SettlementSize + 2) / 2;
        const float Spacing = 15f;
        float far = FarSide(f);
        for (int n = 0; n < pairs; n++)
        {
            float along = Alternate(n) * Spacing;
            foreach (float side in (ReadOnlySpan<float>)[far, -far])
            {
                if (n == 0 && side != far)
                {
                    PlaceAt(SemanticLabel.Bench, f, side * (halfWidth + 3f), along, f.Heading(-side, 0f), occupy: false);
                    continue; // the green opposite the first house
                }
                SemanticLabel label = _spec.Settlement >= SettlementKind.Town && MathF.Abs(along) < Spacing * 1.5f && rng.Chance(0.6f) ? SemanticLabel.Shop
                    : rng.Chance(0.7f) ? SemanticLabel.House : SemanticLabel.Cottage;
                float hx = rng.Range(3.6f, 5.6f), hz = rng.Range(3.4f, 4.6f);
                float garden = label == SemanticLabel.Shop ? 0.5f : 4f;
                if (PlaceAt(label, f, side * (halfWidth + 2f + garden + hz), along, f.Heading(-side, 0f), new Vector3(hx, 0f, hz)) is null)
                {
                    continue;
                }
                if (label != SemanticLabel.Shop)
                {
                    // The front garden's fence, either side of its gate.
                    float piece = (hx * 0.5f) - 0.4f;
                    foreach (float g in (ReadOnlySpan<float>)[-1f, 1f])
                    {
                        PlaceAt(SemanticLabel.Fence, f, side * (halfWidth + 2.6f), along + (g * (piece + 0.8f)), f.Heading(0f, 1f),
                            new Vector3(0.08f, 0.6f, piece), occupy: false);
                    }
                }
                if (rng.Chance(0.35f))
                {
                    PlaceAt(SemanticLabel.Car, f, side * (halfWidth - 1.3f), along + (Spacing * 0.5f), f.Heading(0f, side), occupy: false);
                }
                if (_spec.Settlement == SettlementKind.None && n % 2 == 0)
                {
                    PlaceAt(SemanticLabel.LampPost, f, side * (halfWidth + 1.2f), along + (Spacing * 0.25f), f.Yaw, occupy: false);
                }
            }
        }
    }

    /// <summary>A market: two rows of stalls facing each other across a paved aisle, carts and crates at the ends, shoppers, shops round it.</summary>
    private void PlaceMarket()
    {
        int stalls = _spec.Settlement switch { SettlementKind.Village => 14, SettlementKind.Town => 18, SettlementKind.City => 24, _ => 10 };
        int perRow = (stalls + 1) / 2;
        const float Pitch = 3.6f;
        float halfLength = (perRow * Pitch * 0.5f) + 2f;
        Frame f = SiteFrame(halfLength + 12f);
        var rng = new Rng(StableHash.Combine(_seed, 0x3A4EUL));
        _plots.Add(new Plot(f.X, f.Z, f.Yaw, 8f, halfLength + 1f, GroundKind.Pavement));
        for (int n = 0; n < perRow; n++)
        {
            int i = (perRow / 2) + Alternate(n); // from the middle out, so the subject is the middle stall
            if (i < 0 || i >= perRow)
            {
                continue;
            }
            float along = -halfLength + 2f + (Pitch * (i + 0.5f));
            PlaceAt(SemanticLabel.MarketStall, f, -3.2f, along, f.Heading(1f, 0f), occupy: false);
            PlaceAt(SemanticLabel.MarketStall, f, 3.2f, along, f.Heading(-1f, 0f), occupy: false);
        }
        PlaceAt(SemanticLabel.Cart, f, 5.5f, halfLength - 1f, f.Heading(0f, -1f), occupy: false);
        for (int k = 0; k < 6; k++)
        {
            PlaceAt(k % 2 == 0 ? SemanticLabel.Crate : SemanticLabel.Barrel, f, (k < 3 ? -1f : 1f) * rng.Range(5f, 6.5f),
                rng.Range(-halfLength, halfLength), rng.Range(0f, 2f * MathF.PI), occupy: false);
        }
        if (FeatureFor(SemanticLabel.Person) is null && !SitePlan.Excluded(_spec, SemanticLabel.Person))
        {
            for (int k = 0; k < 4 + perRow; k++)
            {
                float side = (k & 1) == 0 ? 1f : -1f;
                PlaceAt(SemanticLabel.Person, f, rng.Range(-1.2f, 1.2f), rng.Range(-halfLength + 2f, halfLength - 2f), f.Heading(side, rng.Range(-0.4f, 0.4f)), occupy: false);
            }
        }
        Claim(f, 9f);
        // Shops and houses along both long sides, facing the market.
        int buildings = SettlementSize / 2, placed = 0;
        for (int n = 0; n < buildings * 2 && placed < buildings; n++)
        {
            float side = (n & 1) == 0 ? 1f : -1f, along = Alternate(n / 2) * 12f;
            SemanticLabel label = rng.Chance(0.5f) ? SemanticLabel.Shop : SemanticLabel.House;
            float hz = rng.Range(3.6f, 4.6f);
            placed += PlaceAt(label, f, side * (9.5f + hz), along, f.Heading(-side, 0f), new Vector3(rng.Range(4f, 5.4f), 0f, hz)) is null ? 0 : 1;
        }
    }

    /// <summary>
    /// A western main street: a saloon and false-fronted, weatherboarded shops shoulder to shoulder both sides of a wide
    /// dirt street, barrels on the boardwalks, horses at the saloon's rail, a cart and a rider in the street. The saloon
    /// stands across the street from the origin, opposite an empty lot.
    /// </summary>
    private void PlaceWesternStreet()
    {
        if (RoadNearOrigin() is not { } f)
        {
            PlaceRoadVillage(SettlementSize);
            return;
        }
        float halfWidth = _roads.MinBy(r => r.Nearest(0f, 0f, out _, out _))!.HalfWidth;
        var rng = new Rng(StableHash.Combine(_seed, 0x3E57UL));
        int pairs = Math.Max(3, (SettlementSize + 2) / 2);
        const float Spacing = 13f;
        float saloonAt = 0f, far = FarSide(f);
        for (int n = 0; n < pairs; n++)
        {
            int j = Alternate(n); // from the middle out: the saloon first, the subject of the view
            float along = j * Spacing;
            foreach (float side in (ReadOnlySpan<float>)[far, -far])
            {
                if (n == 0 && side != far)
                {
                    continue; // an empty lot across from the saloon, so the visitor sees it from their side of the street
                }
                if (n == 0)
                {
                    float d = halfWidth + 3f + ObjectCatalog.Get(SemanticLabel.Saloon).HalfExtents.Z;
                    if (PlaceAt(SemanticLabel.Saloon, f, side * d, along, f.Heading(-side, 0f)) is not null)
                    {
                        saloonAt = side;
                    }
                    continue;
                }
                float hx = rng.Range(4.4f, 5.8f), hz = rng.Range(4f, 5f);
                var p = new BuildingParameters(RoofKind.Flat, rng.Chance(0.35f) ? 2 : 1, rng.Next(16));
                PlaceAt(SemanticLabel.Shop, f, side * (halfWidth + 3f + hz), along, f.Heading(-side, 0f), new Vector3(hx, 0f, hz), p);
                if (rng.Chance(0.5f))
                {
                    PlaceAt(rng.Chance(0.6f) ? SemanticLabel.Barrel : SemanticLabel.Crate, f, side * (halfWidth + 1.6f), along + rng.Range(-4f, 4f),
                        rng.Range(0f, 2f * MathF.PI), occupy: false);
                }
            }
        }
        if (saloonAt != 0f)
        {
            // The hitching rail before the saloon and the horses tied to it.
            PlaceAt(SemanticLabel.Fence, f, saloonAt * (halfWidth + 1.2f), 0f, f.Heading(0f, 1f), new Vector3(0.08f, 0.6f, 3f), occupy: false);
            if (FeatureFor(SemanticLabel.Horse) is null && !SitePlan.Excluded(_spec, SemanticLabel.Horse))
            {
                for (int k = 0; k < 3; k++)
                {
                    PlaceAt(SemanticLabel.Horse, f, saloonAt * (halfWidth + 0.2f), (k - 1) * 2f, f.Heading(saloonAt, 0f), occupy: false);
                }
            }
        }
        PlaceAt(SemanticLabel.Cart, f, -halfWidth * 0.5f, Spacing * 1.4f, f.Heading(0f, 1f), occupy: false);
        if (FeatureFor(SemanticLabel.Rider) is null && !SitePlan.Excluded(_spec, SemanticLabel.Rider))
        {
            PlaceAt(SemanticLabel.Rider, f, halfWidth * 0.3f, -Spacing * 1.2f, f.Heading(0f, 1f), occupy: false);
        }
    }

    /// <summary>Which side of a street frame (+1 right, −1 left) is away from the origin.</summary>
    private static float FarSide(in Frame f)
    {
        (float rx, float rz) = (-f.FZ, f.FX);
        return (rx * -f.X) + (rz * -f.Z) > 0f ? -1f : 1f;
    }

    /// <summary>The site road's point nearest the origin as a frame whose front runs along the road; null without a road.</summary>
    private Frame? RoadNearOrigin()
    {
        if (_roads.Count == 0)
        {
            return null;
        }
        RoadSegment road = _roads.MinBy(r => r.Nearest(0f, 0f, out _, out _))!;
        road.Nearest(0f, 0f, out _, out float t);
        float ux = road.X1 - road.X0, uz = road.Z1 - road.Z0, len = MathF.Sqrt((ux * ux) + (uz * uz));
        return new Frame(DetMath.Lerp(road.X0, road.X1, t), DetMath.Lerp(road.Z0, road.Z1, t), ux / len, uz / len);
    }

    /// <summary>
    /// The frame of a compound of radius <paramref name="reach"/> m: the nearest centre (30–200 m out) where the ground
    /// is dry and level enough and nothing placed earlier nor a road is in the way, its front toward the origin.
    /// </summary>
    private Frame SiteFrame(float reach)
    {
        float phase = new Rng(StableHash.Combine(_seed, 0xF4A3UL)).Range(0f, 2f * MathF.PI);
        (float X, float Z, float Spread)? best = null;
        for (float d = 25f + (reach * 0.6f); d <= 200f + reach; d += 10f)
        {
            for (int b = 0; b < 16; b++)
            {
                (float dx, float dz) = DetMath.Direction(phase + (b * MathF.PI / 8f));
                float cx = dx * d, cz = dz * d;
                if (!ClearOfOthers(cx, cz, reach * 0.8f))
                {
                    continue;
                }
                float spread = Spread(cx, cz, reach);
                if (spread <= 1.5f + (0.05f * reach))
                {
                    return Frame.Facing(cx, cz, 0f, 0f);
                }
                if (best is not { } bb || spread < bb.Spread)
                {
                    best = (cx, cz, spread);
                }
            }
        }
        return best is { } found ? Frame.Facing(found.X, found.Z, 0f, 0f) : Frame.Facing(0f, 60f, 0f, 0f);
    }

    /// <summary>Largest rise (m) between the centre and points at the reach and half of it; +∞ when any of them is wet.</summary>
    private float Spread(float cx, float cz, float reach)
    {
        (float g0, float w0) = Probe(cx, cz);
        if (w0 > g0 - 0.3f)
        {
            return float.PositiveInfinity;
        }
        float spread = 0f;
        for (int k = 0; k < 12; k++)
        {
            (float dx, float dz) = DetMath.Direction(k * MathF.PI / 6f);
            foreach (float r in (ReadOnlySpan<float>)[reach * 0.5f, reach])
            {
                (float g, float w) = Probe(cx + (dx * r), cz + (dz * r));
                if (w > g - 0.3f)
                {
                    return float.PositiveInfinity;
                }
                spread = MathF.Max(spread, MathF.Abs(g - g0));
            }
        }
        return spread;
    }

    /// <summary>True when no object placed before the layout and no road is within <paramref name="r"/> m of (x, z).</summary>
    private bool ClearOfOthers(float x, float z, float r) => !IsOccupied(x, z, r, _layoutStart);

    /// <summary>Dry, gentle ground for a footprint of radius r (m), whatever else stands there.</summary>
    private bool GroundFits(float x, float z, float r, float maxRise)
    {
        (float g0, float w0) = Probe(x, z);
        if (w0 > g0 - 0.3f)
        {
            return false;
        }
        for (int k = 0; k < 8; k++)
        {
            (float dx, float dz) = DetMath.Direction(k * MathF.PI / 4f);
            (float g, float w) = Probe(x + (dx * r), z + (dz * r));
            if (w > g - 0.3f || MathF.Abs(g - g0) > maxRise)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Places one of the layout's objects at a point of its frame; see <see cref="PlaceAtWorld"/>.</summary>
    private PlacedObject? PlaceAt(SemanticLabel label, in Frame f, float right, float front, float yaw, Vector3? halfExtents = null,
        BuildingParameters? parameters = null, bool occupy = true)
    {
        (float x, float z) = f.At(right, front);
        return PlaceAtWorld(label, x, z, yaw, halfExtents, parameters, occupy);
    }

    /// <summary>
    /// Places one of the layout's objects where its footing holds: a building where the ground is dry and level and
    /// nothing placed before the layout (nor a road) is in the way; a small thing on any dry ground. A counted
    /// request caps the label (see <see cref="Take"/>). Null when it does not fit.
    /// </summary>
    private PlacedObject? PlaceAtWorld(SemanticLabel label, float x, float z, float yaw, Vector3? halfExtents = null,
        BuildingParameters? parameters = null, bool occupy = true)
    {
        label = Take(label);
        if (label == SemanticLabel.None)
        {
            return null;
        }
        PlacementRule rule = PlacementRules.For(label);
        if (rule.Pad)
        {
            float r = halfExtents is { } h ? MathF.Max(h.X, h.Z) : ObjectCatalog.Get(label).Footprint * 0.8f;
            if (!GroundFits(x, z, r, MaxRise(label, r)) || !ClearOfOthers(x, z, r * 0.8f))
            {
                return null;
            }
        }
        else if (rule.Footing is Footing.DryLand or Footing.Roadside && !IsDry(Depth(x, z)))
        {
            return null;
        }
        Vector3? he = halfExtents is { } given && !BuildingParameters.AppliesTo(label) && given.Y <= 0f
            ? given with { Y = ObjectCatalog.Get(label).HalfExtents.Y } : halfExtents;
        return Place(label, x, z, yaw, halfExtents: he, parameters: parameters, occupy: occupy);
    }

    /// <summary>Claims the disc of a finished compound so later requests and the spawn keep out of it.</summary>
    private void Claim(in Frame f, float radius) => _occupied.Add((f.X, f.Z, radius));
}
