using Nacre.Agents.Tasks;
using Nacre.Rendering;
using Nacre.Simulation;

namespace Nacre.Agents;

/// <summary>
/// The process-wide home of agent envs: one headless GL context that every env renders on (one frame at a time,
/// under a lock, from any thread), the worlds envs share (<see cref="SharedWorld"/>), and the cap on live envs.
/// Make envs with <see cref="Make"/>; dispose the host after its envs.
/// </summary>
public sealed class AgentHost : IDisposable
{
    /// <summary>Worlds kept after their last env closes, so the next episode in them starts without rebuilding.</summary>
    private const int IdleWorldsKept = 8;

    private readonly object _gate = new();
    private readonly Dictionary<(string Prompt, ulong Seed), SharedWorld> _worlds = [];
    private readonly LinkedList<SharedWorld> _idle = [];
    private IGlContext? _context;
    private int _liveEnvs;
    private bool _disposed;

    /// <param name="maxEnvs">Live envs allowed at once; one more is refused with a message (each holds a body, an
    /// episode and its frame buffers, see docs/agents.md for the memory per env).</param>
    public AgentHost(int maxEnvs = 256)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEnvs, 1);
        MaxEnvs = maxEnvs;
    }

    public int MaxEnvs { get; }

    /// <summary>Envs open now.</summary>
    public int LiveEnvs
    {
        get
        {
            lock (_gate)
            {
                return _liveEnvs;
            }
        }
    }

    /// <summary>Worlds built and kept (in use or idle).</summary>
    public int WorldCount
    {
        get
        {
            lock (_gate)
            {
                return _worlds.Count;
            }
        }
    }

    /// <summary>The GL renderer in use, e.g. "llvmpipe (LLVM 15.0.6, 256 bits); OpenGL 4.5 …"; null before the first frame.</summary>
    public string? GraphicsDescription { get; private set; }

    /// <summary>Makes one env. Its first <see cref="NacreEnv.Reset"/> chooses the episode.</summary>
    /// <exception cref="ArgumentException">An unknown task (the message lists the registered ones) or bad options.</exception>
    /// <exception cref="TooManyEnvsException">The host already runs <see cref="MaxEnvs"/> envs.</exception>
    public NacreEnv Make(EnvOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        AgentTask task = TaskRegistry.Get(options.Task);
        ReserveEnvs(1);
        return new NacreEnv(this, task, options);
    }

    /// <summary>Makes <paramref name="count"/> envs stepped together (all or none are made).</summary>
    /// <exception cref="TooManyEnvsException">They would take the host past <see cref="MaxEnvs"/>.</exception>
    public NacreVectorEnv MakeVector(EnvOptions options, int count)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        options.Validate();
        AgentTask task = TaskRegistry.Get(options.Task);
        ReserveEnvs(count);
        return new NacreVectorEnv([.. Enumerable.Range(0, count).Select(_ => new NacreEnv(this, task, options))]);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            foreach (SharedWorld w in _worlds.Values)
            {
                w.Dispose();
            }
            _worlds.Clear();
            _idle.Clear();
            _context?.Dispose();
            _context = null;
        }
    }

    internal void ReleaseEnv()
    {
        lock (_gate)
        {
            _liveEnvs--;
        }
    }

    /// <summary>The shared world for (prompt, seed), built on first use; pair with <see cref="Leave"/>.</summary>
    internal SharedWorld Enter(string prompt, ulong seed)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_worlds.TryGetValue((prompt, seed), out SharedWorld? world))
            {
                world = new SharedWorld(prompt, seed);
                _worlds[(prompt, seed)] = world;
            }
            if (world.Users == 0)
            {
                _idle.Remove(world);
            }
            world.Users++;
            return world;
        }
    }

    /// <summary>An env leaves a world it entered, giving back the renderer it borrowed (if any).</summary>
    internal void Leave(SharedWorld world, WorldRenderer? renderer = null)
    {
        lock (_gate)
        {
            if (renderer is not null && !_disposed)
            {
                world.GiveBack(renderer);
            }
            world.Users--;
            if (world.Users > 0 || _disposed)
            {
                return;
            }
            _idle.AddLast(world);
            while (_idle.Count > IdleWorldsKept)
            {
                SharedWorld oldest = _idle.First!.Value;
                _idle.RemoveFirst();
                _worlds.Remove((oldest.Prompt, oldest.Seed));
                oldest.Dispose();
            }
        }
    }

    /// <summary>
    /// Draws one env's frame on the shared context with the renderer it borrowed from the world (borrowing one on its
    /// first frame): every chunk in reach is made resident first, so the pixels depend only on the snapshot. One frame
    /// at a time across the host.
    /// </summary>
    internal void Render(SharedWorld world, ref WorldRenderer? renderer, int width, int height, FrameSnapshot snapshot, FrameOutputs outputs, Action<RenderedFrame> read)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _context ??= GlContextFactory.CreateHeadless();
            renderer ??= world.Borrow(_context, width, height);
            GraphicsDescription ??= renderer.GraphicsDescription;
            renderer.Prefetch(snapshot.Camera.Position.X, snapshot.Camera.Position.Z, AgentRendering.PrefetchRadius);
            RenderedFrame frame = renderer.Render(snapshot, outputs);
            read(frame);
        }
    }

    private void ReserveEnvs(int count)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_liveEnvs + count > MaxEnvs)
            {
                throw new TooManyEnvsException(
                    $"too many envs: {count} more would make {_liveEnvs + count}, and this host allows at most {MaxEnvs} at once ({_liveEnvs} open); close some or start the server with a larger --max-envs");
            }
            _liveEnvs += count;
        }
    }
}
