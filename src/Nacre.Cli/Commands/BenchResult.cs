using System.Text.Json.Serialization;

namespace Nacre.Cli.Commands;

/// <summary>What <c>nacre bench</c> measured (printed as a table, or as JSON with --json). Times in ms, memory in MiB.</summary>
public sealed record BenchResult
{
    [JsonPropertyName("resolution")]
    public required string Resolution { get; init; }

    [JsonPropertyName("width")]
    public int Width { get; init; }

    [JsonPropertyName("height")]
    public int Height { get; init; }

    /// <summary>Simulated seconds walked.</summary>
    [JsonPropertyName("walk_seconds")]
    public double WalkSeconds { get; init; }

    /// <summary>Simulation time per frame is 1 / this (the target frame rate of the resolution).</summary>
    [JsonPropertyName("sim_fps")]
    public int SimulatedFps { get; init; }

    [JsonPropertyName("frames")]
    public int Frames { get; init; }

    [JsonPropertyName("fps_mean")]
    public double FpsMean { get; init; }

    /// <summary>The 5th percentile of per-frame rates (= 1000 / the 95th percentile frame time).</summary>
    [JsonPropertyName("fps_p5")]
    public double FpsP5 { get; init; }

    [JsonPropertyName("frame_ms_p50")]
    public double FrameMsP50 { get; init; }

    [JsonPropertyName("frame_ms_p95")]
    public double FrameMsP95 { get; init; }

    [JsonPropertyName("frame_ms_max")]
    public double FrameMsMax { get; init; }

    /// <summary>Of the frame time: simulation ticks, ms (mean).</summary>
    [JsonPropertyName("simulate_ms_mean")]
    public double SimulateMsMean { get; init; }

    /// <summary>Of the frame time: render + readback as the renderer reports it, ms (mean).</summary>
    [JsonPropertyName("render_ms_mean")]
    public double RenderMsMean { get; init; }

    [JsonPropertyName("readback_ms_mean")]
    public double ReadbackMsMean { get; init; }

    [JsonPropertyName("triangles_mean")]
    public double TrianglesMean { get; init; }

    [JsonPropertyName("triangles_max")]
    public long TrianglesMax { get; init; }

    [JsonPropertyName("shadow_triangles_mean")]
    public double ShadowTrianglesMean { get; init; }

    [JsonPropertyName("draw_calls_mean")]
    public double DrawCallsMean { get; init; }

    /// <summary>Frames drawn while a chunk near the camera was not ready (a hole the user could see).</summary>
    [JsonPropertyName("chunk_not_ready")]
    public int ChunkNotReadyFrames { get; init; }

    [JsonPropertyName("memory_start_mib")]
    public double MemoryStartMiB { get; init; }

    [JsonPropertyName("memory_end_mib")]
    public double MemoryEndMiB { get; init; }

    /// <summary>Peak working set of the process over the run.</summary>
    [JsonPropertyName("memory_peak_mib")]
    public double MemoryPeakMiB { get; init; }

    [JsonPropertyName("walked_m")]
    public double WalkedMetres { get; init; }

    [JsonPropertyName("graphics")]
    public string Graphics { get; init; } = "";

    [JsonPropertyName("processors")]
    public int Processors { get; init; }
}
