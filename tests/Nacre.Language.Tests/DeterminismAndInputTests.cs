using Nacre.Core;

namespace Nacre.Language.Tests;

/// <summary>Same prompt, same spec; any input gives a spec or a clear exception, never a crash.</summary>
public class DeterminismAndInputTests
{
    private const string Prompt = "a foggy pine forest at dusk with a wooden cabin by a lake";

    [Fact]
    public void Parse_SamePromptTwice_GivesIdenticalJson() =>
        WorldSpecJson.Serialize(PromptParser.Parse(Prompt, 42)).ShouldBe(WorldSpecJson.Serialize(PromptParser.Parse(Prompt, 42)));

    [Fact]
    public void Parse_ManyThreadsAtOnce_AllGiveTheSameSpec()
    {
        string expected = WorldSpecJson.Serialize(PromptParser.Parse(Prompt, 9));
        string[] results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = WorldSpecJson.Serialize(PromptParser.Parse(Prompt, 9)));
        results.ShouldAllBe(r => r == expected);
    }

    [Fact]
    public void Parse_RecordsPromptAndSeed()
    {
        var spec = PromptParser.Parse(Prompt, ulong.MaxValue);
        spec.Seed.ShouldBe(ulong.MaxValue);
        spec.Prompt.ShouldBe(Prompt);
    }

    [Fact]
    public void Parse_SpecRoundTripsThroughJson()
    {
        var spec = PromptParser.Parse("a red barn and white houses by a river at 18:30, no people", 5);
        WorldSpecJson.Serialize(WorldSpecJson.Deserialize(WorldSpecJson.Serialize(spec))).ShouldBe(WorldSpecJson.Serialize(spec));
    }

    [Fact]
    public void Parse_Null_Throws() => Should.Throw<ArgumentNullException>(() => PromptParser.Parse(null!, 1));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(",,, ... !!!")]
    [InlineData("the a an of with")]
    public void Parse_PromptWithNoContent_GivesTheDefaultWorld(string prompt)
    {
        var spec = PromptParser.Parse(prompt, 1);
        spec.Features.ShouldBeEmpty();
        spec.Unrecognized.ShouldBeEmpty();
        spec.Time.ShouldBe(TimeOfDaySpec.Default);
    }

    [Theory]
    [InlineData("🌲🌲 a cabin 🏠 by a lake")]
    [InlineData("A CABIN BY A LAKE")]
    [InlineData("a cabin\tby\na lake")]
    [InlineData("a  cabin , by a lake.")]
    public void Parse_OddSpacingCaseOrSymbols_StillUnderstood(string prompt) =>
        PromptParser.Parse(prompt, 1).Relations.ShouldContain(new SpatialRelation(SemanticLabel.Cabin, RelationKind.Near, new Anchor(AnchorKind.Lake)));

    [Fact]
    public void Parse_HugeNumbers_AreClamped()
    {
        var spec = PromptParser.Parse("99999999999999999999 sheep and 1000 cows", 1);
        spec.Features.ShouldAllBe(f => f.Count >= 1 && f.Count <= 100);
    }

    [Fact]
    public void Parse_InvalidClock_IsReportedNotGuessed()
    {
        var spec = PromptParser.Parse("a lake at 27:99", 1);
        spec.Time.ShouldBe(TimeOfDaySpec.Default);
        spec.Unrecognized.ShouldContain("27:99");
    }

    [Fact]
    public void Parse_LongPrompt_IsFast()
    {
        string prompt = string.Join(", ", Enumerable.Repeat("a red barn by a river with three sheep in the fog", 40));
        PromptParser.Parse(prompt, 1);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var spec = PromptParser.Parse(prompt, 2);
        watch.Stop();
        spec.Features.ShouldNotBeEmpty();
        watch.Elapsed.TotalMilliseconds.ShouldBeLessThan(200);
    }
}
