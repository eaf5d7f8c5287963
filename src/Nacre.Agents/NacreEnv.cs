using System.Numerics;
using System.Text.Json.Nodes;
using Nacre.Agents.Spaces;
using Nacre.Agents.Tasks;
using Nacre.Core;
using Nacre.Rendering;
using Nacre.Simulation;

namespace Nacre.Agents;

/// <summary>
/// One embodied agent in a Nacre world, shaped like a Gymnasium env: <see cref="Reset"/> → (observation, info),
/// <see cref="Step"/> → (observation, reward, terminated, truncated, info), <see cref="Render"/> in rgb_array mode,
/// declared <see cref="ActionSpace"/> and <see cref="ObservationSpace"/>. A step is <see cref="EnvOptions.TicksPerStep"/>
/// simulation ticks of the walker (collision, slopes, water) and one frame from the host's shared renderer.
/// Deterministic: the same task, split, episode seed and actions give the same observations in any process.
/// Not thread-safe: one caller at a time (different envs may step on different threads).
/// </summary>
public sealed partial class NacreEnv : IDisposable
{
    /// <summary>The walker agents drive: a brisk walk, so one step covers about half a metre.</summary>
    private static readonly WalkerSettings Body = WalkerSettings.Default with { WalkSpeed = 2.5f };

    private readonly AgentHost _host;
    private readonly AgentTask _task;
    private SharedWorld? _world;
    private WorldRenderer? _renderer;
    private TaskEpisode? _episode;
    private WanderSession? _session;
    private WalkKey _held;
    private long _nextEpisode;
    private int _steps;
    private bool _ended;
    private bool _disposed;
    private Observation? _last;

    internal NacreEnv(AgentHost host, AgentTask task, EnvOptions options)
    {
        _host = host;
        _task = task;
        Options = options;
        MaxSteps = options.MaxSteps ?? task.MaxSteps;
        ActionSpace = options.ActionMode == ActionMode.Discrete
            ? new DiscreteSpace(Enum.GetValues<DiscreteAction>().Length)
            : new BoxSpace(-1, 1, [5], "float32") { Lows = [-1, -1, -1, -1, 0], Highs = [1, 1, 1, 1, 1] };
        ObservationSpace = Spaces(options);
    }

    public EnvOptions Options { get; }

    /// <summary>The task's registered name.</summary>
    public string TaskName => _task.Name;

    public int MaxSteps { get; }

    public Space ActionSpace { get; }

    public DictSpace ObservationSpace { get; }

    /// <summary>Simulated steps a second (Gymnasium's <c>metadata["render_fps"]</c>).</summary>
    public int RenderFps => Ticks.PerSecond / Options.TicksPerStep;

    /// <summary>How far an unseeded <see cref="Reset"/> moves on from the last episode (a vector of n envs uses n, so its envs never share one).</summary>
    internal long EpisodeStride { get; set; } = 1;

    /// <summary>The episode running, or null before the first <see cref="Reset"/>.</summary>
    public TaskEpisode? Episode => _episode;

    /// <summary>The world the episode runs in.</summary>
    public SharedWorld? World => _world;

