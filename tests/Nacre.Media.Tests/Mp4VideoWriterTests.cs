using System.Diagnostics;

namespace Nacre.Media.Tests;

public sealed class Mp4VideoWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nacre-video-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static byte[] Frame(int width, int height, byte r, byte g, byte b)
    {
        byte[] rgba = new byte[width * height * 4];
        for (int i = 0; i < rgba.Length; i += 4)
        {
            rgba[i] = r;
            rgba[i + 1] = g;
            rgba[i + 2] = b;
            rgba[i + 3] = 255;
        }
        return rgba;
    }

    [Fact]
    public void Complete_FortyFiveFramesAt30Fps_FfprobeReadsH264WithThatManyFramesAndOneAndAHalfSeconds()
    {
        string path = Path.Combine(_dir, "clip.mp4");
        using (var video = Mp4VideoWriter.Create(path, 160, 90, 30))
        {
            for (int i = 0; i < 45; i++)
            {
                video.WriteFrame(Frame(160, 90, (byte)(i * 5), 80, 200));
            }
            video.Complete();
        }

        VideoInfo info = VideoProbe.Read(path);

        info.Codec.ShouldBe("h264");
        info.PixelFormat.ShouldBe("yuv420p");
        (info.Width, info.Height).ShouldBe((160, 90));
        info.FrameCount.ShouldBe(45);
        info.FrameRate.ShouldBe(30);
        info.DurationSeconds.ShouldBe(1.5, 0.01);
        Directory.GetFiles(_dir).ShouldBe([path]); // no temporary file left beside it
    }

    [Fact]
    public void Complete_RedFrames_DecodeBackRed()
    {
        string path = Path.Combine(_dir, "red.mp4");
        using (var video = Mp4VideoWriter.Create(path, 64, 48, 24))
        {
            for (int i = 0; i < 24; i++)
            {
                video.WriteFrame(Frame(64, 48, 220, 30, 30));
            }
            video.Complete();
        }
        string png = Path.Combine(_dir, "frame.png");
        using (Process p = Process.Start("ffmpeg", ["-v", "error", "-i", path, "-frames:v", "1", "-update", "1", png])!)
        {
            p.WaitForExit();
            p.ExitCode.ShouldBe(0);
        }

        (byte[] rgba, int w, int h) = ImageFile.Read(png);

        (w, h).ShouldBe((64, 48));
        int centre = ((24 * 64) + 32) * 4;
        ((int)rgba[centre]).ShouldBeInRange(200, 240);
        ((int)rgba[centre + 1]).ShouldBeLessThan(60);
        ((int)rgba[centre + 2]).ShouldBeLessThan(60);
    }

    [Fact]
    public void Dispose_WithoutComplete_LeavesNoFileBehind()
    {
        string path = Path.Combine(_dir, "abandoned.mp4");
        using (var video = Mp4VideoWriter.Create(path, 64, 48, 30))
        {
            for (int i = 0; i < 10; i++)
            {
                video.WriteFrame(Frame(64, 48, 0, 0, 0));
            }
        }

        Directory.GetFiles(_dir).ShouldBeEmpty();
    }

    [Fact]
    public void Complete_OverAnExistingFile_ReplacesItWhole()
    {
        string path = Path.Combine(_dir, "again.mp4");
        File.WriteAllText(path, "old");
        using (var video = Mp4VideoWriter.Create(path, 32, 32, 25))
        {
            video.WriteFrame(Frame(32, 32, 9, 9, 9));
            video.Complete();
        }

        VideoProbe.Read(path).FrameCount.ShouldBe(1);
    }

    [Fact]
    public void Create_FfmpegMissing_SaysHowToInstallIt()
    {
        FfmpegNotFoundException e = Should.Throw<FfmpegNotFoundException>(
            () => Mp4VideoWriter.Create(Path.Combine(_dir, "x.mp4"), 64, 48, 30, ffmpegPath: "/nonexistent/ffmpeg"));

        e.Message.ShouldContain("install ffmpeg");
        Directory.GetFiles(_dir).ShouldBeEmpty();
    }

    [Fact]
    public void Create_OddSize_IsRefusedBeforeAnythingIsWritten()
    {
        Should.Throw<ArgumentException>(() => Mp4VideoWriter.Create(Path.Combine(_dir, "odd.mp4"), 853, 480, 30))
            .Message.ShouldContain("even");
        Directory.GetFiles(_dir).ShouldBeEmpty();
    }

    [Fact]
    public void WriteFrame_WrongSize_IsRefused()
    {
        using var video = Mp4VideoWriter.Create(Path.Combine(_dir, "size.mp4"), 64, 48, 30);

        Should.Throw<ArgumentException>(() => video.WriteFrame(new byte[10]));
    }
}
