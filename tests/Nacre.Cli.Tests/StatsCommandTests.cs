using System.Text.Json;

namespace Nacre.Cli.Tests;

public class StatsCommandTests
{
    private const string Prompt = "three red houses along a river with a bridge";

    [Fact]
    public void StatsJson_TwoProcesses_GiveTheSameContentHash_AndAnotherSeedDiffers()
    {
        var a = NacreProcess.Run("stats", Prompt, "--radius", "96", "--json");
        var b = NacreProcess.Run("stats", Prompt, "--radius", "96", "--json");
        var c = NacreProcess.Run("stats", Prompt, "--radius", "96", "--json", "--seed", "9");
        a.ExitCode.ShouldBe(0, a.StdErr);
        using JsonDocument ja = JsonDocument.Parse(a.StdOut), jb = JsonDocument.Parse(b.StdOut), jc = JsonDocument.Parse(c.StdOut);
        string hash = ja.RootElement.GetProperty("contentHash").GetString()!;
        hash.Length.ShouldBe(16);
        jb.RootElement.GetProperty("contentHash").GetString().ShouldBe(hash);
        jc.RootElement.GetProperty("contentHash").GetString().ShouldNotBe(hash);
        ja.RootElement.GetProperty("counts").GetProperty("house").GetInt32().ShouldBeGreaterThanOrEqualTo(3);
        ja.RootElement.GetProperty("counts").GetProperty("bridge").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        ja.RootElement.GetProperty("chunksPerSecond").GetDouble().ShouldBeGreaterThan(0);
        double water = ja.RootElement.GetProperty("waterFraction").GetDouble();
        water.ShouldBeInRange(0.001, 0.5);
        (water + ja.RootElement.GetProperty("landFraction").GetDouble()).ShouldBe(1.0, 1e-3);
    }

    [Fact]
    public void Stats_Text_ListsCountsAndTiming()
    {
        var r = NacreProcess.Run("stats", "a sunny beach with palm trees and no buildings", "--radius", "64");
        r.ExitCode.ShouldBe(0, r.StdErr);
        r.StdOut.ShouldContain("chunks/s");
        r.StdOut.ShouldContain("palm");
        r.StdOut.ShouldContain("content hash");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("far")]
    [InlineData("100000")]
    public void Stats_BadRadius_ExitsWithUsageCode(string radius)
    {
        var r = NacreProcess.Run("stats", Prompt, "--radius", radius);
        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain("--radius");
        r.StdOut.ShouldBeEmpty();
    }
}
