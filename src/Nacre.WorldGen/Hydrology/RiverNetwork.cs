using System.Collections.Concurrent;
using Nacre.Core;
using Nacre.WorldGen.Terrain;

namespace Nacre.WorldGen.Hydrology;

/// <summary>
/// Rivers and lakes of the whole infinite world, decided on a coarse lattice of drainage nodes (one every
/// <see cref="Spacing"/> m, jittered). Each node drains to its lowest neighbour when that is lower, so every reach
/// runs downhill; a node where nothing is lower is a pit and holds a lake when a river reaches it; a node in the sea
/// ends its river at y = 0. Whether a reach is a river depends on how long the chain feeding it is (counted up to
/// <see cref="MaxOrder"/>), a rule that is closed downstream: below a river there is always river, so rivers never
/// stop in the middle of a field. Everything is a pure function of (spec, seed, node); nodes are cached
/// (deterministically — a cache hit returns exactly what a recomputation would), so this is thread-safe.
/// </summary>
internal sealed class RiverNetwork
{
    /// <summary>Distance between drainage nodes, metres.</summary>
    public const float Spacing = 320f;

    /// <summary>Stream order is counted up to this many nodes upstream.</summary>
    public const int MaxOrder = 4;

    private const int CacheLimit = 200_000;

    private readonly BaseTerrain _terrain;
    private readonly bool _enabled, _sea;
    private readonly int _minOrder;
    private readonly float _extraLakeChance;
    private readonly ulong _nodeSeed, _riverSeed, _lakeSeed;
    private readonly ConcurrentDictionary<long, Node> _nodes = new();
    private readonly ConcurrentDictionary<long, int> _orders = new();
    private readonly ConcurrentDictionary<long, NodeWater> _water = new();

    public RiverNetwork(WorldSpec spec, BaseTerrain terrain)
    {
        _terrain = terrain;
        WaterSpec w = spec.Water;
        _enabled = w.Amount != WaterAmount.None && (spec.Exclude & Exclusions.Water) == 0;
        _sea = terrain.Relief.HasSea;
        _minOrder = w.Rivers || w.Amount == WaterAmount.Much ? 1 : 2;
        _extraLakeChance = w.Lakes ? 0.3f : w.Amount == WaterAmount.Much ? 0.2f : 0.06f;
        _nodeSeed = StableHash.Stage(spec.Seed, "water.nodes");
        _riverSeed = StableHash.Stage(spec.Seed, "water.rivers");
        _lakeSeed = StableHash.Stage(spec.Seed, "water.lakes");
    }

    private readonly record struct Node(float X, float Z, float E, bool Sea, int DownI, int DownJ, bool Pit);

    private sealed record NodeWater(RiverEdge? River, Lake? Lake);

    /// <summary>Adds every river reach and lake that can shape the box [min, max] (metres) to the lists.</summary>
    public void Gather(float minX, float minZ, float maxX, float maxZ, List<RiverEdge> rivers, List<Lake> lakes)
    {
        if (!_enabled)
        {
            return;
        }
        // A reach spans at most two lattice steps of jitter and meander, plus its banks.
        float margin = (1.6f * Spacing) + SurfaceField.MaxBank + 20f;
        int i0 = (int)MathF.Floor((minX - margin) / Spacing), i1 = (int)MathF.Floor((maxX + margin) / Spacing);
        int j0 = (int)MathF.Floor((minZ - margin) / Spacing), j1 = (int)MathF.Floor((maxZ + margin) / Spacing);
        for (int j = j0; j <= j1; j++)
        {
            for (int i = i0; i <= i1; i++)
            {
                NodeWater nw = WaterAt(i, j);
                if (nw.River is { } r && r.Overlaps(minX, minZ, maxX, maxZ))
                {
                    rivers.Add(r);
                }
                if (nw.Lake is { } l && l.Overlaps(minX, minZ, maxX, maxZ))
                {
                    lakes.Add(l);
                }
            }
        }
    }

    private static long Key(int i, int j) => ((long)i << 32) | (uint)j;

    private Node NodeAt(int i, int j)
    {
        long key = Key(i, j);
        if (_nodes.TryGetValue(key, out Node n))
        {
            return n;
        }
        Node made = MakeNode(i, j);
        Trim(_nodes);
        _nodes.TryAdd(key, made);
        return made;
    }

    private (float X, float Z, float E) Site(int i, int j)
    {
        var rng = new Rng(StableHash.Combine(_nodeSeed, i, j));
        float x = (i + 0.15f + (0.7f * rng.NextFloat())) * Spacing;
        float z = (j + 0.15f + (0.7f * rng.NextFloat())) * Spacing;
        return (x, z, _terrain.Height(x, z));
    }

