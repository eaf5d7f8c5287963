using Nacre.Language.Directing;

namespace Nacre.Language.Tests.Directing;

public class TakeScriptTests
{
    private const string Example = """
        # a short take
        @0s wide shot of the cabin
        @2.5s dolly in slowly over 3 seconds
        @6s make it night over 2 seconds
        @1:05 heavy rain
        """;

    [Fact]
    public void Parse_ExampleScript_GivesCuesInOrderWithTheirTicks()
    {
        TakeScriptParseResult result = TakeScript.Parse(Example);
        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors));
        result.Script!.Cues.Count.ShouldBe(4);
        result.Script.Cues[1].StartSeconds.ShouldBe(2.5);
        result.Script.Cues[1].StartTick(60).ShouldBe(150);
        result.Script.Cues[1].LineNumber.ShouldBe(3);
        result.Script.Cues[1].Command.ShouldBeOfType<CameraMoveCommand>().Motion.Seconds.ShouldBe(3f);
        result.Script.Cues[3].StartSeconds.ShouldBe(65);
        result.Script.DurationSeconds.ShouldBe(65 + 3 + TakeScript.DefaultTailSeconds, 1e-6);
    }

    [Fact]
    public void Parse_EndLine_SetsTheTakeLength()
    {
        TakeScript script = TakeScript.Parse("@0 dolly in\n@4.5s end").Script!;
        script.DurationSeconds.ShouldBe(4.5);
    }

    [Fact]
    public void Parse_MisspeltLine_NamesItsLineNumberAndSuggestsAFix()
    {
        TakeScriptParseResult result = TakeScript.Parse("@0s wide shot of the cabin\n\n@2s dollie in slowly");
        result.IsSuccess.ShouldBeFalse();
        TakeScriptError error = result.Errors.ShouldHaveSingleItem();
        error.LineNumber.ShouldBe(3);
        error.ToString().ShouldStartWith("line 3: ");
        error.Message.ShouldContain("did you mean 'dolly in'");
        error.Suggestion.ShouldBe("@2s dolly in");
    }

    [Fact]
    public void Parse_LineWithoutTime_AsksForOne()
    {
        TakeScriptError error = TakeScript.Parse("@0s wide shot of the cabin\ndolly in").Errors.ShouldHaveSingleItem();
        error.LineNumber.ShouldBe(2);
        error.Message.ShouldContain("has no start time");
    }

    [Fact]
    public void Parse_TimeGoingBackwards_IsRefused()
    {
        TakeScriptError error = TakeScript.Parse("@5s dolly in\n@2s pan left").Errors.ShouldHaveSingleItem();
        error.LineNumber.ShouldBe(2);
        error.Message.ShouldContain("time order");
    }

    [Fact]
    public void Parse_SeveralBadLines_ReportsEachOne()
    {
        TakeScriptParseResult result = TakeScript.Parse("@0s blorp\n@1s pan\n@2s dolly in\n@x zoom in");
        result.Errors.Select(e => e.LineNumber).ShouldBe([1, 2, 4]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n\n")]
    public void Parse_NoCommands_IsRefused(string text) =>
        TakeScript.Parse(text).Errors.ShouldHaveSingleItem().Message.ShouldContain("no commands");

    [Fact]
    public void Parse_CommandAfterEnd_IsRefused() =>
        TakeScript.Parse("@0s dolly in\n@3s end\n@4s pan left").Errors.ShouldHaveSingleItem().LineNumber.ShouldBe(3);
}
