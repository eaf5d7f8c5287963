namespace Nacre.Agents.Tests;

/// <summary>`nacre env` as a user types it: a baseline evaluation that prints its summary, and usage errors with exit code 2.</summary>
public class EnvCommandTests
{
    [Fact]
    public void Eval_Scripted_PrintsEachEpisodeAndASummary()
    {
        (int code, string stdout, string stderr) = Nacre("env", "eval", "--episodes", "2", "--size", "48");
        code.ShouldBe(0, stderr);
        stdout.ShouldContain("episode 0: {");
        stdout.ShouldContain("Nacre/ObjectNav-v0 val scripted: success ");
    }

    [Theory]
    [InlineData("env eval --task Nacre/ObjectNav-v9", "unknown task 'Nacre/ObjectNav-v9'")]
    [InlineData("env eval --agent clever", "unknown agent 'clever': expected scripted or random")]
    [InlineData("env eval --task Nacre/PointNav-v0", "the scripted agent solves ObjectNav only")]
    [InlineData("env eval --split dev", "unknown split 'dev': expected train, val or test")]
    [InlineData("env serve --port 70000", "--port '70000' is not valid")]
    public void BadArguments_ExitWithUsageErrorAndSayWhatIsValid(string args, string message)
    {
        (int code, _, string stderr) = Nacre(args.Split(' '));
        code.ShouldBe(2);
        stderr.ShouldContain(message);
        stderr.ShouldNotContain("   at ");
    }

    private static (int Code, string StdOut, string StdErr) Nacre(params string[] args) =>
        ChildProcess.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "nacre.dll"), .. args], TimeSpan.FromMinutes(2));
}
