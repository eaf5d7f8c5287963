using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Nacre.Core;
using Nacre.Media;
using Nacre.Rendering;
using Nacre.Simulation;
using Nacre.Studio.Worlds;

namespace Nacre.Studio.Previews;

/// <summary>
/// Pictures of a world before anyone walks it: a still from the spawn point and a top-down map. Stills come from
/// one shared headless renderer (one at a time; the GL context is released between calls so any thread may use
/// it), kept for the last world asked about so refining a seed or a word does not rebuild everything.
/// </summary>
public sealed class PreviewService(ILogger<PreviewService> log) : IDisposable
{
    /// <summary>Size of preview stills, pixels (480p).</summary>
    public const int StillWidth = 854;
    public const int StillHeight = 480;

    /// <summary>How long a still may wait for the chunks around the spawn point before it is taken anyway.</summary>
    private static readonly TimeSpan StillBudget = TimeSpan.FromMilliseconds(900);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Key, WorldRenderer Renderer, WorldSource Source)? _current;

    /// <summary>A JPEG of the view from the spawn point, looking at the main subject.</summary>
    public async Task<byte[]> StillAsync(WorldSpec spec, ulong seed, CancellationToken cancel)
    {
        await _gate.WaitAsync(cancel);
        try
        {
            return await Task.Run(() => RenderStill(spec, seed, cancel), cancel);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A PNG map of the world around the spawn point, <paramref name="sizeMetres"/> across.</summary>
    public static byte[] Map(WorldSpec spec, ulong seed, int sizeMetres, int pixels)
    {
        WorldSource source = WorldSource.For(spec, seed);
        return source.PaintMap(sizeMetres, pixels);
    }

    private byte[] RenderStill(WorldSpec spec, ulong seed, CancellationToken cancel)
    {
        string key = $"{seed}:{WorldSpecJson.Serialize(spec)}";
        if (_current is not { } c || c.Key != key)
        {
            _current?.Renderer.Dispose();
            WorldSource source = WorldSource.For(spec, seed);
            // A shorter view than the live stream's: the preview is small and must arrive within a second.
            var options = RendererOptions.Default with { ViewDistance = 320f, ModelDistance = 260f };
            _current = c = (key, WorldRenderer.CreateHeadless(source.Generate, StillWidth, StillHeight, options), source);
        }
        var snapshot = new FrameSnapshot
        {
            Camera = new CameraPose(c.Source.Spawn.Position + new System.Numerics.Vector3(0f, 1.7f, 0f), c.Source.Spawn.Yaw, -0.04f),
            TimeOfDayHours = spec.Time.Hours,
            Weather = spec.Weather.Kind,
            WeatherIntensity = spec.Weather.Intensity,
            // Long after the start, so chunks that arrived are drawn fully faded in.
            Tick = 60 * 60,
        };
        long start = Stopwatch.GetTimestamp();
        RenderedFrame frame = c.Renderer.Render(snapshot);
        int frames = 1;
        while (frame.Stats.ChunksPending > 0 && Stopwatch.GetElapsedTime(start) < StillBudget && !cancel.IsCancellationRequested)
        {
            Thread.Sleep(40);
            frame = c.Renderer.Render(snapshot with { Tick = snapshot.Tick + (frames++ * 60) });
        }
        if (log.IsEnabled(LogLevel.Debug))
        {
            log.LogDebug("preview still: {Frames} frames, {Pending} chunks pending after {Ms} ms", frames, frame.Stats.ChunksPending, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return ImageFile.EncodeJpeg(frame.Rgba, frame.Width, frame.Height, 85);
    }

    public void Dispose()
    {
        _current?.Renderer.Dispose();
        _gate.Dispose();
    }
}
