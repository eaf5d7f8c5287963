using Nacre.Core;

namespace Nacre.WorldGen.Terrain;

/// <summary>
/// Which biome covers a point: the spec's requested biomes compete by weight, each boosted by its own climate
/// noise, so patches of every requested biome appear in proportion; height and the sea override them (beach by
/// the sea, snow above the snow line). With no biome requested the relief chooses a natural mix. Pure, thread-safe.
/// </summary>
internal sealed class BiomeField
{
    private readonly Biome[] _biomes;
    private readonly float[] _weights;
    private readonly ulong[] _seeds;
    private readonly ReliefField _relief;
    private readonly bool _beaches, _wideBeach;
    private readonly float _snowLine;

    /// <param name="spec">The world's spec: its biomes, season and landform.</param>
    /// <param name="relief">The raw relief (sea, snow line).</param>
    /// <param name="v2">Generator v2: a fjord is a northern sea inlet — conifers and meadow down to a grassy strand,
    /// never a palm beach.</param>
    public BiomeField(WorldSpec spec, ReliefField relief, bool v2 = false)
    {
        bool fjord = v2 && spec.Landform == Landform.Fjord;
        _relief = relief;
        List<BiomeWeight> chosen = [.. spec.Biomes.Where(b => b.Weight > 0f)];
        // By a sea a beach is a strip along the shore (widened when asked for), never a patch inland.
        _wideBeach = relief.HasSea && chosen.Any(b => b.Biome == Biome.Beach);
        if (relief.HasSea)
        {
            chosen.RemoveAll(b => b.Biome == Biome.Beach);
            if (_wideBeach && chosen.Count == 0)
            {
                chosen.Add(new BiomeWeight(Biome.PalmGrove, 1f));
            }
        }
        if (chosen.Count == 0)
        {
            chosen = fjord ? [new(Biome.ConiferForest, 1f), new(Biome.Meadow, 0.7f)] : DefaultMix(spec.Terrain.Relief);
        }
        _biomes = [.. chosen.Select(b => b.Biome)];
        _weights = [.. chosen.Select(b => b.Weight)];
        _seeds = [.. chosen.Select(b => StableHash.Combine(StableHash.Stage(spec.Seed, "biome"), (ulong)b.Biome))];
        // A beach needs a sea; a desert or explicit biome list without "beach" still gets sand at the waterline.
        _beaches = relief.HasSea && !fjord;
        _snowLine = spec.Season == Season.Winter ? relief.SnowLine * 0.5f : relief.SnowLine;
        Primary = _biomes[Array.IndexOf(_weights, _weights.Max())];
    }

    /// <summary>The biome with the largest weight: what the spawn area shows.</summary>
    public Biome Primary { get; }

    public IReadOnlyList<Biome> Biomes => _biomes;

    private static List<BiomeWeight> DefaultMix(Relief relief) => relief switch
    {
        Relief.Dunes or Relief.Canyon => [new(Biome.Desert, 1f)],
        Relief.Mountains => [new(Biome.ConiferForest, 1f), new(Biome.Meadow, 0.6f), new(Biome.BirchForest, 0.2f)],
        Relief.Coast or Relief.Islands => [new(Biome.Meadow, 1f), new(Biome.BroadleafForest, 0.5f)],
        Relief.Flat or Relief.Plains => [new(Biome.Meadow, 1f), new(Biome.Farmland, 0.5f), new(Biome.BroadleafForest, 0.4f)],
        _ => [new(Biome.Meadow, 1f), new(Biome.BroadleafForest, 0.6f), new(Biome.ConiferForest, 0.3f)],
    };

    /// <summary>Biome at (x, z) on ground of height <paramref name="height"/> (m).</summary>
    public Biome At(float x, float z, float height)
    {
        if (height > _snowLine + (8f * Noise.Gradient(_seeds[0], x / 40f, z / 40f)))
        {
            return Biome.Tundra;
        }
        if (_beaches && height < (_wideBeach ? 3.6f : 2.2f) + (0.8f * Noise.Gradient(_seeds[0], x / 25f, z / 25f)))
        {
            return Biome.Beach;
        }
        if (_biomes.Length == 1)
        {
            return _biomes[0];
        }
        int best = 0;
        float bestScore = float.MinValue;
        for (int i = 0; i < _biomes.Length; i++)
        {
            // Patches a few hundred metres across with ragged edges.
            float n = Noise.Fbm(_seeds[i], x, z, 1f / 260f, 3);
            float score = _weights[i] * (1f + (0.9f * n));
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }
        return _biomes[best];
    }
}
