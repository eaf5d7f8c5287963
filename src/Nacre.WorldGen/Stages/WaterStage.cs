namespace Nacre.WorldGen.Stages;

/// <summary>Water surface at the corner samples: sea at y = 0, lakes, rivers; −∞ where no water body is near.</summary>
internal sealed class WaterStage : IWorldStage
{
    public string Name => "water";

    public void Run(ChunkContext ctx)
    {
        float[] w = ctx.Data.WaterSurface;
        FeatureSet f = ctx.Features;
        bool sea = ctx.Model.HasSea;
        if (!sea && f.Rivers.Count == 0 && f.Lakes.Count == 0)
        {
            Array.Fill(w, float.NegativeInfinity);
            return;
        }
        for (int z = 0; z < ChunkData.Samples; z++)
        {
            for (int x = 0; x < ChunkData.Samples; x++)
            {
                w[ChunkData.SampleIndex(x, z)] = SurfaceField.WaterLevel(sea, f, ctx.MinX + x, ctx.MinZ + z);
            }
        }
    }
}
