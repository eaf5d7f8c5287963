using Nacre.Core;

namespace Nacre.Language.Tests;

/// <summary>Colours and materials belong to the noun they describe; prepositions attach to the right subject.</summary>
public class BindingAndRelationTests
{
    [Fact]
    public void Parse_TwoColouredNouns_EachKeepsItsOwnColour()
    {
        var spec = PromptParser.Parse("a red barn and white houses", 1);
        FeatureRequest barn = spec.Features.Single(f => f.Label == SemanticLabel.Barn);
        FeatureRequest houses = spec.Features.Single(f => f.Label == SemanticLabel.House);
        barn.ColorName.ShouldBe("red");
        barn.Color.ShouldBe(Rgb.FromHex("#b3261e"));
        houses.ColorName.ShouldBe("white");
        houses.Count.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Parse_ColourOfAPart_GoesToItsOwner()
    {
        var spec = PromptParser.Parse("a cottage with a green door and a red roof", 1);
        spec.Features.Single(f => f.Label == SemanticLabel.Cottage).ColorName.ShouldBe("green");
    }

    [Fact]
    public void Parse_PredicateColour_BindsToTheSubject()
    {
        var spec = PromptParser.Parse("the barn is crimson", 1);
        spec.Features.Single().ColorName.ShouldBe("crimson");
    }

    [Theory]
    [InlineData("teal", "#008080")]
    [InlineData("ochre", "#cc7722")]
    [InlineData("burgundy", "#800020")]
    [InlineData("sage", "#8a9a74")]
    [InlineData("navy blue", "#1f2f5a")]
    public void Parse_ColourName_BecomesItsRgb(string colour, string hex) =>
        PromptParser.Parse($"a {colour} boat", 1).Features.Single().Color.ShouldBe(Rgb.FromHex(hex));

    [Theory]
    [InlineData("a wooden cabin", SemanticLabel.Cabin, MaterialKind.Wood)]
    [InlineData("a stone cottage", SemanticLabel.Cottage, MaterialKind.Stone)]
    [InlineData("a log cabin", SemanticLabel.Cabin, MaterialKind.Log)]
    [InlineData("a glass tower", SemanticLabel.Tower, MaterialKind.Glass)]
    [InlineData("a marble church", SemanticLabel.Church, MaterialKind.Marble)]
    public void Parse_Material_BindsToItsNoun(string prompt, SemanticLabel label, MaterialKind material) =>
        PromptParser.Parse(prompt, 1).Features.ShouldContain(f => f.Label == label && f.Material == material);

    [Fact]
    public void Parse_ChainedPrepositions_AttachToTheFeatureNotTheLandform()
    {
        var spec = PromptParser.Parse("a cabin by a lake in the mountains", 1);
        spec.Relations.ShouldBe([
            new SpatialRelation(SemanticLabel.Cabin, RelationKind.Near, new Anchor(AnchorKind.Lake)),
            new SpatialRelation(SemanticLabel.Cabin, RelationKind.In, new Anchor(AnchorKind.Mountain)),
        ]);
    }

    [Fact]
    public void Parse_RelationBetweenTwoFeatures_AnchorsOnTheFeature()
    {
        var spec = PromptParser.Parse("a well next to a windmill", 1);
        spec.Relations.ShouldBe([new SpatialRelation(SemanticLabel.Well, RelationKind.Near, Anchor.Of(SemanticLabel.Windmill))]);
        spec.MainSubject.ShouldBe(Anchor.Of(SemanticLabel.Well));
    }

    [Fact]
    public void Parse_PartOfAPlace_GivesTheRelation()
    {
        var spec = PromptParser.Parse("a chapel on the shore of a lake and a hut at the top of a hill", 1);
        spec.Relations.ShouldContain(new SpatialRelation(SemanticLabel.Church, RelationKind.Near, new Anchor(AnchorKind.Lake)));
        spec.Relations.ShouldContain(new SpatialRelation(SemanticLabel.Cabin, RelationKind.On, new Anchor(AnchorKind.Hill)));
    }

    [Fact]
    public void Parse_TimeAfterPreposition_IsNotAPlace()
    {
        var spec = PromptParser.Parse("a cabin at dusk in the fog", 1);
        spec.Relations.ShouldBeEmpty();
        spec.Time.Name.ShouldBe("dusk");
    }

    [Fact]
    public void Parse_SurroundedBy_PlacesTheSurroundingThingAroundTheSubject()
    {
        var spec = PromptParser.Parse("a tower surrounded by birches", 1);
        spec.Relations.ShouldBe([new SpatialRelation(SemanticLabel.Birch, RelationKind.Around, Anchor.Of(SemanticLabel.Tower))]);
    }

    [Fact]
    public void Parse_CastleOnHill_MainSubjectIsTheCastle() =>
        PromptParser.Parse("on a hill, a castle", 1).MainSubject.ShouldBe(Anchor.Of(SemanticLabel.Castle));

    [Fact]
    public void Parse_PronounIt_RefersToThePreviousThing()
    {
        var spec = PromptParser.Parse("there is a cabin next to the river and some pine trees behind it", 1);
        spec.Relations.ShouldContain(new SpatialRelation(SemanticLabel.Conifer, RelationKind.Behind, Anchor.Of(SemanticLabel.Cabin)));
    }

    [Fact]
    public void Parse_ParticipleInsideAPhrase_KeepsThePreposition()
    {
        var spec = PromptParser.Parse("a bridge crossing a rushing river", 1);
        spec.Relations.ShouldContain(new SpatialRelation(SemanticLabel.Bridge, RelationKind.Over, new Anchor(AnchorKind.River)));
        spec.Unrecognized.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_SurroundedByALandform_PutsTheSubjectInIt()
    {
        var spec = PromptParser.Parse("a cabin surrounded by forest", 1);
        spec.Relations.ShouldContain(new SpatialRelation(SemanticLabel.Cabin, RelationKind.In, new Anchor(AnchorKind.Forest)));
    }
}
