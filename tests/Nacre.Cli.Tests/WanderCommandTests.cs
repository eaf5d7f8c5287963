using Nacre.Media;

namespace Nacre.Cli.Tests;

public sealed class WanderCommandTests : IDisposable
{
    private const string Prompt = "a pine forest with a cabin by a lake";

    private readonly string _dir = Directory.CreateTempSubdirectory("nacre-wander-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Script(string text)
    {
        string path = Path.Combine(_dir, "walk.txt");
        File.WriteAllText(path, text);
        return path;
    }

    private static void ShouldBeUsageError(NacreProcess.Result r, string expected)
    {
        r.ExitCode.ShouldBe(2, r.StdErr);
        r.StdErr.ShouldContain(expected);
        r.StdErr.ShouldNotContain("   at "); // one line for a person, never a stack trace
    }

    [Fact]
    public void UnknownResolution_ExitsWithUsageError_AndWritesNothing()
    {
        string output = Path.Combine(_dir, "walk.mp4");

        var r = NacreProcess.Run("wander", Prompt, "--input", Script("0 down W\n2 end"), "--res", "1080p", "-o", output);

        ShouldBeUsageError(r, "unknown resolution '1080p': expected 480p");
        File.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void MalformedScriptLine_NamesTheFileAndLine_AndWritesNothing()
    {
        string output = Path.Combine(_dir, "walk.mp4");

        var r = NacreProcess.Run("wander", Prompt, "--input", Script("# a walk\n0 down W\n1.5 down Q\n3 end"), "-o", output);

        ShouldBeUsageError(r, "walk.txt line 3: unknown key 'Q': expected W, A, S, D, Shift or Space");
        Directory.GetFiles(_dir).ShouldBe([Path.Combine(_dir, "walk.txt")]);
    }

    [Fact]
    public void MissingScript_SaysWhichFile()
    {
        var r = NacreProcess.Run("wander", Prompt, "--input", Path.Combine(_dir, "nope.txt"), "-o", Path.Combine(_dir, "walk.mp4"));

        ShouldBeUsageError(r, "nope.txt' not found");
    }

    [Fact]
    public void FfmpegMissing_SaysHowToInstallIt_AndWritesNothing()
    {
        string output = Path.Combine(_dir, "walk.mp4");
        var env = new Dictionary<string, string> { ["NACRE_FFMPEG"] = "/nonexistent/ffmpeg" };

        var r = NacreProcess.Run(TimeSpan.FromMinutes(2), null, env, "wander", Prompt, "--input", Script("0 down W\n2 end"), "-o", output);

        ShouldBeUsageError(r, "install ffmpeg");
        File.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void OutputInAMissingFolder_IsRefusedBeforeRendering()
    {
        var r = NacreProcess.Run("wander", Prompt, "--input", Script("0 down W\n2 end"), "-o", Path.Combine(_dir, "no", "such", "walk.mp4"));

        ShouldBeUsageError(r, "does not exist");
    }

    [Fact]
    public void OutputNotMp4_IsRefused()
    {
        var r = NacreProcess.Run("wander", Prompt, "--input", Script("0 down W\n2 end"), "-o", Path.Combine(_dir, "walk.avi"));

        ShouldBeUsageError(r, "must end in .mp4");
    }

    [Fact]
    public void BothVideoAndFramesDir_IsRefused()
    {
        var r = NacreProcess.Run("wander", Prompt, "--input", Script("0 down W\n2 end"), "-o", Path.Combine(_dir, "w.mp4"), "--frames-dir", Path.Combine(_dir, "f"));

        ShouldBeUsageError(r, "either -o");
    }

    [Fact]
    public void UnsupportedFrameRate_IsRefused()
    {
        var r = NacreProcess.Run("wander", Prompt, "--input", Script("0 down W\n2 end"), "--fps", "60", "-o", Path.Combine(_dir, "w.mp4"));

        ShouldBeUsageError(r, "expected 24, 25 or 30");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void ShortWalk_At480p_IsAnH264VideoWithTheExpectedFramesAndDuration()
    {
        string output = Path.Combine(_dir, "walk.mp4");

        var r = NacreProcess.Run("wander", Prompt, "--seed", "3", "--input", Script("0 down W\n0.5 turn 30 over 1\n1 press Space\n2 end"), "--res", "480p", "--fps", "24", "-o", output);

        r.ExitCode.ShouldBe(0, r.StdErr);
        VideoInfo info = VideoProbe.Read(output);
        (info.Width, info.Height).ShouldBe((854, 480));
        info.Codec.ShouldBe("h264");
        info.PixelFormat.ShouldBe("yuv420p");
        info.FrameCount.ShouldBe(48);
        info.DurationSeconds.ShouldBe(2.0, 0.05);
        Directory.GetFiles(_dir).Length.ShouldBe(2); // the script and the video, no temporary file
        r.StdOut.ShouldContain("48 frames");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void FramesDir_WritesOnePngPerFrame()
    {
        string frames = Path.Combine(_dir, "frames");

        var r = NacreProcess.Run("wander", Prompt, "--input", Script("0 down W\n1 end"), "--res", "480p", "--fps", "24", "--frames-dir", frames);

        r.ExitCode.ShouldBe(0, r.StdErr);
        string[] files = Directory.GetFiles(frames).Order().ToArray();
        files.Length.ShouldBe(24);
        Path.GetFileName(files[0]).ShouldBe("frame_00000.png");
        (byte[] rgba, int w, int h) = ImageFile.Read(files[^1]);
        (w, h).ShouldBe((854, 480));
        rgba.Distinct().Count().ShouldBeGreaterThan(20); // a picture, not a blank frame
    }
}
