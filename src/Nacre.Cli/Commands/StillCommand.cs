using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using Nacre.Core;
using Nacre.Language;
using Nacre.Language.WordNet;
using Nacre.Media;
using Nacre.Rendering;
using Nacre.Simulation;
using Nacre.WorldGen;

namespace Nacre.Cli.Commands;

/// <summary>
/// <c>nacre still "&lt;prompt&gt;" [--seed N] [--at X,Z] [--yaw DEG] [--pitch DEG] [--time dusk|HH:MM] [--tone moody] [--res 480p|720p|WxH] [--report report.json] -o still.png</c>:
/// one rendered frame of the world, by default from the spawn point looking at the prompt's main subject
/// (<see cref="StillRenderer"/>), and on request a JSON <see cref="FrameReport"/> of that same frame.
/// </summary>
public static class StillCommand
{
    /// <summary>Named times of day, local hours, as Nacre.Language understands them in prompts.</summary>
    private static readonly Dictionary<string, float> NamedTimes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dawn"] = 5.5f,
        ["sunrise"] = 6.25f,
        ["morning"] = 9f,
        ["noon"] = 12f,
        ["midday"] = 12f,
        ["afternoon"] = 15f,
        ["golden-hour"] = 18.5f,
        ["golden"] = 18.5f,
        ["evening"] = 18.75f,
        ["sunset"] = 19.25f,
        ["dusk"] = 19.75f,
        ["twilight"] = 20.25f,
        ["night"] = 23f,
        ["midnight"] = 0f,
    };

    public static Command Create()
    {
        Argument<string> prompt = CommonOptions.Prompt();
        Option<string?> seed = CommonOptions.Seed();
        Option<string> output = CommonOptions.Output("still.png");
        var at = new Option<string?>("--at") { Description = "Camera ground position X,Z in metres (east, south), e.g. --at 120,-40 (default: the spawn point)" };
        var yaw = new Option<string?>("--yaw") { Description = "Compass heading in degrees: 0 north, 90 east (default: toward the main subject)" };
        var pitch = new Option<string?>("--pitch") { Description = "Tilt in degrees, up positive, -89 … 89 (default: level with the subject)" };
        var time = new Option<string?>("--time") { Description = "Time of day: dawn, morning, noon, afternoon, golden-hour, sunset, dusk, night… or HH:MM (default: the prompt's)" };
        var res = new Option<string?>("--res") { Description = "Image size: 480p, 720p, 1080p or WIDTHxHEIGHT (default 720p)" };
        var tone = new Option<string?>("--tone") { Description = "Look: neutral, moody, cheerful, eerie, gloomy or serene (default: the prompt's)" };
        Option<string?> quality = CommonOptions.Quality();
        var report = new Option<string?>("--report") { Description = "Also write a JSON report of the frame: the subject's share and box, each label's share, the camera, e.g. --report still.json" };
        var command = new Command("still", "Render one picture of a world, e.g. nacre still \"a red barn by a lake at dusk\" -o still.png")
        {
            prompt, seed, at, yaw, pitch, time, tone, res, quality, output, report,
        };
        command.SetAction(parse => Run(new Request(
            parse.GetValue(prompt), parse.GetValue(seed), parse.GetValue(at), parse.GetValue(yaw), parse.GetValue(pitch),
            parse.GetValue(time), parse.GetValue(tone), parse.GetValue(res), parse.GetValue(quality), parse.GetValue(output), parse.GetValue(report))));
        return command;
    }

    private sealed record Request(string? Prompt, string? Seed, string? At, string? Yaw, string? Pitch, string? Time, string? Tone, string? Res, string? Quality, string? Output, string? Report);

    private static int Run(Request r)
    {
        // Check every argument before any work, so bad input costs nothing and writes nothing.
        string prompt = CommonOptions.CheckPrompt(r.Prompt);
        ulong seed = CommonOptions.ParseSeed(r.Seed);
        if (!ImageSize.TryParse(r.Res ?? "720p", out ImageSize size, out string sizeError))
        {
            throw new UsageException($"--res: {sizeError}");
        }
        Vector2? at = r.At is null ? null : ParseAt(r.At);
        float? yawDegrees = r.Yaw is null ? null : ParseDegrees("--yaw", r.Yaw, -360f, 360f);
        float? pitchDegrees = r.Pitch is null ? null : ParseDegrees("--pitch", r.Pitch, -89f, 89f);
        float? hours = r.Time is null ? null : ParseTime(r.Time);
        Tone? tone = r.Tone is null ? null : ParseTone(r.Tone);
        RenderQuality quality = CommonOptions.ParseQuality(r.Quality);
        string path = CommonOptions.CheckOutputPath(r.Output ?? "", ".png");
        string? reportPath = r.Report is null ? null : CommonOptions.CheckOutputPathFor("--report", r.Report, ".json");

        var clock = Stopwatch.StartNew();
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
        if (tone is { } look)
        {
            spec = spec with { Tone = look };
        }
        var world = new WorldGenerator(spec);
        var options = new StillOptions
        {
            Camera = StillCamera.Frame(world, at, yawDegrees, pitchDegrees),
            TimeOfDayHours = hours,
            Report = reportPath is not null,
            Renderer = RendererOptions.For(quality) with { ReleaseContextAfterFrame = false },
        };

        StillImage still;
        try
        {
            still = StillRenderer.Render(world, size, options);
        }
        catch (GraphicsUnavailableException e)
        {
            Console.Error.WriteLine($"nacre: {e.Message}");
            return ExitCodes.Failure;
        }
        CommonOptions.WriteAtomically(path, s => ImageFile.WritePng(s, still.Rgba, still.Width, still.Height));
        CameraPose camera = still.Camera;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {r.Output} ({size.Width}×{size.Height}, {still.Stats.Triangles:N0} triangles, camera at {camera.Position.X:F0},{camera.Position.Z:F0} heading {camera.Yaw * 180f / MathF.PI:F0}°{SubjectDistance(world, camera)}, {clock.Elapsed.TotalSeconds:F1} s)"));
        if (reportPath is not null && still.Report is FrameReport report)
        {
            CommonOptions.WriteAtomically(reportPath, report.WriteJson);
            Console.Out.WriteLine($"wrote {r.Report} ({Describe(report.Subject)})");
        }
        if (spec.Unrecognized.Count > 0)
        {
            Console.Error.WriteLine($"nacre: not understood: {string.Join(", ", spec.Unrecognized)}");
        }
        return ExitCodes.Ok;
    }

    /// <summary>", subject 61 m away" when the world has a main subject, else "".</summary>
    private static string SubjectDistance(WorldGenerator world, CameraPose camera) => world.Spawn.SubjectPosition is { } subject
        ? string.Create(CultureInfo.InvariantCulture, $", subject {Vector3.Distance(camera.Position, subject):F0} m away")
        : "";

    /// <summary>One phrase on the subject for the console: "barn: 4.1 % of the frame, cut by the edge", "grass tuft: 2 pixels".</summary>
    private static string Describe(FrameSubject? subject)
    {
        if (subject is null)
        {
            return "no main subject";
        }
        string name = SemanticLabels.Name(subject.Label);
        if (!subject.IsVisible)
        {
            return $"{name} not in view";
        }
        string share = subject.PixelFraction < 0.001
            ? string.Create(CultureInfo.InvariantCulture, $"{name}: {subject.Pixels} pixels")
            : string.Create(CultureInfo.InvariantCulture, $"{name}: {subject.PixelFraction * 100:0.0} % of the frame");
        return subject.CutByEdge ? share + ", cut by the edge" : share;
    }

    private static Vector2 ParseAt(string text)
    {
        string[] parts = text.Split(',');
        if (parts.Length == 2
            && float.TryParse(parts[0].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out float x)
            && float.TryParse(parts[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out float z)
            && float.IsFinite(x) && float.IsFinite(z) && MathF.Abs(x) < 1e7f && MathF.Abs(z) < 1e7f)
        {
            return new Vector2(x, z);
        }
        throw new UsageException($"--at '{text}' is not a position: expected X,Z in metres, e.g. --at 120,-40");
    }

    private static float ParseDegrees(string option, string text, float min, float max)
    {
        if (float.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out float v) && v >= min && v <= max)
        {
            return v;
        }
        throw new UsageException($"{option} '{text}' is not an angle: expected degrees from {min} to {max}, e.g. {option} 30");
    }

    private static Tone ParseTone(string text)
    {
        if (Enum.TryParse(text.Trim(), ignoreCase: true, out Tone tone) && Enum.IsDefined(tone) && !int.TryParse(text, out _))
        {
            return tone;
        }
        throw new UsageException($"--tone '{text}' is not a look: expected one of {string.Join(", ", Enum.GetNames<Tone>().Select(n => n.ToLowerInvariant()))}, e.g. --tone moody");
    }

    private static float ParseTime(string text)
    {
        string t = text.Trim().Replace(' ', '-');
        if (NamedTimes.TryGetValue(t, out float hours))
        {
            return hours;
        }
        string[] parts = t.Split(':');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int h)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            && h is >= 0 and < 24 && m is >= 0 and < 60 && parts[1].Length == 2)
        {
            return h + (m / 60f);
        }
        throw new UsageException($"--time '{text}' is not a time of day: expected {string.Join(", ", NamedTimes.Keys.Take(11))} or HH:MM, e.g. --time 18:30");
    }
}
