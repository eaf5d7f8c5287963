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
}