    /// <summary>
    /// Starts an episode: <paramref name="seed"/> picks episode <c>seed</c> of the split (the same one in every process);
    /// without one, the episode after the last. <paramref name="split"/> overrides <see cref="EnvOptions.Split"/>.
    /// </summary>
    public (Observation Observation, JsonObject Info) Reset(long? seed = null, Split? split = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (seed is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(seed), seed, "an episode seed is 0 or more");
        }
        LeaveWorld();
        long index = seed ?? _nextEpisode;
        _nextEpisode = index + EpisodeStride;
        Split s = split ?? Options.Split;
        EpisodeStart start = _task.Start(_host, s, index);
        _world = start.World;
        _episode = start.Episode;
        WorldDraw draw = _episode.Draw;
        _session = new WanderSession(_world.Chunks.Get, new Vector3(_episode.Start.X, float.NegativeInfinity, _episode.Start.Y), _episode.StartYaw, 0f, Body)
        {
            TimeOfDayHours = draw.TimeOfDayHours,
            Weather = draw.Weather,
            WeatherIntensity = draw.WeatherIntensity,
            Tone = _world.Generator.Spec.Tone,
        };
        _held = WalkKey.None;
        _steps = 0;
        _ended = false;
        AgentState state = State();
        Observation obs = Observe(state, labelsForTask: false, out _);
        var info = new JsonObject
        {
            ["task"] = _task.Name,
            ["split"] = Splits.NameOf(s),
            ["episode"] = index,
            ["prompt"] = draw.Prompt,
            ["world_seed"] = draw.WorldSeed,
            ["time_of_day"] = Math.Round(draw.TimeOfDayHours, 2),
            ["weather"] = draw.Weather.ToString().ToLowerInvariant(),
            ["goal"] = _episode.GoalText,
            ["goal_label"] = (int)_episode.GoalLabel,
            ["max_steps"] = MaxSteps,
        };
        return (obs, info);
    }

    /// <summary>Applies one action for one step.</summary>
    /// <exception cref="InvalidActionException">The action is outside <see cref="ActionSpace"/>.</exception>
    /// <exception cref="InvalidOperationException">No episode is running (call <see cref="Reset"/>), or it has ended.</exception>
    public StepResult Step(AgentAction action)
    {
        Advance(action);
        return Judge();
    }

    /// <summary>
    /// The simulation half of a step: the action's inputs and the walker's ticks. Touches only this env (and the
    /// world's thread-safe chunk cache), so a vector env advances its envs in parallel before rendering them in order.
    /// </summary>
    internal void Advance(AgentAction action)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_session is null || _episode is null)
        {
            throw new InvalidOperationException("no episode is running: call reset before step");
        }
        if (_ended)
        {
            throw new InvalidOperationException("the episode has ended (terminated or truncated): call reset to start the next one");
        }
        Schedule(action);
        _session.StepTo(_session.Tick + Options.TicksPerStep);
        _steps++;
    }

    /// <summary>The rendering half of a step: the frame, the task's verdict and the info.</summary>
    internal StepResult Judge()
    {
        TaskEpisode episode = _episode!;
        AgentState state = State();
        bool labels = episode.NeedsLabels(state);
        Observation obs = Observe(state, labels, out SemanticLabel[]? taskLabels);
        StepOutcome outcome = episode.Evaluate(state, new FrameView(taskLabels, Options.Width, Options.Height));
        bool truncated = !outcome.Terminated && _steps >= MaxSteps;
        _ended = outcome.Terminated || truncated;
        var info = new JsonObject { ["step"] = _steps, ["goal"] = episode.GoalText };
        episode.Describe(info);
        return new StepResult(obs, outcome.Reward, outcome.Terminated, truncated, info);
    }

    /// <summary>The last frame as H × W × 3 sRGB bytes (Gymnasium's rgb_array render mode).</summary>
    public byte[] Render()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Observation last = _last ?? throw new InvalidOperationException("nothing to render yet: call reset first");
        return last.Rgb is { } rgb ? (byte[])rgb.Clone() : throw new InvalidOperationException("this env does not observe rgb: make it with the rgb key to render");
    }

    /// <summary>Ends the env (Gymnasium's <c>close</c>): frees its place on the host.</summary>
    public void Close() => Dispose();

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        LeaveWorld();
        _host.ReleaseEnv();
    }

    private void LeaveWorld()
    {
        if (_world is not null)
        {
            _host.Leave(_world, _renderer);
            _world = null;
            _renderer = null;
        }
        _episode = null;
        _session = null;
    }

    private AgentState State()
    {
        Walker w = _session!.Walker;
        return new AgentState(w.Feet, w.Eye, w.Yaw, w.Pitch, _steps, _session.Tick);
    }
}
