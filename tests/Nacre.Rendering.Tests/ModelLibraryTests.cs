using Nacre.Core;
using Nacre.Rendering.Models;
using Nacre.WorldGen;

namespace Nacre.Rendering.Tests;

/// <summary>The procedural models: every label the generator places has one of its own, and buildings are built from their parameters.</summary>
public class ModelLibraryTests
{
    private static readonly ModelLibrary Library = new();

    [Fact]
    public void EveryObjectLabel_HasAModelOfItsOwn()
    {
        var missing = Enum.GetValues<SemanticLabel>()
            .Where(l => (ushort)l >= 20 && !Library.HasOwnModel(l))
            .ToList();
        missing.ShouldBeEmpty("these labels would draw as grey blocks");
    }

    [Theory]
    [InlineData(SemanticLabel.House, RoofKind.Mansard, 3, "house mansard 3")]
    [InlineData(SemanticLabel.House, RoofKind.Gable, 1, "house gable 1")]
    [InlineData(SemanticLabel.Shop, RoofKind.Flat, 2, "shop flat 2")]
    [InlineData(SemanticLabel.Cottage, RoofKind.Hip, 2, "cottage hip 2")]
    public void Buildings_AreBuiltFromTheParametersInTheirVariant(SemanticLabel label, RoofKind roof, int storeys, string model)
    {
        for (int detail = 0; detail < 16; detail += 5)
        {
            byte variant = new BuildingParameters(roof, storeys, detail).ToVariant();
            Library.For(label, variant).Name.ShouldBe(model);
        }
    }

    [Fact]
    public void MoreStoreys_MakeATallerHouse()
    {
        float one = Library.For(SemanticLabel.House, new BuildingParameters(RoofKind.Gable, 1, 0).ToVariant()).Height;
        float three = Library.For(SemanticLabel.House, new BuildingParameters(RoofKind.Gable, 3, 0).ToVariant()).Height;
        (three - one).ShouldBe(2f * BuildingParameters.StoreyHeight, 0.01f);
    }

    [Fact]
    public void EveryModel_StaysWithinTheTriangleBudget_AndFarLevelsAreCheaper()
    {
        foreach (ModelShape s in Library.Shapes)
        {
            (s.Lods[0].Count / 3).ShouldBeLessThanOrEqualTo(1200, $"{s.Name} is too heavy for llvmpipe");
            s.Lods[2].Count.ShouldBeLessThanOrEqualTo(s.Lods[0].Count, $"{s.Name}'s far level is heavier than its near one");
            s.Lods[2].Count.ShouldBeGreaterThan(0, $"{s.Name} vanishes in the distance");
        }
    }

    [Fact]
    public void Conifers_NarrowToASpire_AndAcaciasSpreadFlatUmbrellas()
    {
        foreach (string name in (string[])["fir", "spruce"])
        {
            (float low, float high) = Widths(Library.Named(name), 0.25f, 0.8f);
            high.ShouldBeLessThan(low * 0.5f, $"a {name} is a cone of tiers, broad at the foot and narrow at the top");
        }
        ModelShape acacia = Library.Named("acacia");
        (float crownWidth, float crownDepth) = CrownExtent(acacia, 0.7f);
        crownWidth.ShouldBeGreaterThan(3f * crownDepth, "an acacia's crown is a wide, flat umbrella");
    }

    [Fact]
    public void BirchTrunks_AreWhite()
    {
        // Surface area below the crown, white against all of it (the black marks are narrow bands).
        var v = Vertices(Library.Named("birch"), 0).ToList();
        float white = 0f, all = 0f;
        for (int t = 0; t < v.Count; t += 3)
        {
            float y = (v[t].Y + v[t + 1].Y + v[t + 2].Y) / 3f;
            if (y is < 0.3f or > 4f)
            {
                continue;
            }
            var a = new System.Numerics.Vector3(v[t].X, v[t].Y, v[t].Z);
            var b = new System.Numerics.Vector3(v[t + 1].X, v[t + 1].Y, v[t + 1].Z);
            var c = new System.Numerics.Vector3(v[t + 2].X, v[t + 2].Y, v[t + 2].Z);
            float area = System.Numerics.Vector3.Cross(b - a, c - a).Length() / 2f;
            all += area;
            white += (v[t].Color & 0xFF) > 200 ? area : 0f;
        }
        white.ShouldBeGreaterThan(all * 0.75f, "white bark below the crown");
    }

    [Fact]
    public void FarLevels_AreCheaperThanNearOnes_ForTreesAndCrops()
    {
        foreach (string name in (string[])["fir", "oak", "birch", "palm", "bamboo", "acacia", "vines", "wheat", "sunflowers", "tulips red"])
        {
            ModelShape s = Library.Named(name);
            s.Lods[2].Count.ShouldBeLessThan(s.Lods[1].Count, name);
            s.Lods[1].Count.ShouldBeLessThan(s.Lods[0].Count, name);
            (s.Lods[2].Count / 3).ShouldBeLessThanOrEqualTo(40, $"{name}'s far level is drawn by the thousand");
        }
    }

    private static IEnumerable<ModelVertex> Vertices(ModelShape s, int lod)
    {
        (int first, int count) = s.Lods[lod];
        return Library.Indices.Skip(first).Take(count).Select(i => Library.Vertices[i]);
    }

    /// <summary>Widest horizontal reach (m) of the level-0 mesh below and above the given fractions of its height.</summary>
    private static (float Low, float High) Widths(ModelShape s, float lowBelow, float highAbove)
    {
        var v = Vertices(s, 0).ToList();
        float Reach(IEnumerable<ModelVertex> vs) => vs.Select(p => MathF.Sqrt((p.X * p.X) + (p.Z * p.Z))).DefaultIfEmpty(0f).Max();
        return (Reach(v.Where(p => p.Y > s.Height * 0.1f && p.Y < s.Height * lowBelow)), Reach(v.Where(p => p.Y > s.Height * highAbove)));
    }

    /// <summary>Width (m, along x) and depth (m, in y) of the level-0 mesh above the given fraction of its height.</summary>
    private static (float Width, float Depth) CrownExtent(ModelShape s, float above)
    {
        var v = Vertices(s, 0).Where(p => p.Y > s.Height * above).ToList();
        return (v.Max(p => p.X) - v.Min(p => p.X), v.Max(p => p.Y) - v.Min(p => p.Y));
    }
}

