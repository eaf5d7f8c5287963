using Nacre.Language.Directing;

namespace Nacre.Language.Tests.Directing;

public class DirectorExamplesTests
{
    public static TheoryData<string> Examples() => [.. DirectorExamples.All];

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryCompletionExample_Parses(string line)
    {
        DirectorParseResult parsed = DirectorParser.Parse(line);
        parsed.IsSuccess.ShouldBeTrue(parsed.IsSuccess ? "" : $"'{line}': {parsed.Error.Message}");
    }

    [Fact]
    public void Examples_AreDistinct_AndCoverCameraLightAndStory()
    {
        DirectorExamples.All.Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(DirectorExamples.All.Count);
        DirectorExamples.All.ShouldContain("make it night");
        DirectorExamples.All.ShouldContain("place a red car next to the cabin");
        DirectorExamples.All.ShouldContain("dolly in slowly over 3 seconds");
    }
}
