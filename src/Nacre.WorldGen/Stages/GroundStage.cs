using Nacre.Core;
using Nacre.WorldGen.Layout;

namespace Nacre.WorldGen.Stages;

/// <summary>
/// Ground material of each cell: road and path surfaces, river and lake beds, rock on steep slopes, snow, sand on
/// beaches and in deserts, a settlement layout's paved squares and fields (generator v2), and the biome's own floor
/// elsewhere (forest floor, grass, dry savanna grass, fields, mud).
/// </summary>
internal sealed class GroundStage : IWorldStage
{
    public string Name => "ground";

    public void Run(ChunkContext ctx)
    {
        ChunkData d = ctx.Data;
        float[] h = d.Height, w = d.WaterSurface;
        bool winter = ctx.Spec.Season == Season.Winter;
        ulong fieldSeed = StableHash.Stage(ctx.Model.Seed, "ground.fields");
        List<Plot>? plots = null;
        if (ctx.Model.V2)
        {
            foreach (Plot plot in ctx.Site.Plots)
            {
                if (plot.Overlaps(ctx.MinX, ctx.MinZ, ctx.MinX + ChunkData.Cells, ctx.MinZ + ChunkData.Cells))
                {
                    (plots ??= []).Add(plot);
                }
            }
        }
        for (int z = 0; z < ChunkData.Cells; z++)
        {
            for (int x = 0; x < ChunkData.Cells; x++)
            {
                float cx = ctx.MinX + x + 0.5f, cz = ctx.MinZ + z + 0.5f;
                int i = ChunkData.SampleIndex(x, z);
                float a = h[i], b = h[i + 1], c = h[i + ChunkData.Samples], e = h[i + ChunkData.Samples + 1];
                float slope = MathF.Max(MathF.Max(a, b), MathF.Max(c, e)) - MathF.Min(MathF.Min(a, b), MathF.Min(c, e));
                float mean = 0.25f * (a + b + c + e);
                float water = MathF.Max(MathF.Max(w[i], w[i + 1]), MathF.Max(w[i + ChunkData.Samples], w[i + ChunkData.Samples + 1]));
                Biome biome = d.Biome[ChunkData.CellIndex(x, z)];
                d.Ground[ChunkData.CellIndex(x, z)] = Classify(ctx, cx, cz, mean, slope, water, biome, winter, fieldSeed, plots);
            }
        }
    }

    private static GroundKind Classify(ChunkContext ctx, float x, float z, float h, float slope, float water, Biome biome, bool winter, ulong fieldSeed,
        List<Plot>? plots)
    {
        foreach (RoadSegment r in ctx.Features.Roads)
        {
            if (r.Nearest(x, z, out _, out _) < r.HalfWidth)
            {
                return r.IsPath ? GroundKind.Path : GroundKind.Road;
            }
        }
        if (water > h)
        {
            return ctx.Model.HasSea && water == 0f ? GroundKind.Sand : (h < water - 1.2f ? GroundKind.RiverBed : GroundKind.Mud);
        }
        if (plots is not null)
        {
            foreach (Plot plot in plots)
            {
                if (plot.Contains(x, z))
                {
                    return plot.Ground; // a layout's square, quay, field or yard (generator v2)
                }
            }
        }
        if (ctx.Model.V2 && ctx.Model.Landforms.Recipe?.Ground(x, z, h, slope) is { } shaped)
        {
            return shaped;
        }
        if (slope > 1.1f)
        {
            return GroundKind.Rock;
        }
        foreach (Pad p in ctx.Features.Pads)
        {
            float dx = x - p.X, dz = z - p.Z;
            if ((dx * dx) + (dz * dz) < p.Radius * p.Radius * 0.8f)
            {
                return GroundKind.Dirt;
            }
        }
        if (water > h - 0.6f)
        {
            return biome is Biome.Beach or Biome.Desert ? GroundKind.Sand : GroundKind.Mud;
        }
        if (winter && biome is not (Biome.Desert or Biome.Beach or Biome.Jungle or Biome.PalmGrove))
        {
            return GroundKind.Snow;
        }
        return biome switch
        {
            Biome.Tundra => GroundKind.Snow,
            Biome.Beach or Biome.Desert => GroundKind.Sand,
            Biome.ConiferForest or Biome.BroadleafForest or Biome.BirchForest or Biome.Jungle or Biome.BambooForest => GroundKind.ForestFloor,
            Biome.Swamp => GroundKind.Mud,
            Biome.Farmland => Noise.Fbm(fieldSeed, x, z, 1f / 90f, 2) > -0.15f ? GroundKind.Farmland : GroundKind.Grass,
            Biome.Urban => GroundKind.Pavement,
            Biome.PalmGrove or Biome.Savanna => GroundKind.DryGrass,
            _ => slope > 0.7f ? GroundKind.Dirt : GroundKind.Grass,
        };
    }
}
