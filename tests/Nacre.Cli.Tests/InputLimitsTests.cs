namespace Nacre.Cli.Tests;

/// <summary>Hostile or mistaken input files: read only up to a limit, and errors printed bounded and escaped.</summary>
public sealed class InputLimitsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nacre-input-limits-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Wander_InputFromAnEndlessDevice_IsRefusedWithoutFillingMemory()
    {
        NacreProcess.Result r = NacreProcess.Run("wander", "a meadow", "--input", "/dev/zero", "-o", Path.Combine(_dir, "w.mp4"));

        r.ExitCode.ShouldBe(2, r.StdErr);
        r.StdErr.ShouldContain("over 1024 KiB");
        r.StdErr.Length.ShouldBeLessThan(500);
    }

    [Fact]
    public void Direct_AHugeTakeScript_IsRefusedBeforeItIsParsed()
    {
        string script = Path.Combine(_dir, "huge.txt");
        File.WriteAllText(script, string.Concat(Enumerable.Repeat("@0s \u001b[31mdoly in\u001b[0m\n", 500_000)));

        NacreProcess.Result r = NacreProcess.Run("direct", "a meadow", "--script", script, "-o", Path.Combine(_dir, "t.mp4"));

        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain("over 1024 KiB");
        r.StdErr.Length.ShouldBeLessThan(500);
    }

    [Fact]
    public void Direct_ManyBadLinesWithEscapeBytes_PrintsAScreenfulWithTheBytesEscaped()
    {
        string script = Path.Combine(_dir, "bad.txt");
        File.WriteAllText(script, string.Concat(Enumerable.Range(0, 2000).Select(i => $"@{i}s \u001b[2J\u202ezoom the cabin {i}\n")));

        NacreProcess.Result r = NacreProcess.Run("direct", "a meadow", "--script", script, "-o", Path.Combine(_dir, "t.mp4"));

        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldNotContain("\u001b");
        r.StdErr.ShouldNotContain("\u202e");
        r.StdErr.ShouldContain("\\u001b");
        r.StdErr.ShouldContain("more lines that need fixing");
        r.StdErr.Length.ShouldBeLessThan(20_000);
        File.Exists(Path.Combine(_dir, "t.mp4")).ShouldBeFalse();
    }

    [Fact]
    public void Seed_Negative_SaysSo()
    {
        NacreProcess.Result r = NacreProcess.Run("spec", "a meadow", "--seed", "-1");

        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain("negative");
    }
}
