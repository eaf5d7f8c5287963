using Nacre.Core;
using Nacre.Language.Lexicon;
using Nacre.Language.Parsing;
using Nacre.Language.Text;

namespace Nacre.Language.Tests;

public class TextTests
{
    [Fact]
    public void Tokenize_KeepsSpansAndSplitsClocks()
    {
        const string text = "A man-made pier's end at 18:30, 6pm!";
        List<Token> tokens = Tokenizer.Tokenize(text);
        tokens.Select(t => t.Text).ShouldBe(["a", "man-made", "pier", "end", "at", "18:30", ",", "6", "pm", "!"]);
        foreach (Token t in tokens.Where(t => t.Shape == TokenShape.Word))
        {
            text.Substring(t.Start, t.Length).ToLowerInvariant().ShouldStartWith(t.Text);
        }
        tokens.Single(t => t.Text == "18:30").Shape.ShouldBe(TokenShape.Clock);
    }

    [Theory]
    [InlineData("houses", "house")]
    [InlineData("ponies", "pony")]
    [InlineData("wolves", "wolf")]
    [InlineData("churches", "church")]
    [InlineData("fishermen", "fisherman")]
    public void NounBases_RegularPlural_GivesTheSingular(string plural, string singular) =>
        Lemmatizer.NounBases(plural).ShouldContain(singular);

    [Theory]
    [InlineData("foggy", "fog")]
    [InlineData("sunny", "sun")]
    [InlineData("hazy", "haze")]
    [InlineData("wooded", "wood")]
    [InlineData("mountainous", "mountain")]
    [InlineData("coastal", "coast")]
    [InlineData("drizzling", "drizzle")]
    public void DerivationBases_DescriptiveAdjective_GivesItsNoun(string adjective, string noun) =>
        Lemmatizer.DerivationBases(adjective).ShouldContain(noun);

    [Theory]
    [InlineData("geese", "goose")]
    [InlineData("mice", "mouse")]
    public void Parse_IrregularPlural_UsesWordNetExceptions(string plural, string singular)
    {
        var wn = Nacre.Language.WordNet.WordNetDatabase.Open();
        wn.BaseForms(Nacre.Language.WordNet.WordNetPartOfSpeech.Noun, plural).ShouldContain(singular);
    }

    [Theory]
    [InlineData("18:30", null, "18:30", 18.5f)]
    [InlineData("6", "pm", "18:00", 18f)]
    [InlineData("12", "am", "00:00", 0f)]
    [InlineData("12", "pm", "12:00", 12f)]
    [InlineData("6:45", "am", "06:45", 6.75f)]
    public void ClockTime_ValidReading_GivesHours(string text, string? meridiem, string name, float hours)
    {
        ClockTime.TryParse(text, meridiem, out TimeOfDaySpec? time).ShouldBeTrue();
        time.ShouldBe(new TimeOfDaySpec(name, hours));
    }

    [Theory]
    [InlineData("25:00", null)]
    [InlineData("13", "pm")]
    [InlineData("10:75", null)]
    public void ClockTime_InvalidReading_IsRejected(string text, string? meridiem) =>
        ClockTime.TryParse(text, meridiem, out _).ShouldBeFalse();

    [Fact]
    public void Analyze_TokensCoverTheWordsWithTheirKinds()
    {
        const string prompt = "a foggy hickory forest with zorblax";
        PromptAnalysis a = PromptParser.Analyze(prompt, 1);
        a.Tokens.Select(t => prompt.Substring(t.Start, t.Length)).ShouldBe(["a", "foggy", "hickory", "forest", "with", "zorblax"]);
        a.Tokens.Single(t => t.Text == "foggy").Kind.ShouldBe(PromptTokenKind.Atmosphere);
        a.Tokens.Single(t => t.Text == "forest").Kind.ShouldBe(PromptTokenKind.Place);
        a.Tokens.Single(t => t.Text == "zorblax").Kind.ShouldBe(PromptTokenKind.Unrecognized);
        a.Tokens.Single(t => t.Text == "hickory").GroundedTo.ShouldBe("oak");
        a.Spec.Biomes[0].Biome.ShouldBe(Biome.BroadleafForest);
    }

    [Fact]
    public void ColorTable_HasManyNames() => ColorTable.Names.Count().ShouldBeGreaterThan(120);
}
