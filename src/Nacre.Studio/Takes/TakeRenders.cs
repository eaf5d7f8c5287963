using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Nacre.Core;
using Nacre.Simulation.Directing;
using Nacre.Storage;
using Nacre.Studio.Previews;
using Nacre.Studio.Sessions;
using Nacre.Studio.Worlds;

namespace Nacre.Studio.Takes;

/// <summary>
/// Renders recorded takes to MP4 in the background, one at a time (each on a thread of its own, which owns its OpenGL
/// context), into <c>renders/take-{id}.mp4</c> beside the database. A finished video survives restarts; a new render
/// of the same take replaces it only once complete. Thread-safe.
/// </summary>
public sealed class TakeRenders(StudioOptions options, WorldStore store, PreviewService previews, ILogger<TakeRenders> log) : IDisposable
{
    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _one = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Where take <paramref name="takeId"/>'s video is (or will be).</summary>
    public string VideoPath(string takeId) => VideoPath(options.DataDirectory, takeId);

    /// <summary>Where take <paramref name="takeId"/>'s video is in a studio's data folder.</summary>
    public static string VideoPath(string dataDirectory, string takeId) => Path.Combine(dataDirectory, "renders", $"take-{takeId}.mp4");

    public static string VideoUrl(string takeId) => $"/api/takes/{takeId}/video.mp4";

    public TakeRenderStatus Status(string takeId)
    {
        if (_jobs.TryGetValue(takeId, out Job? job) && job.Status != "done")
        {
            return job.View(takeId);
        }
        return File.Exists(VideoPath(takeId))
            ? new TakeRenderStatus("done", 1, VideoUrl(takeId), null, job?.Resolution.Name, job?.Fps)
            : TakeRenderStatus.None;
    }

    /// <summary>
    /// Starts rendering a take (or returns the render already running). Throws <see cref="KeyNotFoundException"/> for
    /// an unknown take and <see cref="FormatException"/> for one this build cannot replay.
    /// </summary>
    public TakeRenderStatus Start(string takeId, Resolution resolution, int fps)
    {
        TakeRecord record = store.GetTake(takeId) ?? throw new KeyNotFoundException($"no take with id '{takeId}'");
        WorldRecord world = store.GetWorld(record.WorldId) ?? throw new KeyNotFoundException($"take {takeId}'s world is gone");
        RecordedTake take = RecordedTake.FromJson(record.InputJson);
        _ = take.ToScript(); // refuse a take whose commands no longer parse before starting anything
        var job = new Job(resolution, fps);
        Job current = _jobs.AddOrUpdate(takeId, job, (_, old) => old.Status is "rendering" or "queued" ? old : job);
        if (current != job)
        {
            return current.View(takeId);
        }
        var thread = new Thread(() => Run(takeId, world, take, job)) { IsBackground = true, Name = $"nacre-take-render-{takeId}" };
        thread.Start();
        return job.View(takeId);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _one.Dispose();
    }

    private void Run(string takeId, WorldRecord world, RecordedTake take, Job job)
    {
        try
        {
            _one.Wait(_stopping.Token);
            try
            {
                job.Status = "rendering";
                WorldSpec spec = WorldService.SpecOf(world);
                WorldSource source = previews.SourceFor(spec, world.Seed);
                IReadOnlyList<LogEntry> edits = WorldService.LogOf(store, world.Id);
                DirectorSession session = take.NewSession(new DirectorWorld(source.Generate), world.Seed, edits);
                session.Tone = spec.Tone;
                session.SubjectPoint = source.Spawn.SubjectPosition;
                string output = VideoPath(takeId);
                Directory.CreateDirectory(Path.GetDirectoryName(output)!);
                TakeVideo.Render(source.Generate, Nacre.Rendering.Models.Planting.From(spec), session, take.ToScript(), job.Resolution.Width, job.Resolution.Height, job.Fps, output,
                    progress: (done, all) => job.Progress = all == 0 ? 1 : done / (double)all, cancel: _stopping.Token);
                job.Progress = 1;
                job.Status = "done";
                if (log.IsEnabled(LogLevel.Information))
                {
                    log.LogInformation("rendered take {Take} of world {World} to {Path}", takeId, world.Id, output);
                }
            }
            finally
            {
                _one.Release();
            }
        }
        catch (OperationCanceledException)
        {
            job.Fail("the studio stopped before the render finished");
        }
#pragma warning disable CA1031 // a failed render is reported on the take, never takes the studio down
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.LogError(e, "rendering take {Take} failed", takeId);
            job.Fail(e.Message);
        }
    }

    private sealed class Job(Resolution resolution, int fps)
    {
        private volatile string _status = "queued";
        private double _progress;

        public Resolution Resolution { get; } = resolution;

        public int Fps { get; } = fps;

        public string Status { get => _status; set => _status = value; }

        public double Progress { get => Volatile.Read(ref _progress); set => Volatile.Write(ref _progress, value); }

        public string? Error { get; private set; }

        public void Fail(string error)
        {
            Error = error;
            _status = "failed";
        }

        public TakeRenderStatus View(string takeId) => new(Status == "queued" ? "rendering" : Status, Math.Round(Progress, 3),
            Status == "done" ? VideoUrl(takeId) : null, Error, Resolution.Name, Fps);
    }
}
