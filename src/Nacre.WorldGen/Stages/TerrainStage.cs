namespace Nacre.WorldGen.Stages;

/// <summary>Ground height at the 33 × 33 corner samples: relief, carved by water, graded by roads, levelled by pads.</summary>
internal sealed class TerrainStage : IWorldStage
{
    public string Name => "terrain";

    public void Run(ChunkContext ctx)
    {
        float[] h = ctx.Data.Height;
        Terrain.BaseTerrain terrain = ctx.Model.Terrain;
        for (int z = 0; z < ChunkData.Samples; z++)
        {
            for (int x = 0; x < ChunkData.Samples; x++)
            {
                h[ChunkData.SampleIndex(x, z)] = SurfaceField.Height(terrain, ctx.Features, ctx.MinX + x, ctx.MinZ + z);
            }
        }
    }
}
