using System.Collections.Concurrent;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Rendering.Terrain;

/// <summary>
/// Generates and meshes chunks on background threads, nearest first. The render thread states what it wants each
/// frame (<see cref="SetWanted"/>), which replaces the previous wish list: chunks that fell out of range are dropped
/// before they start. Finished meshes wait in a queue until the render thread takes them; the renderer never waits.
/// A generator failure is rethrown on the render thread by <see cref="TryTake"/>.
/// </summary>
internal sealed class ChunkStreamer : IDisposable
{
    private readonly Func<ChunkCoord, ChunkData> _generate;
    private readonly Thread[] _workers;
    private readonly object _gate = new();
    private readonly List<ChunkCoord> _wanted = [];
    private readonly HashSet<ChunkCoord> _busy = [];   // in flight or finished but not yet taken
    private readonly ConcurrentQueue<ChunkMesh> _done = new();
    private int _next;
    private bool _stopping;
    private Exception? _failure;

    public ChunkStreamer(Func<ChunkCoord, ChunkData> generate, int threads)
    {
        _generate = generate;
        _workers = new Thread[Math.Max(1, threads)];
        for (int i = 0; i < _workers.Length; i++)
        {
            _workers[i] = new Thread(Work) { IsBackground = true, Name = $"nacre-chunks-{i}", Priority = ThreadPriority.BelowNormal };
            _workers[i].Start();
        }
    }

    /// <summary>Chunks requested but not yet taken (queued, in flight or finished).</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return (_wanted.Count - _next) + _busy.Count;
            }
        }
    }

    /// <summary>Replaces the wish list. <paramref name="nearestFirst"/> lists chunks not yet loaded, in priority order.</summary>
    public void SetWanted(List<ChunkCoord> nearestFirst)
    {
        lock (_gate)
        {
            _wanted.Clear();
            foreach (ChunkCoord c in nearestFirst)
            {
                if (!_busy.Contains(c))
                {
                    _wanted.Add(c);
                }
            }
            _next = 0;
            if (_wanted.Count > 0)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }

    public bool IsBusy(ChunkCoord c)
    {
        lock (_gate)
        {
            return _busy.Contains(c);
        }
    }

    /// <summary>Takes one finished mesh, if any.</summary>
    public bool TryTake(out ChunkMesh mesh)
    {
        Exception? failure = Volatile.Read(ref _failure);
        if (failure is not null)
        {
            throw new InvalidOperationException($"chunk generation failed: {failure.Message}", failure);
        }
        if (_done.TryDequeue(out ChunkMesh? m))
        {
            lock (_gate)
            {
                _busy.Remove(m.Coord);
            }
            mesh = m;
            return true;
        }
        mesh = null!;
        return false;
    }

    /// <summary>Generates and meshes one chunk on the calling thread (prefetch for stills).</summary>
    public ChunkMesh BuildNow(ChunkCoord c) => TerrainMesher.Build(_generate(c));

    public void Dispose()
    {
        lock (_gate)
        {
            _stopping = true;
            Monitor.PulseAll(_gate);
        }
        foreach (Thread t in _workers)
        {
            t.Join();
        }
    }

    private void Work()
    {
        while (true)
        {
            ChunkCoord coord;
            lock (_gate)
            {
                while (!_stopping && _next >= _wanted.Count)
                {
                    Monitor.Wait(_gate);
                }
                if (_stopping)
                {
                    return;
                }
                coord = _wanted[_next++];
                if (!_busy.Add(coord))
                {
                    continue;
                }
            }
            try
            {
                _done.Enqueue(TerrainMesher.Build(_generate(coord)));
            }
#pragma warning disable CA1031 // handed to the render thread, which rethrows it with context
            catch (Exception e)
#pragma warning restore CA1031
            {
                Volatile.Write(ref _failure, e);
                return;
            }
        }
    }
}
