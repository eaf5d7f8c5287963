using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Layout;

// Generator v2: settlement layouts that are compounds of their own — a harbour on the shore, a farmstead with its
// fields, a walled graveyard, a temple precinct, a monastery.
internal sealed partial class SitePlanner
{
    /// <summary>
    /// A harbour on the shore nearest the origin: a paved quay along the waterline, piers and jetties out into the
    /// water with boats moored beside them, warehouses behind the quay with their loading doors to the water, crates
    /// and barrels on the quay, and the houses of the place further inland, facing the water.
    /// </summary>
    private void PlaceHarbour()
    {
        int piers = _spec.Settlement switch { SettlementKind.Town or SettlementKind.City => 4, SettlementKind.Village => 3, _ => 2 };
        if (NearestShore() is not { } shore)
        {
            _unplaced.Add(new UnplacedRequest(SemanticLabel.Pier, piers, "a harbour needs a shore: " + PlacementRules.Why(Footing.ShoreIntoWater)));
            PlaceRoadVillage(SettlementSize);
            return;
        }
        var f = new Frame(shore.X, shore.Z, shore.DX, shore.DZ); // front: out over the water; right: along the shore
        var rng = new Rng(StableHash.Combine(_seed, 0x4A2BUL));
        var waterline = new List<(float X, float Z, float Along)>();
        foreach (float along in (ReadOnlySpan<float>)[0f, -18f, 18f, -36f, 36f, -54f, 54f])
        {
            if (ShoreAlong(f, along) is { } s)
            {
                waterline.Add((s.X, s.Z, along));
                _plots.Add(new Plot(s.X - (f.FX * 5f), s.Z - (f.FZ * 5f), f.Yaw, 9.5f, 4.5f, GroundKind.Pavement));
            }
        }
        int placedPiers = 0;
        foreach ((float x, float z, _) in waterline)
        {
            if (placedPiers >= piers)
            {
                break;
            }
            SemanticLabel label = placedPiers % 2 == 0 ? SemanticLabel.Pier : SemanticLabel.Jetty;
            if (!SitePlan.Excluded(_spec, label) && PlaceIntoWater(label, x, z) is { } pier)
            {
                placedPiers++;
                Moor(pier, ref rng);
            }
        }
        int warehouses = Math.Max(2, SettlementSize / 5), sheds = 0;
        foreach ((float x, float z, float along) in waterline)
        {
            if (sheds >= warehouses)
            {
                break;
            }
            if (along == 0f)
            {
                continue; // the view from inland down to the first pier stays open
            }
            float back = 9f + ObjectCatalog.Get(SemanticLabel.Warehouse).HalfExtents.Z + 2f;
            if (PlaceAtWorld(SemanticLabel.Warehouse, x - (f.FX * back), z - (f.FZ * back), f.Yaw) is not null)
            {
                sheds++;
                for (int k = 0; k < 3; k++)
                {
                    PlaceAtWorld(k == 1 ? SemanticLabel.Barrel : SemanticLabel.Crate, x - (f.FX * rng.Range(3f, 7f)) - (f.FZ * rng.Range(-6f, 6f)),
                        z - (f.FZ * rng.Range(3f, 7f)) + (f.FX * rng.Range(-6f, 6f)), rng.Range(0f, 2f * MathF.PI), occupy: false);
                }
            }
        }
        // The houses of the place, up the slope behind the warehouses, facing the water, leaving the way down to the first pier open.
        int houses = SettlementSize - sheds, placed = 0;
        for (int n = 0; n < houses * 3 && placed < houses; n++)
        {
            float along = ((n & 1) == 0 ? 1f : -1f) * (15f + (15f * ((n / 2) % 4))), inland = 48f + (14f * (n / 8));
            if (ShoreAlong(f, along) is not { } s)
            {
                continue;
            }
            SemanticLabel label = rng.Chance(0.6f) ? SemanticLabel.Cottage : SemanticLabel.House;
            placed += PlaceAtWorld(label, s.X - (f.FX * inland), s.Z - (f.FZ * inland), f.Yaw) is null ? 0 : 1;
        }
    }

    /// <summary>Where along a pier (fractions of its half length from its centre) a boat may lie alongside: its outer half, then off its head.</summary>
    private static readonly float[] Berths = [0.5f, 0.75f, 0.25f, 1.3f];

