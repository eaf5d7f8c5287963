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
/// <c>nacre still "&lt;prompt&gt;" [--seed N] [--at X,Z] [--yaw DEG] [--pitch DEG] [--time dusk|HH:MM] [--res 480p|720p|WxH] -o still.png</c>:
/// one rendered frame of the world, by default from the spawn point looking at the prompt's main subject.
/// </summary>
public static class StillCommand
{
    /// <summary>Eye height above the ground, metres.</summary>
    private const float EyeHeight = 1.7f;

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
        var command = new Command("still", "Render one picture of a world, e.g. nacre still \"a red barn by a lake at dusk\" -o still.png")
        {
            prompt, seed, at, yaw, pitch, time, res, output,
        };
        command.SetAction(parse => Run(new Request(
            parse.GetValue(prompt), parse.GetValue(seed), parse.GetValue(at), parse.GetValue(yaw), parse.GetValue(pitch),
            parse.GetValue(time), parse.GetValue(res), parse.GetValue(output))));
        return command;
    }

    private sealed record Request(string? Prompt, string? Seed, string? At, string? Yaw, string? Pitch, string? Time, string? Res, string? Output);

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
        string path = CommonOptions.CheckOutputPath(r.Output ?? "", ".png");

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
        var world = new WorldGenerator(spec);
        CameraPose camera = Frame(world, at, yawDegrees, pitchDegrees);
        var snapshot = new FrameSnapshot
        {
            Camera = camera,
            TimeOfDayHours = hours ?? spec.Time.Hours,
            Weather = spec.Weather.Kind,
            WeatherIntensity = spec.Weather.Intensity,
        };

        RenderedFrame frame;
        try
        {
            var options = new RendererOptions { ReleaseContextAfterFrame = false };
            using WorldRenderer renderer = WorldRenderer.CreateHeadless(world, size.Width, size.Height, options);
            renderer.Prefetch(camera.Position.X, camera.Position.Z, options.ViewDistance);
            frame = renderer.Render(snapshot);
            byte[] rgba = frame.CopyRgba();
            CommonOptions.WriteAtomically(path, s => ImageFile.WritePng(s, rgba, size.Width, size.Height));
        }
        catch (GraphicsUnavailableException e)
        {
            Console.Error.WriteLine($"nacre: {e.Message}");
            return ExitCodes.Failure;
        }
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {r.Output} ({size.Width}×{size.Height}, {frame.Stats.Triangles:N0} triangles, camera at {camera.Position.X:F0},{camera.Position.Z:F0} heading {camera.Yaw * 180f / MathF.PI:F0}°, {clock.Elapsed.TotalSeconds:F1} s)"));
        if (spec.Unrecognized.Count > 0)
        {
            Console.Error.WriteLine($"nacre: not understood: {string.Join(", ", spec.Unrecognized)}");
        }
        return ExitCodes.Ok;
    }

    /// <summary>The camera: at the spawn point (or --at), facing the main subject (or --yaw), eye height above ground or water.</summary>
    private static CameraPose Frame(WorldGenerator world, Vector2? at, float? yawDegrees, float? pitchDegrees)
    {
        SpawnPoint spawn = world.Spawn;
        float x = at?.X ?? spawn.Position.X, z = at?.Y ?? spawn.Position.Z;
        float ground = world.GroundHeight(x, z);
        float water = world.WaterSurface(x, z);
        float eyeY = MathF.Max(ground, float.IsFinite(water) ? water : ground) + EyeHeight;
        float yaw = yawDegrees is float yd ? yd * MathF.PI / 180f : spawn.Yaw;
        float pitch = -0.04f;
        if (pitchDegrees is float pd)
        {
            pitch = pd * MathF.PI / 180f;
        }
        else if (yawDegrees is null && at is null && spawn.SubjectPosition is Vector3 subject)
        {
            // Aim a little above the subject's base, so a building or a tree sits in the middle of the frame.
            float d = MathF.Sqrt(((subject.X - x) * (subject.X - x)) + ((subject.Z - z) * (subject.Z - z)));
            pitch = Math.Clamp(MathF.Atan2(subject.Y + 2.5f - eyeY, MathF.Max(d, 1f)), -0.35f, 0.25f);
        }
        return new CameraPose(new Vector3(x, eyeY, z), yaw, pitch);
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
