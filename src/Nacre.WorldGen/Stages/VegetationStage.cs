using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Stages;

/// <summary>
/// Trees, shrubs and ground cover on jittered grids (one candidate per cell: blue-noise-like spacing without
/// neighbours' data): trees and shrubs on 4 m cells, grass, flowers, crops and reeds on 2 m cells. Each biome sets
/// the chance per cell and the species mix; the spec's density scales it. Nothing grows in water (except reeds at
/// the shore), on roads, on building pads or in the spawn's line of sight. Savanna has sparse acacias in straw-coloured
/// grass, prairie open grass with a rare tree. Grids align with chunk edges, so each candidate belongs to exactly one chunk.
/// </summary>
internal sealed class VegetationStage : IWorldStage
{
    public string Name => "vegetation";

    private readonly record struct Layer(string Name, int Cell);

    private static readonly Layer Trees = new("trees", 4);
    private static readonly Layer Shrubs = new("shrubs", 4);
    private static readonly Layer Cover = new("cover", 2);

    public void Run(ChunkContext ctx)
    {
        WorldSpec spec = ctx.Spec;
        if ((spec.Exclude & Exclusions.Vegetation) != 0 || spec.VegetationDensity <= 0f)
        {
            return;
        }
        float density = Math.Clamp(spec.VegetationDensity / 0.5f, 0f, 2f);
        bool trees = (spec.Exclude & Exclusions.Trees) == 0;
        if (trees)
        {
            Scatter(ctx, Trees, density);
        }
        Scatter(ctx, Shrubs, density);
        Scatter(ctx, Cover, MathF.Sqrt(density));
    }

    private static void Scatter(ChunkContext ctx, Layer layer, float density)
    {
        ulong stage = StableHash.Stage(ctx.Model.Seed, "vegetation." + layer.Name);
        int n = Core.ChunkCoord.Size / layer.Cell;
        int gx0 = ctx.Coord.X * n, gz0 = ctx.Coord.Z * n;
        Season season = ctx.Spec.Season;
        for (int gz = gz0; gz < gz0 + n; gz++)
        {
            for (int gx = gx0; gx < gx0 + n; gx++)
            {
                var rng = new Rng(StableHash.Combine(stage, gx, gz));
                // Jitter within the cell, keeping a margin so neighbours stay at least ~1 m apart.
                float m = layer.Cell * 0.15f;
                float x = (gx * layer.Cell) + rng.Range(m, layer.Cell - m);
                float z = (gz * layer.Cell) + rng.Range(m, layer.Cell - m);
                Biome biome = ctx.BiomeAt(x, z);
                float roll = rng.NextFloat();
                SemanticLabel label = Pick(layer, biome, season, roll, density, rng.NextFloat(), ctx.GroundKindAt(x, z));
                bool reedSpot = layer.Cell == 2 && (ctx.Model.V2 ? ctx.InShallows(x, z) : ctx.NearWater(x, z, 0.4f) && !ctx.NearWater(x, z, -0.6f));
                if (reedSpot && roll < 0.45f * density)
                {
                    label = SemanticLabel.Reed;
                }
                if (label == SemanticLabel.None)
                {
                    continue;
                }
                if (label != SemanticLabel.Reed && ctx.NearWater(x, z, 0.15f))
                {
                    continue;
                }
                ObjectCatalog.Entry e = ObjectCatalog.Get(label);
                if (ctx.CellSlope(x, z) > (SemanticLabels.IsTree(label) ? 1.2f : 1.6f) || ctx.IsReserved(x, z, e.Footprint * 0.5f)
                    || (ctx.Model.V2 && ctx.Site.HoldsCount(label, x, z)))
                {
                    continue;
                }
                ulong id = Ids.Make(stage, gx, gz, 0);
                float scale = rng.Range(0.75f, 1.3f);
                Rgb tint = biome == Biome.Savanna && label == SemanticLabel.GrassTuft
                    ? ObjectCatalog.Vary(SavannaGrass, id) : Tint(label, season, e.Tint, id);
                ctx.Objects.Add(new PlacedObject(id, label, new Vector3(x, ctx.GroundAt(x, z), z), rng.Range(0f, 2f * MathF.PI), scale,
                    tint, e.HalfExtents * scale, (byte)rng.Next(256), MaterialKind.Unspecified));
            }
        }
    }

