using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Rendering.Models;

internal static partial class ModelCatalog
{
    /// <summary>
    /// Houses, cottages and shops built from <see cref="BuildingParameters"/>: one model per (roof, storeys), listed in
    /// the order of the variant byte's low four bits, so <see cref="ModelLibrary.For(SemanticLabel, byte)"/>'s <c>variant % 16</c> picks the
    /// model the generator decided. The footprint comes from the instance's collision box (<see cref="ModelFit.Footprint"/>).
    /// </summary>
    private static IEnumerable<ModelRecipe> Buildings()
    {
        for (int i = 0; i < BuildingParameters.ModelCount; i++)
        {
            BuildingParameters p = BuildingParameters.FromVariant((byte)i);
            yield return Building(SemanticLabel.House, "house", p, 4f, 3.4f, 0.4f, BuildingStyle.House);
        }
        for (int i = 0; i < BuildingParameters.ModelCount; i++)
        {
            // Cottages stay low: a third or fourth storey reads as a second.
            BuildingParameters p = BuildingParameters.FromVariant((byte)i);
            yield return Building(SemanticLabel.Cottage, "cottage", p with { Storeys = Math.Min(p.Storeys, 2) }, 3f, 2.4f, 0.45f, BuildingStyle.Cottage);
        }
        for (int i = 0; i < BuildingParameters.ModelCount; i++)
        {
            BuildingParameters p = BuildingParameters.FromVariant((byte)i);
            yield return Building(SemanticLabel.Shop, "shop", p, 4f, 3.4f, 0.3f, BuildingStyle.Shop);
        }
    }

    private enum BuildingStyle { House, Cottage, Shop }

