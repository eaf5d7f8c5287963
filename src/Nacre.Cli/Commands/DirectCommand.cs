using System.CommandLine;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Nacre.Core;
using Nacre.Language;
using Nacre.Language.Directing;
using Nacre.Language.WordNet;
using Nacre.Media;
using Nacre.Rendering;
using Nacre.Rendering.Models;
using Nacre.Simulation;
using Nacre.Simulation.Directing;
using Nacre.Studio.Takes;
using Nacre.WorldGen;

namespace Nacre.Cli.Commands;

/// <summary>
/// <c>nacre direct "&lt;prompt&gt;" [--seed N] --script take.txt [--res 480p|720p] [--fps 24|30] -o take.mp4</c>: renders a
/// directed take (docs/directing.md). The whole script is checked first — every line parsed, then the take run once
/// without drawing so unknown subjects are caught — and a bad line is reported with its number; no video is written.
/// </summary>
public static class DirectCommand
{
    public static Command Create()
    {
        Argument<string> prompt = CommonOptions.Prompt();
        Option<string?> seed = CommonOptions.Seed();
        var script = new Option<string>("--script") { Description = "Take script: one command a line with its start time, e.g. '@2.5s dolly in slowly' (see docs/examples/take.txt)", Required = true };
        var res = new Option<string>("--res") { Description = "Video size: 480p (854×480) or 720p (1280×720); default 480p", DefaultValueFactory = _ => "480p" };
        var fps = new Option<string>("--fps") { Description = "Frames a second: 24, 25 or 30; default 24", DefaultValueFactory = _ => "24" };
        Option<string> output = CommonOptions.Output("take.mp4");
        Option<string?> quality = CommonOptions.Quality();
        var framesDir = new Option<string?>("--frames-dir") { Description = "Also write every frame as a PNG into this folder (it must exist)" };
        var command = new Command("direct", "Render a directed take: camera, light, weather and story commands on a timeline, e.g. nacre direct \"a cabin by a lake\" --script take.txt -o take.mp4")
        {
            prompt, seed, script, res, fps, quality, output, framesDir,
        };
        command.SetAction(parse => Run(parse.GetValue(prompt), parse.GetValue(seed), parse.GetValue(script)!, parse.GetValue(res)!, parse.GetValue(fps)!,
            parse.GetValue(quality), parse.GetValue(output)!, parse.GetValue(framesDir)));
        return command;
    }

    /// <summary>"480p" → 854 × 480, "720p" → 1280 × 720.</summary>
    public static (int Width, int Height) ParseResolution(string text) => text.Trim().ToLowerInvariant() switch
    {
        "480p" => (854, 480),
        "720p" => (1280, 720),
        _ => throw new UsageException($"--res '{text}' is not a video size: use 480p (854×480) or 720p (1280×720)"),
    };

    public static int ParseFps(string text) => text.Trim() switch
    {
        "24" => 24,
        "25" => 25,
        "30" => 30,
        _ => throw new UsageException($"--fps '{text}' is not a frame rate for video: use 24, 25 or 30"),
    };

    private static int Run(string? promptText, string? seedText, string scriptPath, string resText, string fpsText, string? qualityText, string outputPath,
        string? framesDir)
    {
        string prompt = CommonOptions.CheckPrompt(promptText);
        ulong seed = CommonOptions.ParseSeed(seedText);
        (int width, int height) = ParseResolution(resText);
        int fps = ParseFps(fpsText);
        RenderQuality quality = CommonOptions.ParseQuality(qualityText);
        string output = CommonOptions.CheckOutputPath(outputPath, ".mp4");
        if (framesDir is not null && !Directory.Exists(framesDir))
        {
            throw new UsageException($"--frames-dir '{framesDir}' does not exist: create the folder first");
        }
        TakeScript script = ReadScript(scriptPath);

        WorldSpec spec;
        try
        {
            spec = PromptParser.Parse(prompt, seed);
        }
        catch (WordNetMissingException e)
        {
            Console.Error.WriteLine($"nacre: {e.Message}");
            return ExitCodes.Failure;
        }
        var generator = new WorldGenerator(spec);
        var world = new DirectorWorld(generator.Generate);
        DirectorSession NewSession() => new(world, spec.Seed,
            new CameraPose(generator.Spawn.Position + new System.Numerics.Vector3(0f, ShotFraming.EyeHeight, 0f), generator.Spawn.Yaw, -0.05f),
            new AtmosphereState(spec.Time.Hours, spec.Weather.Kind, spec.Weather.Intensity), spec.Mood, width / (float)height)
        {
            Tone = spec.Tone,
            SubjectPoint = generator.Spawn.SubjectPosition,
        };

        // Check every command against this world before drawing anything.
        IReadOnlyList<TakeScriptError> problems = TakeRunner.Validate(NewSession(), script);
        if (problems.Count > 0)
        {
            Report(scriptPath, problems);
        }

        DirectorSession session = NewSession();
        RenderTake(generator.Generate, Planting.From(spec), session, script, width, height, fps, quality, output, framesDir,
            $"\"{prompt}\" seed {seed}");
        return ExitCodes.Ok;
    }

