using Nacre.Core;
using Nacre.Language.Grounding;
using Nacre.Language.Lexicon;
using Nacre.Language.WordNet;

namespace Nacre.Language.Tests;

/// <summary>Nouns the curated lexicon does not list are grounded through WordNet's is-a hierarchy.</summary>
public class WordNetGroundingTests
{
    private static readonly Lazy<WordNetGrounder> Grounder = new(() => new WordNetGrounder(WordNetDatabase.Open()));

    public static TheoryData<string, SemanticLabel> UnseenFeatureNouns => new()
    {
        { "hickory", SemanticLabel.Broadleaf }, { "teak", SemanticLabel.Broadleaf }, { "rowan", SemanticLabel.Broadleaf },
        { "tamarack", SemanticLabel.Conifer }, { "arborvitae", SemanticLabel.Conifer }, { "hawthorn", SemanticLabel.Bush },
        { "igloo", SemanticLabel.Cabin }, { "hacienda", SemanticLabel.House }, { "duplex", SemanticLabel.House }, { "motel", SemanticLabel.House },
        { "bastion", SemanticLabel.Castle }, { "campanile", SemanticLabel.Tower }, { "supermarket", SemanticLabel.Shop },
        { "causeway", SemanticLabel.Road }, { "minivan", SemanticLabel.Car }, { "roadster", SemanticLabel.Car }, { "ambulance", SemanticLabel.Car },
        { "catamaran", SemanticLabel.Boat }, { "frigate", SemanticLabel.Boat }, { "sampan", SemanticLabel.Boat },
        { "gelding", SemanticLabel.Horse }, { "filly", SemanticLabel.Horse }, { "wapiti", SemanticLabel.Deer }, { "muntjac", SemanticLabel.Deer },
        { "kingfisher", SemanticLabel.Bird }, { "woodpecker", SemanticLabel.Bird }, { "puffin", SemanticLabel.Bird }, { "rooster", SemanticLabel.Bird },
        { "zebu", SemanticLabel.Cow }, { "poodle", SemanticLabel.Dog }, { "beagle", SemanticLabel.Dog }, { "jackrabbit", SemanticLabel.Rabbit },
        { "gander", SemanticLabel.Duck }, { "lumberjack", SemanticLabel.Person }, { "sailor", SemanticLabel.Person },
        { "placard", SemanticLabel.Sign }, { "hogshead", SemanticLabel.Barrel },
    };

    [Theory]
    [MemberData(nameof(UnseenFeatureNouns))]
    public void Parse_NounOnlyWordNetKnows_IsGroundedToItsCategory(string noun, SemanticLabel expected)
    {
        CuratedLexicon.Contains(noun).ShouldBeFalse($"'{noun}' is curated: this test is about WordNet grounding");
        PromptAnalysis a = PromptParser.Analyze($"a {noun} in a field", 3);
        a.Spec.Features.Select(f => f.Label).ShouldContain(expected);
        a.Tokens.Single(t => t.Text == noun).GroundedTo.ShouldNotBeNull();
        a.Spec.Unrecognized.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("rill", AnchorKind.River)]
    [InlineData("streamlet", AnchorKind.River)]
    [InlineData("lough", AnchorKind.Lake)]
    [InlineData("promontory", AnchorKind.Hill)]
    [InlineData("hummock", AnchorKind.Hill)]
    [InlineData("wadi", AnchorKind.Valley)]
    public void Parse_LandformOnlyWordNetKnows_AnchorsRelations(string noun, AnchorKind expected)
    {
        var spec = PromptParser.Parse($"a cabin by the {noun}", 3);
        spec.Relations.ShouldContain(new SpatialRelation(SemanticLabel.Cabin, RelationKind.Near, new Anchor(expected)));
    }

    [Theory]
    [InlineData("thundershower", WeatherKind.Storm)]
    [InlineData("hailstorm", WeatherKind.Storm)]
    public void Parse_WeatherOnlyWordNetKnows_SetsWeather(string noun, WeatherKind expected) =>
        PromptParser.Parse($"a village in a {noun}", 3).Weather.Kind.ShouldBe(expected);

    /// <summary>The brief's examples, grounded by WordNet alone (bypassing the curated table that also lists them).</summary>
    [Theory]
    [InlineData("spruce", "conifer")]
    [InlineData("bungalow", "cottage")] // one synset in WordNet: "bungalow, cottage"
    [InlineData("sedan", "car")]
    [InlineData("pond", "lake")]
    [InlineData("drizzle", "drizzle")]
    [InlineData("boulder", "boulder")]
    [InlineData("oak", "oak")]
    [InlineData("fawn", "deer")]
    [InlineData("fortress", "castle")]
    [InlineData("creek", "stream")]
    [InlineData("brook", "stream")]
    [InlineData("mare", "horse")]
    [InlineData("shack", "cabin")]
    public void Ground_BriefExample_ReachesTheExpectedCategory(string noun, string curated)
    {
        LexEntry? entry = Grounder.Value.Ground(noun);
        entry.ShouldNotBeNull();
        entry.GroundedFrom.ShouldBe(curated);
    }

    [Fact]
    public void Ground_WordWhoseFirstSenseIsAName_SkipsTheName() =>
        Grounder.Value.Ground("firth")!.Sense.Anchor.ShouldBe(AnchorKind.Lake); // not J. R. Firth the linguist

    [Fact]
    public void Ground_AbstractNoun_IsNotGrounded() => Grounder.Value.Ground("happiness").ShouldBeNull();

    [Fact]
    public void Anchors_AllResolveInWordNetAndTheLexicon()
    {
        WordNetDatabase wn = WordNetDatabase.Open();
        foreach ((string lemma, int sense, string curated) in GroundingAnchors.All)
        {
            wn.NounSenses(lemma).Count.ShouldBeGreaterThanOrEqualTo(sense, $"{lemma}#{sense}");
            CuratedLexicon.Contains(curated).ShouldBeTrue(curated);
        }
    }

    [Fact]
    public void Open_FolderWithoutWordNet_SaysHowToInstallIt()
    {
        string empty = Directory.CreateTempSubdirectory("nacre-no-wordnet").FullName;
        try
        {
            var e = Should.Throw<WordNetMissingException>(() => WordNetDatabase.Open(null, [empty]));
            e.Message.ShouldContain("apt-get install wordnet-base");
            e.Message.ShouldContain(WordNetDatabase.PathVariable);
            Should.Throw<WordNetMissingException>(() => WordNetDatabase.Open(empty, [])).Message.ShouldContain(empty);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void Open_ExplicitFolder_IsUsed() =>
        WordNetDatabase.Open(WordNetDatabase.Open().Folder, []).NounSenses("lake").Count.ShouldBe(3);
}