    /// <summary>Sun-dried grass of the savanna, straw-coloured.</summary>
    private static readonly Rgb SavannaGrass = new(176, 158, 86);

    /// <summary>Season colours: autumn turns broadleaves and birches gold and red; winter leaves them bare and brown.</summary>
    private static Rgb Tint(SemanticLabel label, Season season, Rgb nominal, ulong id)
    {
        Rgb t = nominal;
        if (label is SemanticLabel.Broadleaf or SemanticLabel.Birch or SemanticLabel.Bush)
        {
            if (season == Season.Autumn)
            {
                t = Rgb.Lerp(new Rgb(196, 120, 40), new Rgb(168, 60, 34), StableHash.ToUnitFloat(StableHash.Mix(id ^ 0xA0)));
            }
            else if (season == Season.Winter)
            {
                t = new Rgb(110, 96, 84);
            }
            else if (season == Season.Spring)
            {
                t = Rgb.Lerp(nominal, new Rgb(150, 196, 90), 0.4f);
            }
        }
        return ObjectCatalog.Vary(t, id);
    }

    /// <summary>The species for one cell, or None: <paramref name="roll"/> against the biome's chance, <paramref name="pick"/> for the mix.</summary>
    private static SemanticLabel Pick(Layer layer, Biome biome, Season season, float roll, float density, float pick, GroundKind ground)
    {
        if (ground is GroundKind.Lava or GroundKind.Ash or GroundKind.Ice)
        {
            return SemanticLabel.None; // generator v2's volcanic and glacial ground is bare (no v1 world has it)
        }
        if (layer.Cell == 4 && layer.Name == "trees")
        {
            (float chance, SemanticLabel a, float pa, SemanticLabel b, float pb, SemanticLabel c) = biome switch
            {
                Biome.ConiferForest => (0.62f, SemanticLabel.Conifer, 0.86f, SemanticLabel.Birch, 0.08f, SemanticLabel.DeadTree),
                Biome.BroadleafForest => (0.55f, SemanticLabel.Broadleaf, 0.85f, SemanticLabel.Birch, 0.1f, SemanticLabel.Conifer),
                Biome.BirchForest => (0.55f, SemanticLabel.Birch, 0.85f, SemanticLabel.Broadleaf, 0.1f, SemanticLabel.Conifer),
                Biome.PalmGrove => (0.22f, SemanticLabel.Palm, 1f, SemanticLabel.Palm, 0f, SemanticLabel.Palm),
                Biome.Jungle => (0.7f, SemanticLabel.JungleTree, 0.75f, SemanticLabel.Palm, 0.15f, SemanticLabel.Bamboo),
                Biome.BambooForest => (0.75f, SemanticLabel.Bamboo, 0.9f, SemanticLabel.JungleTree, 0.1f, SemanticLabel.Bamboo),
                Biome.Meadow => (0.035f, SemanticLabel.Broadleaf, 0.6f, SemanticLabel.Birch, 0.2f, SemanticLabel.Conifer),
                Biome.Farmland => (0.01f, SemanticLabel.Broadleaf, 1f, SemanticLabel.Broadleaf, 0f, SemanticLabel.Broadleaf),
                Biome.Desert => (0.004f, SemanticLabel.DeadTree, 1f, SemanticLabel.DeadTree, 0f, SemanticLabel.DeadTree),
                Biome.Tundra => (0.03f, SemanticLabel.Conifer, 0.8f, SemanticLabel.DeadTree, 0.2f, SemanticLabel.DeadTree),
                Biome.Swamp => (0.2f, SemanticLabel.Broadleaf, 0.4f, SemanticLabel.DeadTree, 0.3f, SemanticLabel.Birch),
                Biome.Beach => (0.02f, SemanticLabel.Palm, 1f, SemanticLabel.Palm, 0f, SemanticLabel.Palm),
                Biome.Urban => (0.015f, SemanticLabel.Broadleaf, 1f, SemanticLabel.Broadleaf, 0f, SemanticLabel.Broadleaf),
                // Generator v2's open biomes: sparse acacias on the savanna, a lone tree now and then on the prairie.
                Biome.Savanna => (0.03f, SemanticLabel.Acacia, 0.93f, SemanticLabel.DeadTree, 0.07f, SemanticLabel.Acacia),
                Biome.Prairie => (0.004f, SemanticLabel.Broadleaf, 1f, SemanticLabel.Broadleaf, 0f, SemanticLabel.Broadleaf),
                _ => (0.05f, SemanticLabel.Broadleaf, 1f, SemanticLabel.Broadleaf, 0f, SemanticLabel.Broadleaf),
            };
            if (ground == GroundKind.Farmland || roll >= MathF.Min(0.95f, chance * density))
            {
                return SemanticLabel.None;
            }
            return pick < pa ? a : pick < pa + pb ? b : c;
        }
        if (layer.Name == "shrubs")
        {
            (float chance, SemanticLabel label) = biome switch
            {
                Biome.Desert => (0.1f, pick < 0.7f ? SemanticLabel.Cactus : SemanticLabel.Bush),
                Biome.Jungle => (0.35f, SemanticLabel.Bush),
                Biome.BroadleafForest or Biome.Swamp => (0.15f, SemanticLabel.Bush),
                Biome.BirchForest => (0.12f, SemanticLabel.Bush),
                Biome.ConiferForest or Biome.PalmGrove or Biome.Meadow or Biome.BambooForest => (0.08f, SemanticLabel.Bush),
                Biome.Suburban => (0.06f, SemanticLabel.Bush),
                Biome.Tundra or Biome.Savanna => (0.05f, SemanticLabel.Bush),
                Biome.Prairie => (0.015f, SemanticLabel.Bush),
                Biome.Farmland or Biome.Urban or Biome.Beach => (0.02f, SemanticLabel.Bush),
                _ => (0.05f, SemanticLabel.Bush),
            };
            return ground != GroundKind.Farmland && roll < chance * density ? label : SemanticLabel.None;
        }
        bool bloom = season is Season.Summer or Season.Spring;
        (float grass, float flowers) = biome switch
        {
            Biome.Meadow => (0.35f, 0.12f),
            Biome.ConiferForest => (0.08f, 0f),
            Biome.BroadleafForest => (0.12f, 0.03f),
            Biome.BirchForest => (0.2f, 0.05f),
            Biome.PalmGrove or Biome.Beach => (0.05f, 0f),
            Biome.Jungle => (0.15f, 0.02f),
            Biome.Tundra => (0.06f, 0f),
            Biome.Swamp => (0.2f, 0f),
            Biome.Suburban => (0.15f, 0.05f),
            Biome.Desert or Biome.Urban => (0f, 0f),
            Biome.Savanna => (0.45f, 0.01f),
            Biome.Prairie => (0.5f, 0.07f),
            _ => (0.1f, 0.02f),
        };
        if (ground == GroundKind.Farmland)
        {
            return roll < 0.75f ? SemanticLabel.Crop : SemanticLabel.None;
        }
        if (season == Season.Winter)
        {
            grass *= 0.3f;
        }
        if (roll < grass * density)
        {
            return SemanticLabel.GrassTuft;
        }
        return bloom && roll < (grass + flowers) * density ? SemanticLabel.Flower : SemanticLabel.None;
    }
}