    /// <summary>Renders a take to MP4 (and PNGs into <paramref name="framesDir"/>), reporting progress on stderr.</summary>
    internal static void RenderTake(Func<ChunkCoord, ChunkData> generate, Planting planting, DirectorSession session, TakeScript script, int width, int height, int fps,
        RenderQuality quality, string output, string? framesDir, string what)
    {
        long frames = TakeRunner.FrameCount(script, fps);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"nacre: rendering {frames} frames ({script.DurationSeconds:0.##} s at {fps} fps, {width}×{height}, {quality.ToString().ToLowerInvariant()} quality) of {what}"));
        var clock = Stopwatch.StartNew();
        long lastReport = -1;
        TakeVideo.Render(generate, planting, session, script, width, height, fps, output, quality,
            progress: (done, all) =>
            {
                long tenth = (done - 1) * 10 / Math.Max(1, all);
                if (tenth != lastReport)
                {
                    lastReport = tenth;
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nacre: frame {done}/{all}"));
                }
            },
            onFrame: framesDir is null ? null : (index, frame) =>
            {
                string png = Path.Combine(framesDir, string.Create(CultureInfo.InvariantCulture, $"frame-{index:00000}.png"));
                CommonOptions.WriteAtomically(Path.GetFullPath(png), s => ImageFile.WritePng(s, frame.Rgba, width, height));
            });
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"nacre: wrote {output} ({frames} frames in {clock.Elapsed.TotalSeconds:0.#} s; {session.Story.Edits.Count} world edits, {session.LightingKeys.Count} kept lighting)"));
    }

    /// <summary>Reads and parses a take script; any bad line ends the command with exit code 2 before anything is rendered.</summary>
    public static TakeScript ReadScript(string path)
    {
        TakeScriptParseResult parsed = TakeScript.Parse(InputFile.ReadText(path, "take script"));
        if (!parsed.IsSuccess)
        {
            Report(path, parsed.Errors);
        }
        return parsed.Script;
    }

    [DoesNotReturn]
    private static void Report(string path, IReadOnlyList<TakeScriptError> errors)
    {
        // Bounded and escaped: a huge file of bad lines prints a screenful, not megabytes of raw (escape) bytes.
        string name = ControlText.Escape(Path.GetFileName(path), 100);
        foreach (TakeScriptError e in errors.Skip(1).Take(MaxErrorsShown - 1))
        {
            Console.Error.WriteLine($"nacre: {name} {Line(e)}");
        }
        if (errors.Count > MaxErrorsShown)
        {
            Console.Error.WriteLine($"nacre: {name}: … and {errors.Count - MaxErrorsShown} more lines that need fixing");
        }
        throw new UsageException($"{name} {Line(errors[0])}"
            + (errors.Count > 1 ? $" ({errors.Count} lines need fixing; no video was written)" : " (no video was written)"));
    }

    /// <summary>Bad lines of a take script reported one by one; past this, only how many more.</summary>
    private const int MaxErrorsShown = 20;

    private static string Line(TakeScriptError e) =>
        ControlText.Escape(e.ToString(), 300) + (e.Suggestion is null ? "" : $" — try: {ControlText.Escape(e.Suggestion, 100)}");
}