    /// <summary>
    /// One or two boats moored alongside a pier, parallel to it, where the water is deep enough under the whole hull;
    /// over a shallow shelf, one afloat off its head instead.
    /// </summary>
    private void Moor(in PlacedObject pier, ref Rng rng)
    {
        if (Take(SemanticLabel.Boat) == SemanticLabel.None)
        {
            return; // ruled out, or "a single boat" is already there
        }
        (float fx, float fz) = DetMath.Direction(pier.Yaw);
        ObjectCatalog.Entry boat = ObjectCatalog.Get(SemanticLabel.Boat);
        float half = pier.HalfExtents.Z, reach = boat.HalfExtents.Z + 0.3f;
        int moored = 0, wanted = rng.Chance(0.5f) ? 2 : 1;
        foreach (float side in (ReadOnlySpan<float>)[1f, -1f])
        {
            foreach (float t in Berths)
            {
                float gap = t > 1f ? 0f : (pier.HalfExtents.X + boat.HalfExtents.X + 0.8f) * side;
                float along = t > 1f ? half + reach + 1f : half * t;
                float x = pier.Position.X + (fx * along) - (fz * gap), z = pier.Position.Z + (fz * along) + (fx * gap);
                (float g, float w) = Probe(x, z);
                if (w - g < 0.5f || Depth(x + (fx * reach), z + (fz * reach)) < 0.3f || Depth(x - (fx * reach), z - (fz * reach)) < 0.3f
                    || IsCrowded(x, z, boat.Footprint * 0.5f))
                {
                    continue;
                }
                Place(SemanticLabel.Boat, x, z, pier.Yaw + (rng.Chance(0.5f) ? MathF.PI : 0f), w, occupy: t > 1f);
                moored++;
                break;
            }
            if (Take(SemanticLabel.Boat) == SemanticLabel.None)
            {
                return;
            }
            if (moored >= wanted)
            {
                return;
            }
        }
        if (moored == 0)
        {
            PlaceAfloat(SemanticLabel.Boat, pier.Position.X + (fx * half), pier.Position.Z + (fz * half), minDepth: 0.5f, maxR: 20f);
        }
    }

    /// <summary>The shore point nearest the origin (the sea's, in a world with one) and the direction out over the water.</summary>
    private (float X, float Z, float DX, float DZ)? NearestShore()
    {
        foreach ((float x, float z) in Rings(0f, 0f, 320f, 4f, 0.2f))
        {
            (float g, float w) = Probe(x, z);
            if (w > g && w - g <= 0.6f && (!_m.HasSea || w == 0f) && Downhill(x, z) is { } d)
            {
                return (x, z, d.X, d.Z);
            }
        }
        return null;
    }

    /// <summary>Where the water begins on the line through the frame <paramref name="along"/> m along the shore, searched 40 m either side.</summary>
    private (float X, float Z)? ShoreAlong(in Frame f, float along)
    {
        for (float s = -40f; s <= 40f; s += 1f)
        {
            (float x, float z) = f.At(along, s);
            if (Depth(x, z) > 0f)
            {
                return s <= -40f ? null : (x, z);
            }
        }
        return null;
    }

    /// <summary>A farmstead: farmhouse, barn and silo round a dirt yard, a cart, two fenced fields with crops, and a few animals at pasture.</summary>
    private void PlaceFarmstead()
    {
        Frame f = SiteFrame(50f);
        var rng = new Rng(StableHash.Combine(_seed, 0xFA2FUL));
        _plots.Add(new Plot(f.X, f.Z, f.Yaw, 14f, 11f, GroundKind.Dirt));
        PlaceAt(SemanticLabel.Barn, f, 0f, -14f, f.Yaw);
        PlaceAt(SemanticLabel.House, f, -14f, 3f, f.Heading(1f, 0f));
        PlaceAt(SemanticLabel.Silo, f, 12f, -16f, f.Yaw);
        PlaceAt(SemanticLabel.Cart, f, 5f, -3f, f.Heading(rng.Range(-1f, 1f), 1f), occupy: false);
        if (_spec.Settlement >= SettlementKind.Village)
        {
            PlaceAt(SemanticLabel.Cottage, f, 15f, 4f, f.Heading(-1f, 0f));
        }
        FencedField(f, -6f, -50f, 26f, 17f);
        (float px, float pz) = FencedField(f, 46f, -18f, 16f, 22f);
        SemanticLabel stock = rng.Chance(0.5f) ? SemanticLabel.Cow : SemanticLabel.Sheep;
        if (FeatureFor(stock) is null && !SitePlan.Excluded(_spec, stock))
        {
            for (int k = 0; k < 5; k++)
            {
                PlaceAtWorld(stock, px + rng.Range(-9f, 9f), pz + rng.Range(-12f, 12f), rng.Range(0f, 2f * MathF.PI), occupy: false);
            }
        }
        Claim(f, 22f);
    }

    /// <summary>A field of the farm: farmland ground inside a fence with a gate toward the yard. Returns its centre.</summary>
    private (float X, float Z) FencedField(in Frame farm, float right, float front, float halfX, float halfZ)
    {
        (float x, float z) = farm.At(right, front);
        var field = new Frame(x, z, farm.FX, farm.FZ);
        _plots.Add(new Plot(x, z, farm.Yaw, halfX - 1f, halfZ - 1f, GroundKind.Farmland));
        Enclose(SemanticLabel.Fence, field, halfX, halfZ, 4f);
        return (x, z);
    }

