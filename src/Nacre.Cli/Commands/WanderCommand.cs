using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using Nacre.Core;
using Nacre.Language;
using Nacre.Media;
using Nacre.Rendering;
using Nacre.Simulation;
using Nacre.WorldGen;

namespace Nacre.Cli.Commands;

/// <summary>
/// <c>nacre wander "&lt;prompt&gt;" --input walk.txt -o walk.mp4</c>: walks a scripted route through a world and renders
/// it to an H.264 MP4 (or PNG frames). Everything the user can get wrong is checked before the first frame.
/// See docs/wandering.md.
/// </summary>
public static class WanderCommand
{
    public static Command Create()
    {
        Argument<string> prompt = CommonOptions.Prompt();
        Option<string?> seed = CommonOptions.Seed();
        var input = new Option<string>("--input", "-i") { Description = "Input script: timed keys and mouse moves, e.g. docs/examples/walk.txt (format in docs/wandering.md)", Required = true };
        var res = new Option<string?>("--res") { Description = "Resolution: 480p (854×480) or 720p (1280×720, the default)" };
        var fps = new Option<string?>("--fps") { Description = "Frame rate: 24, 25 or 30 (default 30)" };
        var output = new Option<string?>("--output", "-o") { Description = "Output video, e.g. walk.mp4 (H.264, through ffmpeg)" };
        var framesDir = new Option<string?>("--frames-dir") { Description = "Write PNG frames into this new or empty folder instead of a video" };
        Option<string?> quality = CommonOptions.Quality();
        var thirdPerson = new Option<bool>("--third-person") { Description = "Start with the camera behind the walker (the script can switch with 'camera first')" };
        var command = new Command("wander", "Render a scripted walk through a world to an MP4 video (or PNG frames).")
        {
            prompt, seed, input, res, fps, quality, output, framesDir, thirdPerson,
        };
        command.SetAction(parse => Run(new Request(
            parse.GetValue(prompt),
            parse.GetValue(seed),
            parse.GetValue(input)!,
            parse.GetValue(res),
            parse.GetValue(fps),
            parse.GetValue(quality),
            parse.GetValue(output),
            parse.GetValue(framesDir),
            parse.GetValue(thirdPerson))));
        return command;
    }

    private sealed record Request(string? Prompt, string? Seed, string Input, string? Res, string? Fps, string? Quality, string? Output, string? FramesDir, bool ThirdPerson);

    private static int Run(Request r)
    {
        // Every check first: nothing is generated, rendered or written until the whole request makes sense.
        string prompt = CommonOptions.CheckPrompt(r.Prompt);
        ulong seed = CommonOptions.ParseSeed(r.Seed);
        (int width, int height) = WalkSettings.ParseResolution(r.Res);
        int fps = WalkSettings.ParseFps(r.Fps);
        RenderQuality quality = CommonOptions.ParseQuality(r.Quality);
        InputScript script = LoadScript(r.Input);
        if ((r.Output is null) == (r.FramesDir is null))
        {
            throw new UsageException("give either -o walk.mp4 (a video) or --frames-dir DIR (PNG frames), not both or neither");
        }
        string? videoPath = r.Output is null ? null : CommonOptions.CheckOutputPath(r.Output, ".mp4");
        string? framesPath = r.FramesDir is null ? null : PngFrameSink.CheckFolder(r.FramesDir);
        if (videoPath is not null && !Ffmpeg.IsAvailable())
        {
            throw new UsageException(new FfmpegNotFoundException(Ffmpeg.FfmpegPath, null).Message);
        }

        WorldSpec spec = PromptParser.Parse(prompt, seed);
        var generator = new WorldGenerator(spec with { Seed = seed });
        SpawnPoint spawn = generator.Spawn;
        var session = new WanderSession(generator.Generate, spawn.Position, spawn.Yaw)
        {
            CameraMode = r.ThirdPerson ? CameraMode.ThirdPerson : CameraMode.FirstPerson,
            SubjectPoint = spawn.SubjectPosition,
        };
        session.UseSpecAtmosphere(spec);
        session.Enqueue(script.Events);

        var schedule = new FrameSchedule(fps);
        long frames = schedule.FrameCount(script.DurationTicks);
        using WorldRenderer renderer = CreateRenderer(generator, width, height, quality);
        using IFrameSink sink = videoPath is not null
            ? new VideoFrameSink(videoPath, width, height, fps)
            : new PngFrameSink(framesPath!, width, height);
        using var cancel = new CancelOnCtrlC();

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"nacre: walking {script.DurationSeconds:0.#} s through \"{prompt}\" (seed {seed}) at {width}×{height}, {fps} fps: {frames} frames"));
        Vector3 start = session.Walker.Feet;
        float walked = 0f;
        long started = Stopwatch.GetTimestamp();
        RenderProgress.Run("rendering", frames, report =>
        {
            for (long k = 0; k < frames; k++)
            {
                cancel.ThrowIfCancelled();
                (long tick, float alpha) = schedule.At(k);
                Vector3 before = session.Walker.Feet;
                session.StepTo(tick);
                walked += Vector3.Distance(before, session.Walker.Feet);
                FrameSnapshot snapshot = session.Interpolated(alpha);
                // Offline, quality beats latency: make sure the ground around the camera is there before drawing.
                renderer.Prefetch(snapshot.Camera.Position.X, snapshot.Camera.Position.Z, renderer.Options.NearRadius);
                RenderedFrame frame = renderer.Render(snapshot);
                sink.Write(frame.Rgba);
                report(k + 1);
            }
        });
        cancel.ThrowIfCancelled();
        sink.Complete();
        double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {sink.Destination}: {frames} frames, {width}×{height} at {fps} fps ({frames / (double)fps:0.##} s); walked {walked:0} m, ended {Vector3.Distance(start, session.Walker.Feet):0} m from the start; rendered at {frames / seconds:0.#} frames/s"));
        return ExitCodes.Ok;
    }

    /// <summary>Reads the input script; a missing file or a bad line is a usage error naming the file and line.</summary>
    internal static InputScript LoadScript(string path)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            throw new UsageException($"input script '{path}' not found: give a file of timed events, e.g. --input docs/examples/walk.txt");
        }
        try
        {
            return InputScript.Parse(InputFile.ReadText(path, "input script"));
        }
        catch (InputScriptException e)
        {
            throw new UsageException(Nacre.Core.ControlText.Escape($"{path} {e.Message}", 400), e);
        }
    }

    /// <summary>A headless renderer; no OpenGL is a usage-level error with what to install.</summary>
    internal static WorldRenderer CreateRenderer(WorldGenerator generator, int width, int height, RenderQuality quality)
    {
        try
        {
            return WorldRenderer.CreateHeadless(generator.Generate, width, height, RendererOptions.For(quality) with
            {
                ReleaseContextAfterFrame = false,
                Planting = Nacre.Rendering.Models.Planting.From(generator.Spec),
            });
        }
        catch (GraphicsUnavailableException e)
        {
            throw new UsageException(e.Message, e);
        }
    }
}
