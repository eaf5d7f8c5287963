using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Simulation;

/// <summary>
/// What the walker touches: terrain height and slope, water surface and solid objects, read from generated chunks.
/// Chunks near the walker are cached with their solid objects' colliders precomputed; generation is a pure function
/// of the coordinate, so caching (and evicting, and generating again) never changes a result. Not thread-safe: one
/// session owns one instance (the generator it calls must be thread-safe, as a pure function is: chunks ahead of the
/// walker are generated on the thread pool, see <see cref="PrefetchAround"/>).
/// </summary>
public sealed class CollisionWorld
{
    private const float ChunkSize = ChunkCoord.Size;

    private readonly Func<ChunkCoord, ChunkData> _generate;
    private readonly Dictionary<ChunkCoord, CachedChunk> _chunks = [];
    private readonly Dictionary<ChunkCoord, Task<ChunkData>> _inFlight = [];
    private readonly int _capacity;
    private readonly bool _prefetch;
    private ChunkCoord? _prefetchCentre;

    // The chunk asked for last, so that a run of queries in one chunk skips the dictionary.
    private CachedChunk? _last;

    // The world's edit log on top of the generated chunks: generated objects removed or replaced, and placed ones.
    private IReadOnlySet<ulong> _hidden = new HashSet<ulong>();
    private BoxCollider[] _placed = [];

