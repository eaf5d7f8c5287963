namespace Nacre.WorldGen.Stages;

/// <summary>Biome of each 1 m cell, from the biome field at the cell's centre and its mean height.</summary>
internal sealed class BiomeStage : IWorldStage
{
    public string Name => "biome";

    public void Run(ChunkContext ctx)
    {
        Terrain.BiomeField field = ctx.Model.Biomes;
        float[] h = ctx.Data.Height;
        var biome = ctx.Data.Biome;
        for (int z = 0; z < ChunkData.Cells; z++)
        {
            for (int x = 0; x < ChunkData.Cells; x++)
            {
                int i = ChunkData.SampleIndex(x, z);
                float mean = 0.25f * (h[i] + h[i + 1] + h[i + ChunkData.Samples] + h[i + ChunkData.Samples + 1]);
                biome[ChunkData.CellIndex(x, z)] = field.At(ctx.MinX + x + 0.5f, ctx.MinZ + z + 0.5f, mean);
            }
        }
    }
}
