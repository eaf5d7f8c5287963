using System.Text.Json;
using Nacre.Cli.Commands;

namespace Nacre.Cli.Tests;

public class BenchCommandTests
{
    [Fact]
    public void UnknownResolution_ExitsWithUsageError()
    {
        var r = NacreProcess.Run("bench", "--res", "4k");

        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain("unknown resolution '4k'");
    }

    [Fact]
    public void SecondsOutOfRange_ExitsWithUsageError()
    {
        var r = NacreProcess.Run("bench", "--seconds", "0");

        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain("--seconds '0' is out of range");
    }

    [Fact]
    public void Percentile_NearestRank_PicksTheFrameAtThatRank()
    {
        double[] sorted = [.. Enumerable.Range(1, 100).Select(i => (double)i)];

        BenchCommand.Percentile(sorted, 0.95).ShouldBe(95);
        BenchCommand.Percentile(sorted, 0.50).ShouldBe(50);
        BenchCommand.Percentile([7.0], 0.95).ShouldBe(7);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void ShortBench_Json_ReportsEveryFigureOfTheContract()
    {
        var r = NacreProcess.Run(TimeSpan.FromMinutes(4), null, "bench", "--res", "480p", "--seconds", "3", "--json");

        r.ExitCode.ShouldBe(0, r.StdErr);
        using JsonDocument doc = JsonDocument.Parse(r.StdOut);
        JsonElement j = doc.RootElement;
        j.GetProperty("frames").GetInt32().ShouldBe(180); // 3 s at 60 simulated fps
        j.GetProperty("fps_mean").GetDouble().ShouldBeGreaterThan(0);
        j.GetProperty("fps_p5").GetDouble().ShouldBeLessThanOrEqualTo(j.GetProperty("fps_mean").GetDouble() * 1.5);
        j.GetProperty("frame_ms_max").GetDouble().ShouldBeGreaterThanOrEqualTo(j.GetProperty("frame_ms_p95").GetDouble());
        j.GetProperty("triangles_mean").GetDouble().ShouldBeGreaterThan(100);
        j.GetProperty("chunk_not_ready").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
        j.GetProperty("memory_peak_mib").GetDouble().ShouldBeGreaterThan(10);
        j.GetProperty("walked_m").GetDouble().ShouldBeGreaterThan(3);
    }
}
