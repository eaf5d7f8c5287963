using Nacre.Studio.Api;
using Nacre.Studio.Worlds;

namespace Nacre.Studio.Tests;

public class WorldServiceTests
{
    [Theory]
    [InlineData("a cabin by a lake", "Cabin by a lake")]
    [InlineData("The   misty fjord", "Misty fjord")]
    [InlineData("an old castle on a hill with a long winding road through dense pine woods", "Old castle on a hill with a long winding road…")]
    public void DefaultName_ReadsLikeATitle(string prompt, string expected) =>
        WorldService.DefaultName(prompt).ShouldBe(expected);

    [Fact]
    public void CheckPrompt_EmptyOrTooLong_SaysWhatIsExpected()
    {
        Should.Throw<BadRequestException>(() => WorldService.CheckPrompt(" ")).Message.ShouldContain("empty");
        Should.Throw<BadRequestException>(() => WorldService.CheckPrompt(new string('x', 2001))).Message.ShouldContain("2000");
        WorldService.CheckPrompt("  a lake ").ShouldBe("a lake");
    }
}
