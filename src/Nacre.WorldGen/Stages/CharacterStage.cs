using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen.Layout;

namespace Nacre.WorldGen.Stages;

/// <summary>
/// Spawn points for ambient animals: herds of deer in woods and meadows, cattle and sheep on farmland, birds
/// anywhere, camels in deserts, zebras and giraffes on the savanna, horses on the prairie. Decided per 64 m cell (a
/// herd spans chunk borders; each member is emitted by the chunk its position falls in). Characters are spawn points
/// only: they have no collision box.
/// </summary>
internal sealed class CharacterStage : IWorldStage
{
    public string Name => "characters";

    private const int Cell = 64;

    public void Run(ChunkContext ctx)
    {
        WorldSpec spec = ctx.Spec;
        if ((spec.Exclude & (Exclusions.Characters | Exclusions.Animals)) != 0)
        {
            return;
        }
        ulong stage = StableHash.Stage(ctx.Model.Seed, "characters");
        float maxX = ctx.MinX + ChunkCoord.Size, maxZ = ctx.MinZ + ChunkCoord.Size;
        int c0x = (int)MathF.Floor((ctx.MinX - 12f) / Cell), c1x = (int)MathF.Floor((maxX + 12f) / Cell);
        int c0z = (int)MathF.Floor((ctx.MinZ - 12f) / Cell), c1z = (int)MathF.Floor((maxZ + 12f) / Cell);
        for (int cz = c0z; cz <= c1z; cz++)
        {
            for (int cx = c0x; cx <= c1x; cx++)
            {
                var rng = new Rng(StableHash.Combine(stage, cx, cz));
                if (!rng.Chance(0.12f))
                {
                    continue;
                }
                float hx = (cx * Cell) + rng.Range(12f, Cell - 12f), hz = (cz * Cell) + rng.Range(12f, Cell - 12f);
                // The herd's kind comes from the biome at its centre, which may lie in another chunk: ask the field.
                float g = ctx.Model.Relief.Height(hx, hz);
                Biome biome = ctx.Model.Biomes.At(hx, hz, g);
                (SemanticLabel label, int min, int max) = biome switch
                {
                    Biome.Farmland => (rng.Chance(0.6f) ? SemanticLabel.Cow : SemanticLabel.Sheep, 3, 8),
                    Biome.Meadow => (rng.Chance(0.5f) ? SemanticLabel.Deer : (rng.Chance(0.5f) ? SemanticLabel.Sheep : SemanticLabel.Horse), 2, 6),
                    Biome.ConiferForest or Biome.BroadleafForest or Biome.BirchForest => (rng.Chance(0.8f) ? SemanticLabel.Deer : SemanticLabel.Fox, 1, 4),
                    Biome.Desert => (SemanticLabel.Camel, 1, 3),
                    Biome.Tundra => (rng.Chance(0.5f) ? SemanticLabel.Wolf : SemanticLabel.Deer, 1, 3),
                    Biome.Savanna => (rng.Chance(0.55f) ? SemanticLabel.Zebra : SemanticLabel.Giraffe, 2, 7),
                    Biome.Prairie => (rng.Chance(0.6f) ? SemanticLabel.Horse : SemanticLabel.Deer, 2, 6),
                    _ => (SemanticLabel.Bird, 2, 6),
                };
                if (rng.Chance(0.25f))
                {
                    (label, min, max) = (SemanticLabel.Bird, 2, 7);
                }
                if (SitePlan.Excluded(spec, label))
                {
                    continue;
                }
                int count = min + rng.Next(max - min + 1);
                for (int k = 0; k < count; k++)
                {
                    float x = hx + rng.Range(-10f, 10f), z = hz + rng.Range(-10f, 10f);
                    // Draw every value before deciding whether this chunk emits the member, so the sequence is the
                    // same in every chunk that reads this herd.
                    float yaw = rng.Range(0f, 2f * MathF.PI), scale = rng.Range(0.85f, 1.15f);
                    byte variant = (byte)rng.Next(256);
                    if (x < ctx.MinX || x >= maxX || z < ctx.MinZ || z >= maxZ || ctx.NearWater(x, z, 0.2f) || ctx.IsReserved(x, z, 0.5f)
                        || (ctx.Model.V2 && ctx.Site.HoldsCount(label, x, z)))
                    {
                        continue;
                    }
                    ulong id = Ids.Make(stage, cx, cz, k);
                    ObjectCatalog.Entry e = ObjectCatalog.Get(label);
                    ctx.Objects.Add(new PlacedObject(id, label, new Vector3(x, ctx.GroundAt(x, z), z), yaw, scale,
                        ObjectCatalog.Vary(e.Tint, id), Vector3.Zero, variant, MaterialKind.Unspecified));
                }
            }
        }
    }
}
