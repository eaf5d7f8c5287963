using System.Security.Cryptography;

namespace Nacre.Cli.Tests;

public class DirectCommandTests : IDisposable
{
    private const string Prompt = "a wooden cabin by a lake in a pine forest";
    private readonly string _dir = Directory.CreateTempSubdirectory("nacre-direct-").FullName;

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    private string Script(string text)
    {
        string path = Path.Combine(_dir, "take.txt");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Direct_MisspeltLine_ExitsWith2_NamesTheLine_AndWritesNoVideo()
    {
        string output = Path.Combine(_dir, "take.mp4");
        var r = NacreProcess.Run("direct", Prompt, "--script", Script("@0s wide shot of the cabin\n@2s dollie in slowly\n"), "-o", output);
        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain("take.txt line 2:");
        r.StdErr.ShouldContain("did you mean 'dolly in'");
        r.StdErr.ShouldContain("no video was written");
        r.StdErr.ShouldNotContain("   at ");
        File.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void Direct_SubjectNotInTheWorld_ExitsWith2_WithItsLineAndWhatIsNearby()
    {
        string output = Path.Combine(_dir, "take.mp4");
        var r = NacreProcess.Run("direct", Prompt, "--script", Script("@0s wide shot of the cabin\n@1s close-up of the castle\n"), "-o", output);
        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain("line 2: no castle within");
        r.StdErr.ShouldContain("nearby:");
        File.Exists(output).ShouldBeFalse();
    }

    [Theory]
    [InlineData("--res", "1080p", "480p")]
    [InlineData("--fps", "60", "24, 25 or 30")]
    [InlineData("--quality", "best", "final (the default")]
    public void Direct_BadOption_ExitsWith2_SayingWhatIsExpected(string flag, string value, string expected)
    {
        var r = NacreProcess.Run("direct", Prompt, "--script", Script("@0s dolly in\n"), flag, value, "-o", Path.Combine(_dir, "t.mp4"));
        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain(expected);
    }

    [Fact]
    public void Direct_MissingScript_ExitsWith2()
    {
        var r = NacreProcess.Run("direct", Prompt, "--script", Path.Combine(_dir, "nope.txt"), "-o", Path.Combine(_dir, "t.mp4"));
        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain("cannot read the take script");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Direct_SameTakeTwice_RendersIdenticalFrames_AndAPlayableVideo()
    {
        string script = Script("@0s wide shot of the cabin\n@0.2s dolly in over 0.5 seconds\n@0.3s place a red car next to the cabin\n@0.4s make it night over 0.4 seconds\n@1s end\n");
        string[] hashes = new string[2];
        for (int run = 0; run < 2; run++)
        {
            string frames = Directory.CreateDirectory(Path.Combine(_dir, $"frames{run}")).FullName;
            string output = Path.Combine(_dir, $"take{run}.mp4");
            var r = NacreProcess.Run(TimeSpan.FromMinutes(10), null, "direct", Prompt, "--script", script, "--fps", "24", "-o", output, "--frames-dir", frames);
            r.ExitCode.ShouldBe(0, r.StdErr);
            File.Exists(output).ShouldBeTrue();
            string[] pngs = Directory.GetFiles(frames, "*.png").Order(StringComparer.Ordinal).ToArray();
            pngs.Length.ShouldBe(24);
            hashes[run] = string.Join(",", pngs.Select(p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p)))));
        }
        hashes[1].ShouldBe(hashes[0]);
    }
}