    /// <summary>
    /// A graveyard: rows of gravestones facing the gate, either side of a path, inside a wall (a fence for a hamlet);
    /// a church behind it when there is a village, or by chance.
    /// </summary>
    private void PlaceGraveyard()
    {
        const float HalfX = 14f, HalfZ = 11f;
        Frame f = SiteFrame(HalfZ + 22f);
        var rng = new Rng(StableHash.Combine(_seed, 0x62A7UL));
        if (_spec.Settlement >= SettlementKind.Village || rng.Chance(0.5f))
        {
            PlaceAt(SemanticLabel.Church, f, 0f, -HalfZ - ObjectCatalog.Get(SemanticLabel.Church).HalfExtents.Z - 1.5f, f.Yaw);
        }
        for (float row = HalfZ - 3f; row >= -HalfZ + 2f; row -= 2.6f)
        {
            for (float col = -HalfX + 2f; col <= HalfX - 2f; col += 2f)
            {
                if (MathF.Abs(col) < 1.5f || rng.Chance(0.12f))
                {
                    continue; // the path from the gate, and a gap here and there
                }
                PlaceAt(SemanticLabel.Gravestone, f, col + rng.Range(-0.15f, 0.15f), row, f.Yaw + rng.Range(-0.08f, 0.08f), occupy: false);
            }
        }
        Enclose(_spec.Settlement >= SettlementKind.Village ? SemanticLabel.Wall : SemanticLabel.Fence, f, HalfX, HalfZ, 3f);
        Claim(f, MathF.Sqrt((HalfX * HalfX) + (HalfZ * HalfZ)));
    }

    /// <summary>A temple precinct: the temple at the back of a walled, paved court, shrines flanking the way in from the gate.</summary>
    private void PlaceTemple()
    {
        const float HalfX = 22f, HalfZ = 27f;
        Frame f = SiteFrame(HalfZ + 4f);
        PlaceAt(SemanticLabel.Temple, f, 0f, -6f, f.Yaw);
        _plots.Add(new Plot(f.At(0f, 17f).X, f.At(0f, 17f).Z, f.Yaw, HalfX - 2f, 8f, GroundKind.Pavement));
        PlaceAt(SemanticLabel.Shrine, f, -8f, 15f, f.Heading(1f, 0f));
        PlaceAt(SemanticLabel.Shrine, f, 8f, 15f, f.Heading(-1f, 0f));
        if (_spec.Settlement >= SettlementKind.Town)
        {
            PlaceAt(SemanticLabel.Shrine, f, -16f, -20f, f.Heading(1f, 1f));
            PlaceAt(SemanticLabel.Shrine, f, 16f, -20f, f.Heading(-1f, 1f));
        }
        Enclose(SemanticLabel.Wall, f, HalfX, HalfZ, 6f);
        Claim(f, HalfZ);
    }

    /// <summary>A monastery: church, bell tower and cloister inside a wall, a well in the front court, a kitchen garden and a few graves.</summary>
    private void PlaceMonastery()
    {
        const float HalfX = 30f, HalfZ = 32f;
        Frame f = SiteFrame(HalfZ + 4f);
        PlaceAt(SemanticLabel.Monastery, f, 0f, -6f, f.Yaw);
        PlaceAt(SemanticLabel.Well, f, -8f, 18f, f.Yaw);
        (float gx, float gz) = f.At(18f, 17f);
        _plots.Add(new Plot(gx, gz, f.Yaw, 7f, 8f, GroundKind.Farmland));
        for (int k = 0; k < 8; k++)
        {
            PlaceAt(SemanticLabel.Gravestone, f, -24f + ((k % 4) * 2f), -24f + ((k / 4) * 2.6f), f.Yaw, occupy: false);
        }
        Enclose(SemanticLabel.Wall, f, HalfX, HalfZ, 5f);
        Claim(f, HalfZ);
    }

    /// <summary>Walls or fences round the frame's rectangle (half sizes, m), with a gate of <paramref name="gate"/> m in the front side.</summary>
    private void Enclose(SemanticLabel label, in Frame f, float halfX, float halfZ, float gate)
    {
        Side(label, f, -halfX, halfZ, halfX, halfZ, gate);
        Side(label, f, halfX, halfZ, halfX, -halfZ, 0f);
        Side(label, f, halfX, -halfZ, -halfX, -halfZ, 0f);
        Side(label, f, -halfX, -halfZ, -halfX, halfZ, 0f);
    }

    private void Side(SemanticLabel label, in Frame f, float r0, float f0, float r1, float f1, float gate)
    {
        Vector3 he = ObjectCatalog.Get(label).HalfExtents;
        float dr = r1 - r0, df = f1 - f0, length = MathF.Sqrt((dr * dr) + (df * df));
        int pieces = Math.Max(1, (int)MathF.Ceiling(length / (2f * he.Z)));
        float piece = length / pieces;
        float yaw = f.Heading(dr, df);
        for (int i = 0; i < pieces; i++)
        {
            float t = (i + 0.5f) / pieces;
            if (gate > 0f && MathF.Abs((t - 0.5f) * length) < (gate + piece) * 0.5f)
            {
                continue; // the gate
            }
            PlaceAt(label, f, r0 + (dr * t), f0 + (df * t), yaw, he with { Z = (piece * 0.5f) - 0.05f }, occupy: false);
        }
    }
}