    private static ModelRecipe Building(SemanticLabel label, string name, BuildingParameters p, float hx, float hz, float eaves, BuildingStyle style)
    {
        float wall = p.WallHeight;
        float height = wall + p.RoofRise(MathF.Min(hx, hz)) + (p.Roof == RoofKind.Flat && style == BuildingStyle.Shop ? 1.6f : 0f);
        string full = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} {p.Roof.ToString().ToLowerInvariant()} {p.Storeys}");
        return new(label, full, height, hx + eaves, hz + eaves, (b, lod) => BuildBuilding(b, lod, p, hx, hz, eaves, style), ModelFit.Footprint);
    }

    private static void BuildBuilding(ModelBuilder b, int lod, BuildingParameters p, float hx, float hz, float eaves, BuildingStyle style)
    {
        float wall = p.WallHeight;
        b.Box(V(-hx, 0, -hz), V(hx, wall, hz), ModelBuilder.Tint());
        Roof(b, p, hx, hz, wall, eaves, style);
        if (lod == 2)
        {
            return;
        }
        // The front door in a light frame, on a step.
        float door = style == BuildingStyle.Cottage ? 0.6f : 0f;
        b.Block(door, 0, -hz - 0.02f, 1.4f, 2.35f, 0.06f, WindowFrame);
        b.Block(door, 0, -hz - 0.06f, 1.1f, 2.1f, 0.1f, DarkWood);
        b.Block(door, 0, -hz - 0.45f, 1.6f, 0.18f, 0.8f, StoneGrey);
        if (lod == 0 && style == BuildingStyle.House && p.Roof != RoofKind.Flat)
        {
            // A porch over the door on two posts.
            b.Block(door, 2.5f, -hz - 0.75f, 2.6f, 0.12f, 1.5f, ModelBuilder.Tint(200));
            b.Block(door - 1.15f, 0, -hz - 1.35f, 0.14f, 2.5f, 0.14f, WindowFrame);
            b.Block(door + 1.15f, 0, -hz - 1.35f, 0.14f, 2.5f, 0.14f, WindowFrame);
        }
        int perSide = style == BuildingStyle.Cottage ? 1 : 2;
        int rows = lod == 0 ? p.Storeys : 1;
        for (int s = 0; s < rows; s++)
        {
            bool shopFront = style == BuildingStyle.Shop && s == 0;
            Windows(b, hx, hz, 1.0f + (s * BuildingParameters.StoreyHeight), 1.1f, perSide, front: !shopFront);
        }
        if (style == BuildingStyle.Shop)
        {
            // The shop window and a striped awning over it.
            b.Block(0, 0.6f, -hz - 0.04f, 2f * hx * 0.7f, 2f, 0.1f, Window);
            b.Quad(V(-hx * 0.8f, 3.1f, -hz), V(hx * 0.8f, 3.1f, -hz), V(hx * 0.8f, 2.5f, -hz - 1.3f), V(-hx * 0.8f, 2.5f, -hz - 1.3f), ModelBuilder.Paint(180, 52, 48), V(0, 0, 0));
        }
        if (lod == 0 && p.Roof is RoofKind.Gable or RoofKind.Hip && style != BuildingStyle.Shop)
        {
            b.Block(-hx * 0.55f, wall + 0.6f, hz * 0.35f, 0.7f, p.RoofRise(MathF.Min(hx, hz)) + 0.6f, 0.7f, ModelBuilder.Paint(130, 70, 56));
        }
    }

    private static void Roof(ModelBuilder b, BuildingParameters p, float hx, float hz, float wall, float eaves, BuildingStyle style)
    {
        float x0 = -hx - eaves, x1 = hx + eaves, z0 = -hz - eaves, z1 = hz + eaves;
        float rise = p.RoofRise(MathF.Min(hx, hz));
        uint tiles = style == BuildingStyle.Cottage && p.Roof == RoofKind.Gable ? Thatch : p.Roof == RoofKind.Hip ? RoofRed : RoofDark;
        switch (p.Roof)
        {
            case RoofKind.Hip:
                b.HipRoof(x0, x1, z0, z1, wall, rise, tiles);
                break;
            case RoofKind.Flat:
                b.Block(0, wall, 0, 2f * (hx + 0.15f), 0.5f, 2f * (hz + 0.15f), ModelBuilder.Tint(200));
                if (style == BuildingStyle.Shop)
                {
                    // A false front: the facade rises above the roof line (main streets, the west).
                    b.Block(0, wall + 0.5f, -hz - 0.05f, 2f * hx, 1.6f, 0.3f, ModelBuilder.Tint(225));
                }
                break;
            case RoofKind.Mansard:
                Mansard(b, x0, x1, z0, z1, wall, rise, tiles);
                break;
            default:
                b.GableRoof(x0, x1, z0, z1, wall, rise, tiles, ModelBuilder.Tint(230));
                break;
        }
    }

    /// <summary>A mansard: steep slopes on all four sides up to a flat top set in by a metre and a half.</summary>
    private static void Mansard(ModelBuilder b, float x0, float x1, float z0, float z1, float y, float rise, uint roof)
    {
        const float Inset = 1.5f;
        float top = y + rise;
        var c = V((x0 + x1) / 2, y + (rise * 0.4f), (z0 + z1) / 2);
        Vector3 a0 = V(x0, y, z0), a1 = V(x1, y, z0), a2 = V(x1, y, z1), a3 = V(x0, y, z1);
        Vector3 t0 = V(x0 + Inset, top, z0 + Inset), t1 = V(x1 - Inset, top, z0 + Inset), t2 = V(x1 - Inset, top, z1 - Inset), t3 = V(x0 + Inset, top, z1 - Inset);
        b.Quad(a0, a1, t1, t0, roof, c);
        b.Quad(a1, a2, t2, t1, roof, c);
        b.Quad(a2, a3, t3, t2, roof, c);
        b.Quad(a3, a0, t0, t3, roof, c);
        b.Quad(t0, t1, t2, t3, ModelBuilder.Paint(70, 70, 74), c);
        b.Quad(a0, a1, a2, a3, roof, c + V(0, 10, 0)); // eaves seen from below
    }
}
