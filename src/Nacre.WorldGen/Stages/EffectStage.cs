using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Stages;

/// <summary>
/// Generator v2: where the renderer draws moving effects — a volcano's smoke plume over its crater, spray at the foot
/// of a waterfall, surf along the sea's shore (stronger where a cliff rises from the water than on a gentle beach).
/// Reads the chunk's heights and water; writes only <see cref="ChunkData.Effects"/>.
/// </summary>
internal sealed class EffectStage : IWorldStage
{
    public string Name => "effects";

    /// <summary>Spacing of the surf emitters along a shore (m).</summary>
    public const int SurfSpacing = 4;

    public void Run(ChunkContext ctx)
    {
        if (!ctx.Model.V2)
        {
            return;
        }
        var effects = new List<EffectEmitter>();
        if (ctx.Model.Landforms.Recipe is { Kind: Landform.Volcano } volcano && Contains(ctx, volcano.Centre.X, volcano.Centre.Z))
        {
            (float x, float z) = volcano.Centre;
            float rim = ctx.Model.Terrain.Height(x + Terrain.LandformRecipe.CraterRadius, z);
            effects.Add(new EffectEmitter(EffectKind.Smoke, new Vector3(x, rim - 6f, z), Terrain.LandformRecipe.CraterRadius * 0.6f, 1f));
        }
        if (ctx.Model.Landforms.Waterfall is { } fall && Contains(ctx, fall.X, fall.Z) && ctx.Model.Landforms.Rivers.Count > 0)
        {
            effects.Add(Spray(ctx, fall.X, fall.Z));
        }
        if (ctx.Model.HasSea)
        {
            AddSurf(ctx, effects);
        }
        ctx.Data.Effects = effects;
    }

    private static bool Contains(ChunkContext ctx, float x, float z) =>
        x >= ctx.MinX && x < ctx.MinX + ChunkCoord.Size && z >= ctx.MinZ && z < ctx.MinZ + ChunkCoord.Size;

    /// <summary>Spray where the river lands below the lip at (x, z): on the plunge pool a few metres downstream.</summary>
    private static EffectEmitter Spray(ChunkContext ctx, float x, float z)
    {
        Hydrology.RiverEdge river = ctx.Model.Landforms.River ?? ctx.Model.Landforms.Rivers[0];
        (_, _, _, float tx, float tz) = river.Closest(x, z);
        (float fx, float fz, float level, _, _) = river.Closest(x + (tx * 4f), z + (tz * 4f));
        return new EffectEmitter(EffectKind.Spray, new Vector3(fx, level, fz), river.HalfWidth + 2f, 1f);
    }

    /// <summary>
    /// Surf on a grid of <see cref="SurfSpacing"/> m: every sea sample with dry land within one step of it and open water
    /// off it. Its strength
    /// grows with how high the land rises behind it (waves breaking at the foot of a cliff throw more spray than on sand).
    /// </summary>
    private static void AddSurf(ChunkContext ctx, List<EffectEmitter> effects)
    {
        float[] w = ctx.Data.WaterSurface;
        float[] h = ctx.Data.Height;
        const int S = ChunkData.Samples;
        for (int z = 0; z < ChunkData.Cells; z += SurfSpacing)
        {
            for (int x = 0; x < ChunkData.Cells; x += SurfSpacing)
            {
                int i = ChunkData.SampleIndex(x, z);
                if (w[i] != 0f || h[i] > -0.05f)
                {
                    continue; // not the sea
                }
                float rise = 0f;
                foreach ((int dx, int dz) in (ReadOnlySpan<(int, int)>)[(SurfSpacing, 0), (-SurfSpacing, 0), (0, SurfSpacing), (0, -SurfSpacing)])
                {
                    int nx = x + dx, nz = z + dz;
                    if (nx >= 0 && nz >= 0 && nx < S && nz < S)
                    {
                        rise = MathF.Max(rise, h[ChunkData.SampleIndex(nx, nz)]);
                    }
                }
                float px = ctx.MinX + x, pz = ctx.MinZ + z;
                if (rise > 0f && OpenWater(ctx, px, pz))
                {
                    float strength = 0.45f + (0.55f * DetMath.SmoothStep(3f, 15f, Backdrop(ctx, px, pz)));
                    effects.Add(new EffectEmitter(EffectKind.Surf, new Vector3(px, 0f, pz), SurfSpacing * 0.9f, strength));
                }
            }
        }
    }

    /// <summary>
    /// True where open water lies off (x, z): at least three of eight points 24 m away are under 0.4 m of sea or more
    /// (a beach's gentle shelf qualifies). The narrow channels of a delta have no breakers.
    /// </summary>
    private static bool OpenWater(ChunkContext ctx, float x, float z)
    {
        int deep = 0;
        for (int k = 0; k < 8; k++)
        {
            (float dx, float dz) = DetMath.Direction(k * MathF.PI / 4f);
            deep += ctx.Model.Terrain.Height(x + (dx * 24f), z + (dz * 24f)) < -0.4f ? 1 : 0;
        }
        return deep >= 3;
    }

    /// <summary>Highest ground (m) within 30 m of (x, z): a cliff's top behind the shingle at its foot, a beach's gentle rise.</summary>
    private static float Backdrop(ChunkContext ctx, float x, float z)
    {
        float top = 0f;
        for (float d = 10f; d <= 30f; d += 10f)
        {
            top = MathF.Max(top, MathF.Max(
                MathF.Max(ctx.Model.Terrain.Height(x + d, z), ctx.Model.Terrain.Height(x - d, z)),
                MathF.Max(ctx.Model.Terrain.Height(x, z + d), ctx.Model.Terrain.Height(x, z - d))));
        }
        return top;
    }
}