    /// <param name="generate">The pure chunk generator (e.g. <c>WorldGenerator.Generate</c>).</param>
    /// <param name="capacity">Chunks kept before the farthest are dropped; at least the 5 × 5 around the walker.</param>
    /// <param name="prefetch">Generate the chunks around the walker on the thread pool before they are needed (see
    /// <see cref="PrefetchAround"/>); off, every chunk is generated when first touched, on the caller's thread.</param>
    public CollisionWorld(Func<ChunkCoord, ChunkData> generate, int capacity = 64, bool prefetch = true)
    {
        ArgumentNullException.ThrowIfNull(generate);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 25);
        _generate = generate;
        _capacity = capacity;
        _prefetch = prefetch;
    }

    /// <summary>
    /// Makes the world's edits solid: <paramref name="placed"/> objects (placed, moved or recoloured by the director)
    /// collide like generated ones, and generated objects in <paramref name="hidden"/> (removed or replaced) no longer
    /// do. Replaces the previous edits.
    /// </summary>
    public void SetEdits(IReadOnlyList<PlacedObject> placed, IReadOnlySet<ulong> hidden)
    {
        ArgumentNullException.ThrowIfNull(placed);
        ArgumentNullException.ThrowIfNull(hidden);
        _hidden = hidden;
        _placed = [.. placed.Where(o => o.IsSolid).Select(o => new BoxCollider(o))];
        foreach (CachedChunk c in _chunks.Values)
        {
            c.Refilter(hidden);
        }
    }

    /// <summary>Chunks held in the cache now.</summary>
    public int CachedChunkCount => _chunks.Count;

    /// <summary>Chunks generated so far (a chunk evicted and needed again counts twice).</summary>
    public long ChunksGenerated { get; private set; }

    /// <summary>Ground height at (x, z), metres: bilinear between the 1 m corner samples.</summary>
    public float TerrainHeight(float x, float z)
    {
        ChunkData c = Chunk(x, z, out int ix, out int iz, out float fx, out float fz).Data;
        float h00 = c.HeightAt(ix, iz);
        float h10 = c.HeightAt(ix + 1, iz);
        float h01 = c.HeightAt(ix, iz + 1);
        float h11 = c.HeightAt(ix + 1, iz + 1);
        float top = h00 + ((h10 - h00) * fx);
        float bottom = h01 + ((h11 - h01) * fx);
        return top + ((bottom - top) * fz);
    }

    /// <summary>Steepness of the ground at (x, z): (∂h/∂x, ∂h/∂z), metres of rise per metre.</summary>
    public Vector2 TerrainGradient(float x, float z)
    {
        ChunkData c = Chunk(x, z, out int ix, out int iz, out float fx, out float fz).Data;
        float h00 = c.HeightAt(ix, iz);
        float h10 = c.HeightAt(ix + 1, iz);
        float h01 = c.HeightAt(ix, iz + 1);
        float h11 = c.HeightAt(ix + 1, iz + 1);
        float dx = ((h10 - h00) * (1f - fz)) + ((h11 - h01) * fz);
        float dz = ((h01 - h00) * (1f - fx)) + ((h11 - h10) * fx);
        return new Vector2(dx, dz);
    }

    /// <summary>
    /// Water surface at (x, z), metres, or <see cref="float.NegativeInfinity"/> where there is none. At a shore, where
    /// some corners have no water, the highest water corner counts (the ground there is above it anyway).
    /// </summary>
    public float WaterSurface(float x, float z)
    {
        ChunkData c = Chunk(x, z, out int ix, out int iz, out float fx, out float fz).Data;
        float w00 = c.WaterSurface[ChunkData.SampleIndex(ix, iz)];
        float w10 = c.WaterSurface[ChunkData.SampleIndex(ix + 1, iz)];
        float w01 = c.WaterSurface[ChunkData.SampleIndex(ix, iz + 1)];
        float w11 = c.WaterSurface[ChunkData.SampleIndex(ix + 1, iz + 1)];
        if (float.IsFinite(w00) && float.IsFinite(w10) && float.IsFinite(w01) && float.IsFinite(w11))
        {
            float top = w00 + ((w10 - w00) * fx);
            float bottom = w01 + ((w11 - w01) * fx);
            return top + ((bottom - top) * fz);
        }
        return MathF.Max(MathF.Max(w00, w10), MathF.Max(w01, w11));
    }

    /// <summary>
    /// What feet at height <paramref name="feetY"/> stand on at (x, z): the terrain, or the top of a solid object
    /// (rock, pier, bridge deck) no more than <paramref name="stepHeight"/> above the feet (a deck: 0.8 m more, for the
    /// steps at its ends). Metres.
    /// </summary>
    public float SupportHeight(float x, float z, float feetY, float stepHeight, out bool onObject)
    {
        float best = TerrainHeight(x, z);
        onObject = false;
        float reachable = feetY + stepHeight;
        int cx = (int)MathF.Floor(x / ChunkSize);
        int cz = (int)MathF.Floor(z / ChunkSize);
        for (int dz = -1; dz <= 1; dz++)
        {
            for (int dx = -1; dx <= 1; dx++)
            {
                foreach (ref readonly BoxCollider b in Chunk(new ChunkCoord(cx + dx, cz + dz)).Solids.AsSpan())
                {
                    if (b.TopY > best && b.TopY <= reachable + b.ExtraStep && b.Contains(x, z))
                    {
                        best = b.TopY;
                        onObject = true;
                    }
                }
            }
        }
        foreach (ref readonly BoxCollider b in _placed.AsSpan())
        {
            if (b.TopY > best && b.TopY <= reachable + b.ExtraStep && b.Contains(x, z))
            {
                best = b.TopY;
                onObject = true;
            }
        }
        return best;
    }

    /// <summary>
    /// Moves a body (an upright cylinder of <paramref name="radius"/> from <paramref name="feetY"/> to
    /// feetY + <paramref name="bodyHeight"/>) out of every solid object it overlaps, keeping the part of its position
    /// along their faces so it slides. Objects no taller than <paramref name="stepHeight"/> above the feet are stepped
    /// onto, not pushed against; objects entirely overhead are walked under. Returns true when anything pushed.
    /// </summary>
    /// <remarks>Objects are gathered from the 3 × 3 chunks around the body, so a collision box reaching more than 32 m
    /// from its anchor is only felt near its anchor.</remarks>
    public bool PushOutOfObjects(ref Vector2 p, float radius, float feetY, float bodyHeight, float stepHeight)
    {
        bool pushed = false;
        float stepTop = feetY + stepHeight;
        float head = feetY + bodyHeight;
        int cx = (int)MathF.Floor(p.X / ChunkSize);
        int cz = (int)MathF.Floor(p.Y / ChunkSize);
        // A few passes settle a body wedged between two boxes (a gap between trunks, a wall's corner).
        for (int pass = 0; pass < 3; pass++)
        {
            bool any = false;
            for (int dz = -1; dz <= 1; dz++)
            {
                for (int dx = -1; dx <= 1; dx++)
                {
                    foreach (ref readonly BoxCollider b in Chunk(new ChunkCoord(cx + dx, cz + dz)).Solids.AsSpan())
                    {
                        if (b.TopY > stepTop + b.ExtraStep && b.BaseY < head && b.PushOut(ref p, radius))
                        {
                            any = true;
                        }
                    }
                }
            }
            foreach (ref readonly BoxCollider b in _placed.AsSpan())
            {
                if (b.TopY > stepTop + b.ExtraStep && b.BaseY < head && b.PushOut(ref p, radius))
                {
                    any = true;
                }
            }
            if (!any)
            {
                break;
            }
            pushed = true;
        }
        return pushed;
    }

    /// <summary>
    /// How far along the segment from <paramref name="from"/> to <paramref name="to"/> (0 … 1) a body can go before the
    /// first of <paramref name="samples"/> evenly spaced points that lies inside a solid object's box (generated or
    /// placed); 1 when the segment is clear. Gathers the boxes of the 3 × 3 chunks around <paramref name="from"/> once,
    /// so keep the segment within a chunk's length (a third-person camera's boom).
    /// </summary>
    public float ClearFraction(Vector3 from, Vector3 to, int samples)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        int cx = (int)MathF.Floor(from.X / ChunkSize);
        int cz = (int)MathF.Floor(from.Z / ChunkSize);
        float clear = 1f;
        for (int dz = -1; dz <= 1; dz++)
        {
            for (int dx = -1; dx <= 1; dx++)
            {
                foreach (ref readonly BoxCollider b in Chunk(new ChunkCoord(cx + dx, cz + dz)).Solids.AsSpan())
                {
                    clear = MathF.Min(clear, FirstHit(b, from, to, samples));
                }
            }
        }
        foreach (ref readonly BoxCollider b in _placed.AsSpan())
        {
            clear = MathF.Min(clear, FirstHit(b, from, to, samples));
        }
        return clear;
    }

    private static float FirstHit(in BoxCollider b, Vector3 from, Vector3 to, int samples)
    {
        float reach = b.Reach + Vector3.Distance(from, to);
        float ox = b.X - from.X, oz = b.Z - from.Z;
        if ((ox * ox) + (oz * oz) > reach * reach)
        {
            return 1f; // too far from the segment to touch it
        }
        for (int i = 1; i <= samples; i++)
        {
            float t = i / (float)samples;
            Vector3 p = Vector3.Lerp(from, to, t);
            if (p.Y >= b.BaseY && p.Y <= b.TopY && b.Contains(p.X, p.Z))
            {
                return t;
            }
        }
        return 1f;
    }

    /// <summary>
    /// Starts generating, on the thread pool, the chunks within two of the one holding (x, z) that are not cached yet,
    /// so that a walker crossing into the next chunk finds it ready instead of waiting ~10 ms for the generator in the
    /// middle of a tick. Cheap when the walker stays in the same chunk. Results do not depend on it: a chunk is the same
    /// whichever thread generated it, and a chunk still in flight when needed is waited for.
    /// </summary>
    public void PrefetchAround(float x, float z)
    {
        if (!_prefetch)
        {
            return;
        }
        var centre = new ChunkCoord((int)MathF.Floor(x / ChunkSize), (int)MathF.Floor(z / ChunkSize));
        if (_prefetchCentre == centre)
        {
            return;
        }
        _prefetchCentre = centre;
        const int Ring = 2;
        // Forget requests the walker has left behind (their tasks finish and are collected).
        foreach (ChunkCoord stale in _inFlight.Keys.Where(c => Math.Max(Math.Abs(c.X - centre.X), Math.Abs(c.Z - centre.Z)) > Ring + 1).ToArray())
        {
            _inFlight.Remove(stale);
        }
        for (int dz = -Ring; dz <= Ring; dz++)
        {
            for (int dx = -Ring; dx <= Ring; dx++)
            {
                var c = new ChunkCoord(centre.X + dx, centre.Z + dz);
                if (!_chunks.ContainsKey(c) && !_inFlight.ContainsKey(c))
                {
                    _inFlight.Add(c, Task.Run(() => _generate(c)));
                }
            }
        }
    }

    /// <summary>The cached chunk that holds (x, z), with the cell and the position inside it.</summary>
    private CachedChunk Chunk(float x, float z, out int ix, out int iz, out float fx, out float fz)
    {
        int cx = (int)MathF.Floor(x / ChunkSize);
        int cz = (int)MathF.Floor(z / ChunkSize);
        CachedChunk c = Chunk(new ChunkCoord(cx, cz));
        float lx = x - (cx * ChunkSize);
        float lz = z - (cz * ChunkSize);
        // Rounding can put lx at exactly 32 for x just below a chunk edge: clamp into the last cell.
        ix = Math.Clamp((int)lx, 0, ChunkData.Cells - 1);
        iz = Math.Clamp((int)lz, 0, ChunkData.Cells - 1);
        fx = Math.Clamp(lx - ix, 0f, 1f);
        fz = Math.Clamp(lz - iz, 0f, 1f);
        return c;
    }

    private CachedChunk Chunk(ChunkCoord coord)
    {
        if (_last is { } last && last.Data.Coord == coord)
        {
            return last;
        }
        if (!_chunks.TryGetValue(coord, out CachedChunk? chunk))
        {
            ChunkData data;
            if (_inFlight.Remove(coord, out Task<ChunkData>? pending))
            {
                // GetResult rethrows the generator's own exception rather than an AggregateException.
                data = pending.GetAwaiter().GetResult();
            }
            else
            {
                data = _generate(coord);
            }
            if (data.Coord != coord)
            {
                throw new InvalidOperationException($"the generator returned chunk {data.Coord} when asked for {coord}");
            }
            chunk = new CachedChunk(data, _hidden);
            ChunksGenerated++;
            if (_chunks.Count >= _capacity)
            {
                EvictFarthestFrom(coord);
            }
            _chunks.Add(coord, chunk);
        }
        _last = chunk;
        return chunk;
    }

    /// <summary>Drops the half of the cache farthest from <paramref name="centre"/> (ties broken by coordinate, so eviction is reproducible).</summary>
    private void EvictFarthestFrom(ChunkCoord centre)
    {
        ChunkCoord[] byDistance = [.. _chunks.Keys
            .OrderByDescending(c => Math.Max(Math.Abs(c.X - centre.X), Math.Abs(c.Z - centre.Z)))
            .ThenBy(c => c.X)
            .ThenBy(c => c.Z)];
        for (int i = 0; i < byDistance.Length / 2; i++)
        {
            _chunks.Remove(byDistance[i]);
        }
        _last = null;
    }

    private sealed class CachedChunk
    {
        public CachedChunk(ChunkData data, IReadOnlySet<ulong> hidden)
        {
            Data = data;
            Refilter(hidden);
        }

        public ChunkData Data { get; }

        public BoxCollider[] Solids { get; private set; } = [];

        public void Refilter(IReadOnlySet<ulong> hidden) =>
            Solids = [.. Data.Objects.Where(o => o.IsSolid && !hidden.Contains(o.Id)).Select(o => new BoxCollider(o))];
    }
}
