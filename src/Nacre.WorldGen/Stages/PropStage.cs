using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen.Layout;

namespace Nacre.WorldGen.Stages;

/// <summary>
/// Natural and roadside props: boulders, stones, fallen logs and stumps scattered on 8 m jittered cells (more rock
/// in mountains, tundra and deserts, more deadwood in forests); lamp posts every 24 m along settlement roads and
/// now and then a parked car or truck at the roadside.
/// </summary>
internal sealed class PropStage : IWorldStage
{
    public string Name => "props";

    private const int Cell = 8;

    public void Run(ChunkContext ctx)
    {
        Scatter(ctx);
        Roadside(ctx);
    }

    private static void Scatter(ChunkContext ctx)
    {
        WorldSpec spec = ctx.Spec;
        bool rocks = (spec.Exclude & Exclusions.Rocks) == 0;
        bool wood = (spec.Exclude & (Exclusions.Trees | Exclusions.Vegetation)) == 0;
        ulong stage = StableHash.Stage(ctx.Model.Seed, "props.scatter");
        float rocky = spec.Terrain.Relief is Relief.Mountains or Relief.Canyon or Relief.Cliffs ? 2f : 1f;
        const int N = ChunkCoord.Size / Cell;
        for (int gz = ctx.Coord.Z * N; gz < (ctx.Coord.Z + 1) * N; gz++)
        {
            for (int gx = ctx.Coord.X * N; gx < (ctx.Coord.X + 1) * N; gx++)
            {
                var rng = new Rng(StableHash.Combine(stage, gx, gz));
                float x = (gx * Cell) + rng.Range(1f, Cell - 1f), z = (gz * Cell) + rng.Range(1f, Cell - 1f);
                Biome biome = ctx.BiomeAt(x, z);
                bool forest = biome is Biome.ConiferForest or Biome.BroadleafForest or Biome.BirchForest or Biome.Jungle or Biome.Swamp;
                float boulder = rocky * (biome is Biome.Tundra or Biome.Desert ? 0.08f : 0.03f);
                float stone = rocky * 0.06f;
                float log = forest ? 0.06f : 0f, stump = forest ? 0.04f : 0f;
                float roll = rng.NextFloat();
                SemanticLabel label =
                    roll < boulder ? (rocks ? SemanticLabel.Boulder : SemanticLabel.None)
                    : roll < boulder + stone ? (rocks ? SemanticLabel.Stone : SemanticLabel.None)
                    : roll < boulder + stone + log ? (wood ? SemanticLabel.Log : SemanticLabel.None)
                    : roll < boulder + stone + log + stump ? (wood ? SemanticLabel.Stump : SemanticLabel.None)
                    : SemanticLabel.None;
                if (ctx.GroundKindAt(x, z) == GroundKind.Rock && rocks && roll > 0.9f)
                {
                    label = SemanticLabel.Boulder; // scree below cliffs
                }
                if (label == SemanticLabel.None)
                {
                    continue;
                }
                ObjectCatalog.Entry e = ObjectCatalog.Get(label);
                if (ctx.NearWater(x, z, 0.1f) || ctx.IsReserved(x, z, e.Footprint) || (ctx.Model.V2 && ctx.Site.HoldsCount(label, x, z)))
                {
                    continue;
                }
                ulong id = Ids.Make(stage, gx, gz, 0);
                float scale = label == SemanticLabel.Boulder ? rng.Range(0.6f, 1.8f) : rng.Range(0.7f, 1.3f);
                ctx.Objects.Add(new PlacedObject(id, label, new Vector3(x, ctx.GroundAt(x, z), z), rng.Range(0f, 2f * MathF.PI), scale,
                    ObjectCatalog.Vary(e.Tint, id), e.HalfExtents * scale, (byte)rng.Next(256), MaterialKind.Unspecified));
            }
        }
    }

    private static void Roadside(ChunkContext ctx)
    {
        WorldSpec spec = ctx.Spec;
        if (ctx.Features.Roads.Count == 0)
        {
            return;
        }
        bool lamps = spec.Settlement != SettlementKind.None && !SitePlan.Excluded(spec, SemanticLabel.LampPost);
        bool cars = (spec.Exclude & Exclusions.Vehicles) == 0;
        float maxX = ctx.MinX + ChunkCoord.Size, maxZ = ctx.MinZ + ChunkCoord.Size;
        const float Spacing = 24f;
        foreach (RoadSegment r in ctx.Features.Roads)
        {
            if (r.IsPath)
            {
                continue;
            }
            float ex = r.X1 - r.X0, ez = r.Z1 - r.Z0;
            float len = MathF.Sqrt((ex * ex) + (ez * ez));
            float ux = ex / len, uz = ez / len;
            for (int k = 0; k * Spacing < len; k++)
            {
                float t = (k * Spacing) + (Spacing * 0.5f);
                var rng = new Rng(StableHash.Combine(r.Id, (ulong)k));
                bool right = (k & 1) == 0;
                float side = right ? 1f : -1f;
                float off = r.HalfWidth + 1.2f;
                float x = r.X0 + (ux * t) - (uz * off * side), z = r.Z0 + (uz * t) + (ux * off * side);
                SemanticLabel label = lamps ? SemanticLabel.LampPost : SemanticLabel.None;
                if (cars && rng.Chance(0.18f))
                {
                    label = rng.Chance(0.8f) ? SemanticLabel.Car : SemanticLabel.Truck;
                    off = r.HalfWidth - 1.3f; // parked on the verge side of the lane
                    x = r.X0 + (ux * t) - (uz * off * side);
                    z = r.Z0 + (uz * t) + (ux * off * side);
                }
                if (label == SemanticLabel.None || x < ctx.MinX || x >= maxX || z < ctx.MinZ || z >= maxZ || ctx.NearWater(x, z, 0.1f)
                    || (ctx.Model.V2 && ctx.Site.HoldsCount(label, x, z)))
                {
                    continue;
                }
                ObjectCatalog.Entry e = ObjectCatalog.Get(label);
                ulong id = Ids.Make(r.Id, k, (int)label, 1);
                float yaw = DetMath.Heading(ux * side, uz * side);
                ctx.Objects.Add(new PlacedObject(id, label, new Vector3(x, ctx.GroundAt(x, z), z), yaw, 1f,
                    ObjectCatalog.Vary(SemanticLabels.IsVehicle(label) ? CarColour(ref rng) : e.Tint, id), e.HalfExtents, (byte)rng.Next(256), MaterialKind.Unspecified));
            }
        }
    }

    private static Rgb CarColour(ref Rng rng) => rng.Next(6) switch
    {
        0 => new Rgb(180, 40, 36),
        1 => new Rgb(40, 70, 140),
        2 => new Rgb(220, 220, 216),
        3 => new Rgb(40, 40, 44),
        4 => new Rgb(120, 124, 128),
        _ => new Rgb(60, 110, 70),
    };
}
