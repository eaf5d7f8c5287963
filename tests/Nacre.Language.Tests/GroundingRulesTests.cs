using Nacre.Core;
using Nacre.Language.Grounding;
using Nacre.Language.WordNet;

namespace Nacre.Language.Tests;

/// <summary>
/// The rules behind honest grounding: rare WordNet senses and verb forms do not ground, substitutions are said,
/// negation and exclusions reach the new kinds of things, and a warm parse stays fast.
/// </summary>
public class GroundingRulesTests
{
    private static readonly Lazy<WordNetGrounder> Grounder = new(() => new WordNetGrounder(WordNetDatabase.Open()));

    [Theory]
    [InlineData("top")] // 11 senses; the circus tent is the 11th
    [InlineData("hoodoo")] // 4 untagged senses; the voodoo practitioner is the 2nd
    public void Ground_RareSenseOfAWordWithManySenses_IsNotUsed(string noun)
    {
        var entry = Grounder.Value.Ground(noun);
        (entry?.Sense.Label ?? SemanticLabel.None).ShouldNotBeOneOf(SemanticLabel.Tent, SemanticLabel.Person);
    }

    [Theory]
    [InlineData("flat-topped buttes", SemanticLabel.Tent)]
    [InlineData("a star-studded sky", SemanticLabel.Person)]
    public void Parse_ParticipleOfAVerb_IsNotGroundedThroughTheNounItShares(string prompt, SemanticLabel wrong) =>
        PromptParser.Parse(prompt, 1).Features.ShouldNotContain(f => f.Label == wrong);

    [Theory]
    [InlineData("yurt", "tent")]
    [InlineData("gazebo", "tent")]
    [InlineData("tractor", "truck")]
    [InlineData("bus", "truck")]
    [InlineData("llama", "sheep")]
    [InlineData("bison", "cow")]
    [InlineData("coyote", "fox")]
    [InlineData("squirrel", "rabbit")]
    [InlineData("goose", "duck")]
    [InlineData("mosque", "temple")]
    [InlineData("stupa", "shrine")]
    [InlineData("skyscraper", "house")]
    [InlineData("motorbike", "bicycle")]
    [InlineData("standing stone", "boulder")]
    [InlineData("hay bale", "crate")]
    [InlineData("watermill", "windmill")]
    [InlineData("impala", "deer")]
    public void Parse_WordRealisedByANearbyLabel_ConceptSaysSo(string word, string shownAs) =>
        PromptParser.Parse($"a {word} in a field", 1).Concepts.ShouldContain($"{word} (as {shownAs})");

    [Fact]
    public void Parse_NoGravestones_RemovesOnlyGravestones()
    {
        var spec = PromptParser.Parse("a graveyard with a chapel and no gravestones", 1);
        spec.Features.Select(f => f.Label).ShouldBe([SemanticLabel.Church]);
        spec.Exclude.ShouldBe(Exclusions.None);
    }

    [Theory]
    [InlineData("riders in a field, no people", SemanticLabel.Rider)]
    [InlineData("a savanna with acacias and no trees", SemanticLabel.Acacia)]
    [InlineData("a donkey cart on a lane, no vehicles", SemanticLabel.Cart)]
    public void Parse_ClassRuledOut_TakesItsNewKindsToo(string prompt, SemanticLabel gone) =>
        PromptParser.Parse(prompt, 1).Features.ShouldNotContain(f => f.Label == gone);

    [Fact]
    public void Parse_NegatedLandform_KeepsTheReliefNamedBesideIt()
    {
        var spec = PromptParser.Parse("mountains but no volcano", 1);
        spec.Landform.ShouldBe(Landform.None);
        spec.Terrain.Relief.ShouldBe(Relief.Mountains);
    }

    [Fact]
    public void Parse_OnHorseback_TheRiderKeepsThePersonsPlace()
    {
        var spec = PromptParser.Parse("a man by the river on horseback", 1);
        spec.Features.Select(f => f.Label).ShouldBe([SemanticLabel.Rider]);
        spec.Relations.ShouldContain(new SpatialRelation(SemanticLabel.Rider, RelationKind.Near, new Anchor(AnchorKind.River)));
        spec.MainSubject.ShouldBe(Anchor.Of(SemanticLabel.Rider));
    }

    [Fact]
    public void Parse_PeopleNamedInABustlingPlace_KeepTheCrowd() =>
        PromptParser.Parse("a bustling square full of people", 1).Features.Single(f => f.Label == SemanticLabel.Person).Count.ShouldBeGreaterThanOrEqualTo(20);

    [Fact]
    public void Parse_SnowyThenBlizzard_TheStrongerWordWins()
    {
        var spec = PromptParser.Parse("a snowy village in a blizzard", 1);
        spec.Weather.ShouldBe(new WeatherSpec { Kind = WeatherKind.Snow, Intensity = 1f });
    }

    [Fact]
    public void Parse_ExplicitWeatherAfterALookWord_Wins()
    {
        var spec = PromptParser.Parse("an eerie moor in a thunderstorm", 1);
        spec.Tone.ShouldBe(Tone.Eerie);
        spec.Weather.Kind.ShouldBe(WeatherKind.Storm);
    }

    [Theory]
    [InlineData("fjord", PromptTokenKind.Place)]
    [InlineData("plaza", PromptTokenKind.Feature)]
    [InlineData("eerie", PromptTokenKind.Atmosphere)]
    [InlineData("volcanic", PromptTokenKind.Place)]
    public void Analyze_NewWords_AreHighlightedByKind(string word, PromptTokenKind kind) =>
        PromptParser.Analyze($"an {word} view", 1).Tokens.Single(t => t.Text == word).Kind.ShouldBe(kind);

    [Fact]
    public void Parse_WarmCorpusPrompt_TakesUnderTwentyMilliseconds()
    {
        string[] prompts = [.. SettingCorpusTests.Landforms.Concat(SettingCorpusTests.Counts).Select(row => row.Data.Item1)];
        foreach (string p in prompts)
        {
            PromptParser.Parse(p, 1);
        }
        double slowest = 0;
        foreach (string p in prompts)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            PromptParser.Parse(p, 2);
            slowest = Math.Max(slowest, watch.Elapsed.TotalMilliseconds);
        }
        slowest.ShouldBeLessThan(20);
    }
}
