using Nacre.Media;

namespace Nacre.Cli.Tests;

public class MapCommandTests
{
    private const string Prompt = "a foggy pine forest at dusk with a wooden cabin by a lake";

    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), $"nacre-map-{Environment.ProcessId}-{name}");

    [Fact]
    public void Map_SameInputsTwice_WritesByteIdenticalPngs_AndAnotherSeedDiffers()
    {
        string a = Temp("a.png"), b = Temp("b.png"), c = Temp("c.png");
        try
        {
            NacreProcess.Run("map", Prompt, "--size", "256", "--pixels", "384", "-o", a).ExitCode.ShouldBe(0);
            NacreProcess.Run("map", Prompt, "--size", "256", "--pixels", "384", "-o", b).ExitCode.ShouldBe(0);
            NacreProcess.Run("map", Prompt, "--size", "256", "--pixels", "384", "--seed", "2", "-o", c).ExitCode.ShouldBe(0);
            File.ReadAllBytes(a).ShouldBe(File.ReadAllBytes(b));
            File.ReadAllBytes(a).ShouldNotBe(File.ReadAllBytes(c));
            (byte[] rgba, int w, int h) = ImageFile.Read(a);
            (w, h).ShouldBe((384, 384));
            // A forest with a lake: plenty of green and some blue.
            int green = 0, blue = 0;
            for (int i = 0; i < rgba.Length; i += 4)
            {
                if (rgba[i + 1] > rgba[i] + 10 && rgba[i + 1] > rgba[i + 2])
                {
                    green++;
                }
                if (rgba[i + 2] > rgba[i] + 40 && rgba[i + 2] > rgba[i + 1])
                {
                    blue++;
                }
            }
            green.ShouldBeGreaterThan(w * h / 3);
            blue.ShouldBeGreaterThan(w * h / 100);
        }
        finally
        {
            File.Delete(a);
            File.Delete(b);
            File.Delete(c);
        }
    }

    [Theory]
    [InlineData("--size", "huge", "--size")]
    [InlineData("--size", "10", "--size")]
    [InlineData("--size", "99999", "--size")]
    [InlineData("--center", "12", "--center")]
    [InlineData("--center", "a,b", "--center")]
    [InlineData("--pixels", "7", "--pixels")]
    public void Map_BadValue_ExitsWithUsageCode_AndWritesNothing(string flag, string value, string mentioned)
    {
        string path = Temp($"bad-{flag.TrimStart('-')}-{value.Replace(',', '_')}.png");
        var r = NacreProcess.Run("map", Prompt, flag, value, "-o", path);
        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain(mentioned);
        r.StdErr.Trim().Split('\n').Length.ShouldBe(1);
        File.Exists(path).ShouldBeFalse();
    }

    [Fact]
    public void Map_UnwritableOutput_ExitsWithUsageCode()
    {
        var r = NacreProcess.Run("map", Prompt, "-o", "/no/such/folder/map.png");
        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain("does not exist");
    }
}
