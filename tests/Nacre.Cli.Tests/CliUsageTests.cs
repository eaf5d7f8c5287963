namespace Nacre.Cli.Tests;

public class CliUsageTests
{
    [Fact]
    public void UnknownFlag_ExitsWithUsageCode_AndOneClearLine()
    {
        var r = NacreProcess.Run("--no-such-flag");
        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain("--no-such-flag");
        r.StdErr.ShouldNotContain("   at "); // never a stack trace
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        var r = NacreProcess.Run("--help");
        r.ExitCode.ShouldBe(0);
        r.StdOut.ShouldContain("world model engine");
    }
}
