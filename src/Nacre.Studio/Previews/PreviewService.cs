using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Nacre.Core;
using Nacre.Media;
using Nacre.Rendering;
using Nacre.Simulation;
using Nacre.Studio.Worlds;
using Nacre.WorldGen;

namespace Nacre.Studio.Previews;

/// <summary>
/// Pictures of a world before anyone walks it: a still from the spawn point and a top-down map. Stills come from
/// one shared headless renderer (one at a time; its GL context is released between calls so any thread may use
/// it), kept for the last world asked about; the last few worlds' generators and pictures are cached, so the
/// still and the map of one prompt, or a prompt asked twice, cost one generator.
/// </summary>
public sealed class PreviewService(ILogger<PreviewService> log) : IDisposable
{
    /// <summary>Size of preview stills, pixels (480p).</summary>
    public const int StillWidth = 854;
    public const int StillHeight = 480;

    private const int CachedWorlds = 6;

    /// <summary>How long a still may wait for chunks beyond the near ring before it is taken anyway.</summary>
    private static readonly TimeSpan StillBudget = TimeSpan.FromMilliseconds(450);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _cacheLock = new();
    private readonly LinkedList<(string Key, WorldSource Source)> _sources = new();
    private readonly LinkedList<(string Key, byte[] Bytes)> _pictures = new();
    private (string Key, WorldRenderer Renderer)? _renderer;

    /// <summary>A JPEG of the world's first look (<see cref="WorldSource.FirstLook"/>): the spawn point, facing the main subject.</summary>
    public async Task<byte[]> StillAsync(WorldSpec spec, ulong seed, CancellationToken cancel)
    {
        string key = Key(spec, seed);
        if (Cached(_pictures, "still:" + key) is { } hit)
        {
            return hit;
        }
        await _gate.WaitAsync(cancel);
        try
        {
            byte[] jpeg = await Task.Run(() => RenderStill(spec, seed, key, cancel), cancel);
            Remember(_pictures, "still:" + key, jpeg);
            return jpeg;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A PNG map of the world around the spawn point, <paramref name="sizeMetres"/> across.</summary>
    public byte[] Map(WorldSpec spec, ulong seed, int sizeMetres, int pixels)
    {
        string key = $"map:{sizeMetres}:{pixels}:{Key(spec, seed)}";
        if (Cached(_pictures, key) is { } hit)
        {
            return hit;
        }
        byte[] png = SourceFor(spec, seed).PaintMap(sizeMetres, pixels);
        Remember(_pictures, key, png);
        return png;
    }

    /// <summary>The generator of a world, shared with recent requests for the same spec and seed.</summary>
    public WorldSource SourceFor(WorldSpec spec, ulong seed)
    {
        string key = Key(spec, seed);
        if (Cached(_sources, key) is { } hit)
        {
            return hit;
        }
        WorldSource source = WorldSource.For(spec, seed);
        Remember(_sources, key, source);
        return source;
    }

    private byte[] RenderStill(WorldSpec spec, ulong seed, string key, CancellationToken cancel)
    {
        long start = Stopwatch.GetTimestamp();
        WorldSource source = SourceFor(spec, seed);
        if (_renderer is not { } r || r.Key != key)
        {
            _renderer?.Renderer.Dispose();
            // A shorter view than the live stream's: the preview is small and must arrive within a second.
            var options = RendererOptions.Default with
            {
                ViewDistance = 300f, ModelDistance = 240f, WorkerThreads = 2, Planting = Nacre.Rendering.Models.Planting.From(spec),
            };
            _renderer = r = (key, WorldRenderer.CreateHeadless(source.Generate, StillWidth, StillHeight, options));
            r.Renderer.Prefetch(source.Spawn.Position.X, source.Spawn.Position.Z, r.Renderer.Options.NearRadius);
        }
        CameraPose camera = source.FirstLook;
        var snapshot = new FrameSnapshot
        {
            // The view solver's framing, as `nacre still` and a new session's first frame show it.
            Camera = camera,
            TimeOfDayHours = spec.Time.Hours,
            Weather = spec.Weather.Kind,
            WeatherIntensity = spec.Weather.Intensity,
            Tone = spec.Tone,
            SubjectDistance = source.Spawn.SubjectPosition is { } subject ? System.Numerics.Vector3.Distance(camera.Position, subject) : null,
            // Long after the start, so chunks that have arrived are drawn fully faded in.
            Tick = 60 * 60,
        };
        RenderedFrame frame = r.Renderer.Render(snapshot);
        long waitFrom = Stopwatch.GetTimestamp();
        int frames = 1;
        while (frame.Stats.ChunksPending > 0 && Stopwatch.GetElapsedTime(waitFrom) < StillBudget && !cancel.IsCancellationRequested)
        {
            Thread.Sleep(30);
            frame = r.Renderer.Render(snapshot with { Tick = snapshot.Tick + (frames++ * 60) });
        }
        if (log.IsEnabled(LogLevel.Debug))
        {
            log.LogDebug("preview still: {Frames} frames, {Pending} chunks pending after {Ms} ms", frames, frame.Stats.ChunksPending, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return ImageFile.EncodeJpeg(frame.Rgba, frame.Width, frame.Height, 85);
    }

    /// <summary>
    /// The cache key of a world: its seed and spec, with the generator version resolved, so a prompt previewed now
    /// (version 0, the newest) and the saved world made from it (pinned to the newest) share one generator.
    /// </summary>
    private static string Key(WorldSpec spec, ulong seed) =>
        $"{seed}:{WorldSpecJson.Serialize(spec with { Generator = WorldGenerator.Resolve(spec.Generator) })}";

    private T? Cached<T>(LinkedList<(string Key, T Value)> list, string key)
        where T : class
    {
        lock (_cacheLock)
        {
            for (LinkedListNode<(string Key, T Value)>? n = list.First; n is not null; n = n.Next)
            {
                if (n.Value.Key == key)
                {
                    list.Remove(n);
                    list.AddFirst(n);
                    return n.Value.Value;
                }
            }
            return null;
        }
    }

    private void Remember<T>(LinkedList<(string Key, T Value)> list, string key, T value)
    {
        lock (_cacheLock)
        {
            list.AddFirst((key, value));
            while (list.Count > CachedWorlds * 2)
            {
                list.RemoveLast();
            }
        }
    }

    public void Dispose()
    {
        _renderer?.Renderer.Dispose();
        _gate.Dispose();
    }
}
