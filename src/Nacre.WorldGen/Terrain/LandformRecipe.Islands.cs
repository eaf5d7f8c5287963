using Nacre.Core;

namespace Nacre.WorldGen.Terrain;

// Archipelagos: many islands with the sea on every side, one to a cell of a 200 m grid (most cells have one), each
// a rugged hill ringed by a beach and kept clear of its neighbours by open water. The site stands on a home island
// at the origin and looks out over the sea at the others.
internal sealed partial class LandformRecipe
{
    // Grid cell of the archipelago and how far an island's centre may stray from its cell's centre (m).
    private const float IslandCell = 200f, IslandJitter = 30f;

    // Largest radius of an island (m) and how far its coast may bulge past it (fraction): with the jitter, two
    // neighbours' coasts stay at least a few metres of water apart.
    private const float IslandMaxRadius = 55f, IslandCoastBulge = 0.2f;

    private const float HomeIslandRadius = 55f, HomeIslandPeak = 6f; // m

    private const float ArchipelagoSeaFloor = -14f; // m

    private static LandformRecipe ForArchipelago(float bearing, float scale, ulong seed)
    {
        (float ax, float az) = DetMath.Direction(bearing);
        var r = new LandformRecipe(Landform.Archipelago, ax, az, 0f, 0f, scale, seed);
        // The sea and the islands beyond the home island's low shore.
        r.Frame(new System.Numerics.Vector3(ax * 240f, 0f, az * 240f), 200f, 4f, 150f, 330f, SemanticLabel.Water);
        return r;
    }

    /// <summary>The island of grid cell (cx, cz), if it has one: centre (m), radius (m), peak (m above the sea).</summary>
    private (float X, float Z, float Radius, float Peak)? IslandOf(int cx, int cz)
    {
        if (cx == 0 && cz == 0)
        {
            return (0f, 0f, HomeIslandRadius, HomeIslandPeak * _scale);
        }
        ulong h = StableHash.Combine(_noise + 31UL, cx, cz);
        if (StableHash.ToUnitFloat(h) > 0.78f && Math.Max(Math.Abs(cx), Math.Abs(cz)) > 1)
        {
            return null; // open sea in this cell; the ring round the home island is always full
        }
        float jx = (StableHash.ToUnitFloat(StableHash.Mix(h + 1UL)) * 2f) - 1f;
        float jz = (StableHash.ToUnitFloat(StableHash.Mix(h + 2UL)) * 2f) - 1f;
        float size = StableHash.ToUnitFloat(StableHash.Mix(h + 3UL));
        float peak = 12f + (28f * StableHash.ToUnitFloat(StableHash.Mix(h + 4UL)) * (0.4f + (0.6f * size)));
        return ((cx * IslandCell) + (jx * IslandJitter), (cz * IslandCell) + (jz * IslandJitter), 28f + ((IslandMaxRadius - 28f) * size), peak * _scale);
    }

    private float Archipelago(float x, float z)
    {
        int cx0 = (int)MathF.Round(x / IslandCell), cz0 = (int)MathF.Round(z / IslandCell);
        float best = ArchipelagoSeaFloor;
        for (int cz = cz0 - 1; cz <= cz0 + 1; cz++)
        {
            for (int cx = cx0 - 1; cx <= cx0 + 1; cx++)
            {
                if (IslandOf(cx, cz) is not { } island)
                {
                    continue;
                }
                float dx = x - island.X, dz = z - island.Z;
                float d2 = (dx * dx) + (dz * dz);
                float reach = (island.Radius * (1f + IslandCoastBulge)) + 60f;
                if (d2 > reach * reach)
                {
                    continue;
                }
                best = MathF.Max(best, IslandHeight(x, z, MathF.Sqrt(d2), island.Radius, island.Peak, cx, cz));
            }
        }
        return best;
    }

    /// <summary>One island's height at distance r from its centre (m): a rugged hill, a beach, a shelf into deep water.</summary>
    private float IslandHeight(float x, float z, float r, float radius, float peak, int cx, int cz)
    {
        ulong n = StableHash.Combine(_noise + 37UL, cx, cz);
        float edge = radius * (1f + (IslandCoastBulge * Noise.Fbm(n, x, z, 1f / 60f, 2)));
        float t = r / edge;
        if (t >= 1f)
        {
            return MathF.Max(-0.8f - ((r - edge) * 0.25f), ArchipelagoSeaFloor);
        }
        // Rock breaks through the slopes; the last sixth of the radius is a low beach.
        float hill = peak * DetMath.Bump(t * 1.08f) * (1f + (0.3f * Noise.Ridged(n + 1UL, x, z, 1f / 35f, 2)));
        return DetMath.Lerp(1.6f, -0.8f, DetMath.SmoothStep(0.8f, 1f, t)) + hill;
    }
}
