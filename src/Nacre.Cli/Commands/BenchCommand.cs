using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Nacre.Core;
using Nacre.Language;
using Nacre.Rendering;
using Nacre.Simulation;
using Nacre.WorldGen;

namespace Nacre.Cli.Commands;

/// <summary>
/// <c>nacre bench</c>: the project's performance contract. Walks the fixed <see cref="BenchWalk"/> through a fixed
/// world, rendering offscreen with RGBA readback every frame as the studio does, and reports frame rates, frame times,
/// triangles, frames with a missing near chunk and memory. See docs/performance.md.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var res = new Option<string?>("--res") { Description = "Resolution: 480p (854×480) or 720p (1280×720, the default)" };
        var seconds = new Option<string?>("--seconds") { Description = "Simulated seconds to walk (default 30; 600 checks that memory stays flat)" };
        var json = new Option<bool>("--json") { Description = "Print the result as one JSON object" };
        var quality = new Option<string?>("--quality") { Description = "Render tier: live (the default: the real-time contract) or final (to time the final tier's frames)" };
        var command = new Command("bench", "Measure rendering speed on a fixed scripted walk through a fixed world (the performance contract).")
        {
            res, seconds, quality, json,
        };
        command.SetAction(parse => Run(parse.GetValue(res), parse.GetValue(seconds), parse.GetValue(quality), parse.GetValue(json)));
        return command;
    }

    private static int Run(string? resText, string? secondsText, string? qualityText, bool json)
    {
        RenderQuality quality = qualityText is null ? RenderQuality.Live : CommonOptions.ParseQuality(qualityText);
        (int width, int height) = WalkSettings.ParseResolution(resText);
        double seconds = ParseSeconds(secondsText);
        // Simulated time per frame is the resolution's target rate (30 fps at 720p, 60 fps at 480p), so the walk
        // streams chunks at the pace a person sees them at that rate, however fast this machine renders.
        int simFps = height >= 720 ? 30 : 60;
        InputScript script = InputScript.Parse(BenchWalk.Script(seconds));

        WorldSpec spec = PromptParser.Parse(BenchWalk.Prompt, BenchWalk.Seed);
        var generator = new WorldGenerator(spec with { Seed = BenchWalk.Seed });
        SpawnPoint spawn = generator.Spawn;
        var session = new WanderSession(generator.Generate, spawn.Position, spawn.Yaw);
        session.UseSpecAtmosphere(spec);
        session.Enqueue(script.Events);
        using WorldRenderer renderer = WanderCommand.CreateRenderer(generator, width, height, quality);
        using var cancel = new CancelOnCtrlC();

        // Entering a world: the studio prefetches the near ring and draws a first frame before the session goes
        // live. Do the same, and warm the JIT and shaders on a few untimed frames at the spawn point.
        renderer.Prefetch(spawn.Position.X, spawn.Position.Z, renderer.Options.NearRadius);
        for (int i = 0; i < 5; i++)
        {
            renderer.Render(session.Snapshot);
        }

        var schedule = new FrameSchedule(simFps);
        int frames = (int)schedule.FrameCount(script.DurationTicks);
        var frameMs = new double[frames];
        var simMs = new double[frames];
        var stats = new FrameStats[frames];
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        double memoryStart = process.WorkingSet64 / 1048576.0;
        Vector3 previous = session.Walker.Feet;
        double walked = 0;
        if (!json)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"nacre bench: {width}×{height} {quality.ToString().ToLowerInvariant()}, {seconds:0.#} s walk at {simFps} simulated fps ({frames} frames) through \"{BenchWalk.Prompt}\" (seed {BenchWalk.Seed})"));
            Console.Error.WriteLine($"graphics: {renderer.GraphicsDescription}");
        }
        RenderProgress.Run("bench", frames, report =>
        {
            for (int k = 0; k < frames; k++)
            {
                cancel.ThrowIfCancelled();
                long t0 = Stopwatch.GetTimestamp();
                session.StepTo(schedule.At(k).Tick);
                long t1 = Stopwatch.GetTimestamp();
                RenderedFrame frame = renderer.Render(session.Snapshot);
                long t2 = Stopwatch.GetTimestamp();
                simMs[k] = Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds;
                frameMs[k] = Stopwatch.GetElapsedTime(t0, t2).TotalMilliseconds;
                stats[k] = frame.Stats;
                walked += Vector3.Distance(previous, session.Walker.Feet);
                previous = session.Walker.Feet;
                if (k % 30 == 0)
                {
                    report(k);
                }
            }
            report(frames);
        });
        process.Refresh();
        BenchResult result = Summarise(width, height, seconds, simFps, frameMs, simMs, stats) with
        {
            MemoryStartMiB = Math.Round(memoryStart, 1),
            MemoryEndMiB = Math.Round(process.WorkingSet64 / 1048576.0, 1),
            MemoryPeakMiB = Math.Round(process.PeakWorkingSet64 / 1048576.0, 1),
            WalkedMetres = Math.Round(walked, 1),
            Graphics = renderer.GraphicsDescription,
            Processors = Environment.ProcessorCount,
        };
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(result));
        }
        else
        {
            Print(result);
        }
        return ExitCodes.Ok;
    }

    private static double ParseSeconds(string? text)
    {
        if (text is null)
        {
            return 30;
        }
        if (!double.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double s) || s is < 1 or > 3600)
        {
            throw new UsageException($"--seconds '{text}' is out of range: expected simulated seconds from 1 to 3600, e.g. --seconds 30");
        }
        return s;
    }

    /// <summary>Frame-time statistics over the run; percentiles by nearest rank (<see cref="Percentile"/>).</summary>
    internal static BenchResult Summarise(int width, int height, double seconds, int simFps, double[] frameMs, double[] simMs, FrameStats[] stats)
    {
        double[] sorted = [.. frameMs.Order()];
        double total = frameMs.Sum();
        double p95 = Percentile(sorted, 0.95);
        return new BenchResult
        {
            Resolution = height >= 720 ? "720p" : "480p",
            Width = width,
            Height = height,
            WalkSeconds = seconds,
            SimulatedFps = simFps,
            Frames = frameMs.Length,
            FpsMean = Math.Round(frameMs.Length / (total / 1000.0), 1),
            FpsP5 = Math.Round(1000.0 / p95, 1),
            FrameMsP50 = Math.Round(Percentile(sorted, 0.50), 2),
            FrameMsP95 = Math.Round(p95, 2),
            FrameMsMax = Math.Round(sorted[^1], 2),
            SimulateMsMean = Math.Round(simMs.Average(), 3),
            RenderMsMean = Math.Round(stats.Average(s => s.TotalMs), 2),
            ReadbackMsMean = Math.Round(stats.Average(s => s.ReadbackMs), 2),
            TrianglesMean = Math.Round(stats.Average(s => (double)s.Triangles)),
            TrianglesMax = stats.Max(s => s.Triangles),
            ShadowTrianglesMean = Math.Round(stats.Average(s => (double)s.ShadowTriangles)),
            DrawCallsMean = Math.Round(stats.Average(s => (double)s.DrawCalls), 1),
            ChunkNotReadyFrames = stats.Count(s => s.ChunksMissingNear > 0),
        };
    }

    /// <summary>The value at fraction <paramref name="p"/> of <paramref name="sorted"/> by nearest rank: 0.95 of 100 frames is the 95th.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        int rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static void Print(BenchResult r)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"resolution        {r.Width}×{r.Height} ({r.Resolution}), {r.Frames} frames, {r.WalkSeconds:0.#} s walked at {r.SimulatedFps} simulated fps, {r.WalkedMetres:0} m"));
        Console.WriteLine(string.Create(inv, $"fps               mean {r.FpsMean:0.0}, 5th percentile {r.FpsP5:0.0}"));
        Console.WriteLine(string.Create(inv, $"frame time        p50 {r.FrameMsP50:0.0} ms, p95 {r.FrameMsP95:0.0} ms, max {r.FrameMsMax:0.0} ms (simulate {r.SimulateMsMean:0.000} ms, render {r.RenderMsMean:0.0} ms incl. readback {r.ReadbackMsMean:0.0} ms)"));
        Console.WriteLine(string.Create(inv, $"triangles/frame   mean {r.TrianglesMean:0}, max {r.TrianglesMax}, shadow pass mean {r.ShadowTrianglesMean:0}; draw calls {r.DrawCallsMean:0}"));
        Console.WriteLine(string.Create(inv, $"chunk_not_ready   {r.ChunkNotReadyFrames} frames"));
        Console.WriteLine(string.Create(inv, $"memory            working set {r.MemoryStartMiB:0} MiB at start, {r.MemoryEndMiB:0} MiB at end, peak {r.MemoryPeakMiB:0} MiB"));
        Console.WriteLine($"graphics          {r.Graphics}; {r.Processors} processors");
    }
}