    private Node MakeNode(int i, int j)
    {
        (float x, float z, float e) = Site(i, j);
        bool sea = _sea && e < 0.3f;
        int bi = i, bj = j;
        float best = e - 0.5f; // a neighbour must be this much lower to take the water
        for (int dj = -1; dj <= 1; dj++)
        {
            for (int di = -1; di <= 1; di++)
            {
                if (di == 0 && dj == 0)
                {
                    continue;
                }
                float en = Site(i + di, j + dj).E;
                if (en < best)
                {
                    best = en;
                    bi = i + di;
                    bj = j + dj;
                }
            }
        }
        bool pit = bi == i && bj == j;
        return new Node(x, z, e, sea, bi, bj, pit || sea);
    }

    /// <summary>Length of the longest chain of nodes draining into (i, j), capped at <paramref name="cap"/>.</summary>
    private int Order(int i, int j, int cap)
    {
        if (cap == 0)
        {
            return 0;
        }
        long key = Key(i, j);
        if (cap == MaxOrder && _orders.TryGetValue(key, out int cached))
        {
            return cached;
        }
        int order = 0;
        for (int dj = -1; dj <= 1 && order < cap; dj++)
        {
            for (int di = -1; di <= 1; di++)
            {
                if (di == 0 && dj == 0)
                {
                    continue;
                }
                Node m = NodeAt(i + di, j + dj);
                if (!m.Pit && m.DownI == i && m.DownJ == j)
                {
                    order = Math.Max(order, 1 + Order(i + di, j + dj, cap - 1));
                }
            }
        }
        if (cap == MaxOrder)
        {
            Trim(_orders);
            _orders.TryAdd(key, order);
        }
        return order;
    }

    /// <summary>Water level at a node, metres: 1.5 m below its ground, 0 in the sea, never below sea level there.</summary>
    private float Level(in Node n) => n.Sea ? 0f : (_sea ? MathF.Max(n.E - 1.5f, 0.2f) : n.E - 1.5f);

    private NodeWater WaterAt(int i, int j)
    {
        long key = Key(i, j);
        if (_water.TryGetValue(key, out NodeWater? w))
        {
            return w;
        }
        NodeWater made = MakeWater(i, j);
        Trim(_water);
        _water.TryAdd(key, made);
        return made;
    }

    private NodeWater MakeWater(int i, int j)
    {
        Node n = NodeAt(i, j);
        if (n.Sea)
        {
            return new NodeWater(null, null);
        }
        int order = Order(i, j, MaxOrder);
        RiverEdge? river = null;
        if (!n.Pit && order >= _minOrder)
        {
            river = MakeReach(i, j, n, NodeAt(n.DownI, n.DownJ), order);
        }
        Lake? lake = null;
        var rng = new Rng(StableHash.Combine(_lakeSeed, i, j));
        bool riverArrives = n.Pit && order >= _minOrder + 1;
        if (riverArrives || rng.Chance(_extraLakeChance))
        {
            float radius = 30f + (10f * Math.Min(order, MaxOrder)) + rng.Range(0f, 25f);
            lake = new Lake(Ids.Make(_lakeSeed, i, j, 0), n.X, n.Z, radius, Level(n), 3f + rng.Range(0f, 4f));
        }
        return new NodeWater(river, lake);
    }

    private RiverEdge MakeReach(int i, int j, in Node a, in Node b, int order)
    {
        var rng = new Rng(StableHash.Combine(_riverSeed, i, j));
        const int Pieces = 14;
        float ex = b.X - a.X, ez = b.Z - a.Z;
        float len = MathF.Sqrt((ex * ex) + (ez * ez));
        float nx = -ez / len, nz = ex / len;
        var xs = new float[Pieces + 1];
        var zs = new float[Pieces + 1];
        var levels = new float[Pieces + 1];
        float la = Level(a), lb = Level(b);
        // Meanders: a sideways offset that is zero at both ends (so reaches meet) and largest mid-way — one broad
        // bend, an S-bend, and a wiggle from noise along the reach.
        float m1 = rng.Range(-0.16f, 0.16f) * len, m2 = rng.Range(-0.1f, 0.1f) * len;
        ulong wiggle = StableHash.Combine(_riverSeed, i, j);
        for (int k = 0; k <= Pieces; k++)
        {
            float t = k / (float)Pieces;
            float envelope = 4f * t * (1f - t);
            float bend = (m1 * envelope) + (m2 * 6.75f * t * (1f - t) * (1f - (2f * t)))
                + (0.06f * len * envelope * Noise.Fbm(wiggle, t * len, 0.5f, 1f / 90f, 2));
            xs[k] = a.X + (ex * t) + (nx * bend);
            zs[k] = a.Z + (ez * t) + (nz * bend);
            levels[k] = DetMath.Lerp(la, lb, t);
        }
        int o = Math.Min(order, MaxOrder);
        return new RiverEdge(Ids.Make(_riverSeed, i, j, 0), xs, zs, levels, 2f + (1.3f * o), 0.8f + (0.35f * o));
    }

    private static void Trim<TValue>(ConcurrentDictionary<long, TValue> cache)
    {
        // Entries are pure functions of their key, so dropping them only costs recomputation.
        if (cache.Count > CacheLimit)
        {
            cache.Clear();
        }
    }
}
