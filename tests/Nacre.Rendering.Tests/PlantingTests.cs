using System.Numerics;
using Nacre.Core;
using Nacre.Rendering.Models;
using Nacre.WorldGen;

namespace Nacre.Rendering.Tests;

/// <summary>Crops and flowers are drawn as the species the prompt names, set into straight rows.</summary>
public class PlantingTests
{
    private static readonly ModelLibrary Library = new();

    private static PlacedObject Plant(SemanticLabel label, float x, float z, byte variant = 0) =>
        new(1UL, label, new Vector3(x, 5f, z), 1.3f, 1.2f, new Rgb(200, 176, 88), Vector3.Zero, variant, MaterialKind.Unspecified);

    private static WorldSpec Spec(SemanticLabel label, string phrase) =>
        new() { Features = [new FeatureRequest { Label = label, Phrase = phrase }] };

    [Theory]
    [InlineData("vineyard", "vines")]
    [InlineData("wine estate", "vines")]
    [InlineData("wheat field", "wheat")]
    [InlineData("cornfield", "maize")]
    public void Crops_AreTheSpeciesThePromptNames(string phrase, string model)
    {
        Planting planting = Planting.From(Spec(SemanticLabel.Crop, phrase));
        for (float x = 0; x < 200; x += 37)
        {
            Library.For(Plant(SemanticLabel.Crop, x, x * 0.7f), planting).Name.ShouldBe(model);
        }
    }

    [Fact]
    public void FieldOfSunflowers_DrawsItsFlowersAsSunflowers()
    {
        Planting planting = Planting.From(Spec(SemanticLabel.Flower, "sunflowers"));
        Library.For(Plant(SemanticLabel.Flower, 3, 4), planting).Name.ShouldBe("sunflowers");
        Library.For(Plant(SemanticLabel.Crop, 3, 4), planting).Name.ShouldBe("sunflowers", "sunflowers on the farmland too");
    }

    [Fact]
    public void UnnamedFarmland_IsAPatchworkOfFields_EachOneCrop()
    {
        var crops = new HashSet<string>();
        for (int field = 0; field < 40; field++)
        {
            float x0 = field * PlantNames.FieldSize;
            string first = Library.For(Plant(SemanticLabel.Crop, x0 + 1f, 1f), Planting.Default).Name;
            Library.For(Plant(SemanticLabel.Crop, x0 + 30f, 40f), Planting.Default).Name.ShouldBe(first, "one field grows one crop");
            crops.Add(first);
        }
        crops.Count.ShouldBeGreaterThanOrEqualTo(4, "a patchwork has several crops");
    }

    [Fact]
    public void TulipFields_GrowInBandsOfRowsOfOneColour()
    {
        Planting planting = Planting.From(Spec(SemanticLabel.Flower, "tulip fields"));
        var colours = new List<string>();
        for (int band = 0; band < 12; band++)
        {
            float x = band * PlantNames.RowsPerBand * RowPlanting.RowSpacing;
            string colour = Library.For(Plant(SemanticLabel.Flower, x + 0.5f, 3f), planting).Name;
            colour.ShouldStartWith("tulips");
            // Every row of the band, anywhere along it within the field, is the same colour.
            for (int row = 1; row < PlantNames.RowsPerBand; row++)
            {
                Library.For(Plant(SemanticLabel.Flower, x + (row * RowPlanting.RowSpacing) + 1.5f, 20f), planting).Name.ShouldBe(colour);
            }
            colours.Add(colour);
        }
        colours.Distinct().Count().ShouldBeGreaterThanOrEqualTo(3, "a bulb field shows rows of several colours");
    }

    [Fact]
    public void RowPlants_StandOnTheirRowsLine_AlongTheRows()
    {
        var seen = new HashSet<float>();
        for (float x = 10.05f; x < 12f; x += 0.1f)
        {
            PlacedObject o = Plant(SemanticLabel.Crop, x, 7.3f);
            PlacedObject aligned = RowPlanting.Align(o);
            MathF.Abs(aligned.Position.X - o.Position.X).ShouldBeLessThanOrEqualTo(1f);
            aligned.Position.Z.ShouldBe(o.Position.Z);
            aligned.Yaw.ShouldBe(0f);
            (aligned.Id, aligned.Label).ShouldBe((o.Id, o.Label), "the object is still the generator's");
            seen.Add(aligned.Position.X);
        }
        seen.ShouldHaveSingleItem("everything in one 2 m column stands on one line").ShouldBe(11f);
    }

    [Fact]
    public void OnlyFieldPlants_AreSetInRows()
    {
        Library.Named("vines").InRows.ShouldBeTrue();
        Library.Named("tulips red").InRows.ShouldBeTrue();
        Library.Named("wild flowers blue").InRows.ShouldBeFalse("wild flowers stay scattered");
        Library.For(SemanticLabel.Broadleaf, 0).InRows.ShouldBeFalse();
    }
}
