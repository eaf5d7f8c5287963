using System.Globalization;
using System.Numerics;
using Nacre.Core;
using Nacre.Language.Directing;
using Nacre.Rendering;
using Nacre.Simulation;
using Nacre.Simulation.Directing;
using Nacre.Storage;
using Nacre.Studio.Streaming;
using Nacre.WorldGen;

namespace Nacre.Studio.Sessions;

/// <summary>
/// One live session's world on the session's own thread, in two modes. <b>Wander</b>: the walker
/// (<see cref="WanderSession"/>; WASD or arrows, Shift sprints, Space jumps, V switches first/third person, mouse
/// turns). <b>Direct</b>: a <see cref="DirectorSession"/> whose camera starts where the walker looks, driven by typed
/// commands; takes are recorded, replayed and saved here. Both modes draw the world with its edit log applied; the
/// director's world edits and kept lighting are appended to the log as they are made.
/// </summary>
public sealed class LiveEngine : ISessionEngine
{
    /// <summary>Frame aspect shots are framed for (480p and 720p are both 16:9), so a take frames the same at either size.</summary>
    public const float Aspect = 16f / 9f;

    /// <summary>Radius the subject picker lists objects in, metres.</summary>
    public const float SubjectRadius = 200f;

    private readonly WorldSpec _spec;
    private readonly Vector3? _subjectPoint; // the spawn's main subject: fog and snow keep it readable in every view
    private readonly ulong _seed;
    private readonly LiveWorldHost _host;
    private readonly WanderSession _sim;
    private readonly WorldRenderer _renderer;
    private readonly DirectorWorld _directorWorld;
    private readonly List<LogEntry> _log;
    private StoryState? _worldStory;       // the log's object edits, drawn and solid in Wander mode (rebuilt when the log grows)
    private readonly StoryState _ambient;   // ambient wind gusts while wandering (a pure function of seed, mood and tick)
    private IReadOnlyList<PlacedObject> _worldExtras = [];
    private IReadOnlySet<ulong> _worldHidden = new HashSet<ulong>();
    private DirectorSession? _director;    // the live director session (Direct mode)
    private int _directorEditsLogged;
    private int _directorKeysLogged;
    private Recording? _recording;
    private Replay? _replay;
    private object? _lastHud;
    private long _tick;

    /// <param name="spec">The world's stored spec, seed included.</param>
    /// <param name="generate">Its pure chunk generator.</param>
    /// <param name="firstLook">Where a new visitor's eye starts and looks (<see cref="Worlds.WorldSource.FirstLook"/>): the
    /// first frame of a session without a saved view is exactly this camera, as <c>nacre still</c> shows it.</param>
    /// <param name="subjectPoint">The world's main subject (the spawn's), so fog and snow keep it readable; null for none.</param>
    /// <param name="view">Where the walker last stood, or null; a saved view wins over the first look.</param>
    /// <param name="resolution">Frame size.</param>
    /// <param name="host">The session's store, outbox and take renders.</param>
    public LiveEngine(WorldSpec spec, Func<ChunkCoord, ChunkData> generate, CameraPose firstLook, Vector3? subjectPoint, ViewState? view, Resolution resolution, LiveWorldHost host)
    {
        ArgumentNullException.ThrowIfNull(spec);
        _spec = spec;
        _seed = spec.Seed;
        _host = host ?? throw new ArgumentNullException(nameof(host));
        _log = [.. host.ReadLog()];
        WorldLog log = WorldLog.Read(_log);
        _directorWorld = new DirectorWorld(generate);
        _ambient = new StoryState(_directorWorld, spec.Seed) { Mood = spec.Mood };

        // The walker's eye is the first look's camera (both stand eye height above the ground or the water).
        Vector3 feet = view is null
            ? firstLook.Position - new Vector3(0f, WalkerSettings.Default.EyeHeight, 0f)
            : new Vector3(view.X, view.Y, view.Z);
        _subjectPoint = subjectPoint;
        _sim = view is null
            ? new WanderSession(generate, feet, firstLook.Yaw, firstLook.Pitch) { SubjectPoint = _subjectPoint }
            : new WanderSession(generate, feet, view.Yaw, view.Pitch) { SubjectPoint = _subjectPoint };
        _sim.UseSpecAtmosphere(spec);
        UseKeptLighting(log.Lighting);
        if (log.Edits.Count > 0)
        {
            RebuildWorldStory();
        }
        _tick = _sim.Tick;
        // One thread renders every frame of a session: keep the context current between frames.
        _renderer = WorldRenderer.CreateHeadless(generate, resolution.Width, resolution.Height,
            RendererOptions.Default with { ReleaseContextAfterFrame = false, Planting = Nacre.Rendering.Models.Planting.From(spec) });
        // The first frame shows the world around the walker, not holes: generate the near ring now.
        _renderer.Prefetch(feet.X, feet.Z, _renderer.Options.NearRadius);
    }

    public long Tick => _tick;

    public bool IsDirecting { get; private set; }

    public bool IsRecording => _recording is not null;

    public bool IsReplaying => _replay is not null;

    /// <summary>The director session now driving Direct mode (the replay's while one runs), or null before Direct mode was entered.</summary>
    public DirectorSession? Director => _replay?.Player.Session ?? _director;

    /// <summary>Entries of the world's edit log now (read at open, plus those appended since).</summary>
    public int LogCount => _log.Count;

    public ViewState View
    {
        get
        {
            Walker w = _sim.Walker;
            return new ViewState(w.Feet.X, w.Feet.Y, w.Feet.Z, w.Yaw, w.Pitch, _sim.Tick);
        }
    }

    public void Apply(ClientInput input)
    {
        switch (input.Kind)
        {
            case ClientInputKind.Mode:
                SetMode(input.Text == "direct", input.Sequence);
                return;
            case ClientInputKind.Command:
                Command(input.Text ?? "", input.Sequence);
                return;
            case ClientInputKind.Record:
                StartRecording(input.Sequence);
                return;
            case ClientInputKind.Stop:
                Stop(input.Sequence);
                return;
            case ClientInputKind.Replay:
                StartReplay(input.Text ?? "", input.Sequence);
                return;
            case ClientInputKind.Subjects:
                _host.Publish(new { t = "subjects", seq = input.Sequence, items = Subjects() });
                return;
            default:
                break;
        }
        if (IsDirecting)
        {
            return; // keys and mouse belong to the walker; in Direct mode the camera takes commands
        }
        long tick = _sim.Tick;
        switch (input.Kind)
        {
            case ClientInputKind.KeyDown when input.Key == "KeyV":
                _sim.Enqueue(InputEvent.SetCameraMode(tick, _sim.CameraMode == CameraMode.FirstPerson ? CameraMode.ThirdPerson : CameraMode.FirstPerson));
                break;
            case ClientInputKind.KeyDown when KeyOf(input.Key) is var k and not WalkKey.None:
                _sim.Enqueue(InputEvent.Down(tick, k));
                break;
            case ClientInputKind.KeyUp when KeyOf(input.Key) is var k and not WalkKey.None:
                _sim.Enqueue(InputEvent.Up(tick, k));
                break;
            case ClientInputKind.Look:
                _sim.Enqueue(InputEvent.Mouse(tick, input.Dx, input.Dy));
                break;
            case ClientInputKind.ReleaseAll when _sim.HeldKeys != WalkKey.None:
                _sim.Enqueue(InputEvent.Up(tick, _sim.HeldKeys));
                break;
            default:
                break;
        }
    }

    public void StepTo(long tick)
    {
        while (_tick < tick)
        {
            if (_replay is { } r)
            {
                r.Player.Step();
                if (r.Player.IsFinished)
                {
                    EndReplay("replayed");
                }
            }
            else if (IsDirecting)
            {
                _director!.Step();
            }
            else
            {
                _sim.Step();
            }
            _tick++;
        }
        LogDirectorChanges();
    }

    public EngineFrame Render()
    {
        FrameSnapshot snapshot = Director is { } d && (IsDirecting || _replay is not null) ? d.Snapshot() : WanderSnapshot();
        RenderedFrame f = _renderer.Render(snapshot);
        FrameStats s = f.Stats;
        if (IsDirecting)
        {
            PublishHud();
        }
        return new EngineFrame(
            f.Rgba, f.Width, f.Height,
            Micros(s.SubmitMs), Micros(s.ReadbackMs), (uint)(s.Triangles + s.ShadowTriangles),
            snapshot.Camera, snapshot.TimeOfDayHours, (int)snapshot.Weather);
    }

    public void Dispose()
    {
        if (_recording is not null)
        {
            // Leaving while recording keeps the take: nothing the director did is lost.
            Stop(0);
        }
        _renderer.Dispose();
    }

    /// <summary>The walker key a DOM <c>KeyboardEvent.code</c> drives, or None.</summary>
    public static WalkKey KeyOf(string? code) => code switch
    {
        "KeyW" or "ArrowUp" => WalkKey.Forward,
        "KeyS" or "ArrowDown" => WalkKey.Back,
        "KeyA" or "ArrowLeft" => WalkKey.Left,
        "KeyD" or "ArrowRight" => WalkKey.Right,
        "ShiftLeft" or "ShiftRight" => WalkKey.Sprint,
        "Space" => WalkKey.Jump,
        _ => WalkKey.None,
    };

    private void SetMode(bool direct, uint seq)
    {
        if (direct == IsDirecting)
        {
            _host.Publish(new { t = "mode", seq, mode = direct ? "direct" : "wander" });
            return;
        }
        if (!direct && (_recording is not null || _replay is not null))
        {
            Reply(seq, false, _recording is not null ? "stop recording first (Stop), then go back to Wander" : "wait for the replay to end, or press Stop");
            _host.Publish(new { t = "mode", seq, mode = "direct" });
            return;
        }
        IsDirecting = direct;
        if (direct)
        {
            // The director's camera starts where the walker looks.
            if (_sim.HeldKeys != WalkKey.None)
            {
                _sim.Enqueue(InputEvent.Up(_sim.Tick, _sim.HeldKeys));
                _sim.Step();
            }
            CameraPose eye = _sim.Snapshot.Camera;
            if (_director is null)
            {
                WorldLog log = WorldLog.Read(_log);
                _director = WithWorldLook(new DirectorSession(_directorWorld, _seed, eye with { Roll = 0f }, log.Atmosphere(_spec), _spec.Mood, Aspect));
                _director.Restore(log);
                _directorEditsLogged = 0;
                _directorKeysLogged = 0;
            }
            else
            {
                _director.Camera.Cut(eye with { Roll = 0f });
            }
            _lastHud = null;
        }
        _host.Publish(new { t = "mode", seq, mode = direct ? "direct" : "wander" });
    }

    private void Command(string text, uint seq)
    {
        if (!IsDirecting)
        {
            Reply(seq, false, $"'{text}': commands steer the camera in Direct mode: switch to Direct first");
            return;
        }
        if (_replay is not null)
        {
            Reply(seq, false, "a take is replaying: wait for it to end, or press Stop");
            return;
        }
        if (_log.Count >= _host.MaxEdits && ChangesTheWorld(text))
        {
            Reply(seq, false, $"this world holds {_log.Count} edits, the most one world keeps: remix it into a new world to go on changing things");
            return;
        }
        CommandOutcome outcome = _director!.Execute(text);
        if (outcome.Accepted && _recording is { } rec)
        {
            rec.Commands.Add(new TakeCommand(_director.Tick, text.Trim()));
        }
        LogDirectorChanges();
        Reply(seq, outcome.Accepted, outcome.Message, outcome.Suggestion);
    }

    /// <summary>True for a command that would add to the world's edit log (add, remove, recolour or move objects).</summary>
    private static bool ChangesTheWorld(string text) =>
        DirectorParser.Parse(text) is { IsSuccess: true } p
        && p.Command is SpawnCommand or RemoveCommand or RecolorCommand or MoveObjectCommand;

    private void StartRecording(uint seq)
    {
        if (!IsDirecting || _replay is not null || _recording is not null)
        {
            Reply(seq, false, !IsDirecting ? "switch to Direct to record a take" : _replay is not null ? "a take is replaying: wait for it to end" : "already recording");
            return;
        }
        LogDirectorChanges();
        DirectorSession live = _director!;
        AtmosphereState a = live.Atmosphere;
        var start = new TakeStart(live.Camera.Pose, live.Camera.Lens, a.Hours, a.Weather, a.WeatherIntensity, a.SunAzimuth, live.Story.Mood, Aspect, _log.Count,
            live.CurrentSubject is { } subject ? subject with { Base = live.PositionOf(subject) } : null, live.Camera.ShotSize, live.Camera.Angle, live.Camera.FollowId, a.Wind);
        // The take is recorded on a session that starts fresh at its start state: a replay runs exactly what was seen.
        _director = WithWorldLook(new RecordedTake(start, [], 0).NewSession(_directorWorld, _seed, _log));
        _directorEditsLogged = 0;
        _directorKeysLogged = 0;
        _recording = new Recording(start);
        Reply(seq, true, "recording: type commands; Stop saves the take");
    }

    private void Stop(uint seq)
    {
        if (_replay is not null)
        {
            EndReplay("stopped");
            Reply(seq, true, "replay stopped");
            return;
        }
        if (_recording is not { } rec)
        {
            Reply(seq, false, "nothing to stop: press Record to record a take");
            return;
        }
        _recording = null;
        LogDirectorChanges();
        var take = new RecordedTake(rec.Start, rec.Commands, Math.Max(1, _director!.Tick));
        TakeRecord saved = _host.SaveTake(take);
        _host.Publish(new { t = "take", seq, take = _host.Describe(saved) });
        Reply(seq, true, string.Create(CultureInfo.InvariantCulture, $"saved {saved.Name}: {take.DurationSeconds:0.0} s, {take.Commands.Count} commands"));
    }

    private void StartReplay(string takeId, uint seq)
    {
        if (!IsDirecting || _recording is not null || _replay is not null)
        {
            Reply(seq, false, !IsDirecting ? "switch to Direct to replay a take" : _recording is not null ? "stop recording first" : "a take is already replaying");
            return;
        }
        TakeRecord? record = _host.GetTake(takeId);
        if (record is null)
        {
            Reply(seq, false, $"this world has no take {takeId}");
            return;
        }
        try
        {
            RecordedTake take = RecordedTake.FromJson(record.InputJson);
            var player = new TakePlayer(WithWorldLook(take.NewSession(_directorWorld, _seed, _log)), take.ToScript());
            _replay = new Replay(record.PublicId, player, take.DurationSeconds);
            _lastHud = null;
            Reply(seq, true, string.Create(CultureInfo.InvariantCulture, $"replaying {record.Name} ({take.DurationSeconds:0.0} s)"));
        }
        catch (FormatException e)
        {
            Reply(seq, false, $"{record.Name} cannot be replayed: {e.Message}");
        }
    }

    private void EndReplay(string how)
    {
        string id = _replay!.TakeId;
        _replay = null;
        _lastHud = null;
        _host.Publish(new { t = "replayed", take = id, how });
    }

    /// <summary>Appends the live director's new world edits and kept lighting to the world's log.</summary>
    private void LogDirectorChanges()
    {
        if (_director is not { } d)
        {
            return;
        }
        bool grew = false;
        for (; _directorEditsLogged < d.Story.Edits.Count; _directorEditsLogged++)
        {
            Append(LogEntry.Of(d.Story.Edits[_directorEditsLogged]));
            grew = true;
        }
        for (; _directorKeysLogged < d.LightingKeys.Count; _directorKeysLogged++)
        {
            LightingKey key = d.LightingKeys[_directorKeysLogged];
            Append(LogEntry.Of(key));
            UseKeptLighting(key);
        }
        if (grew)
        {
            RebuildWorldStory();
        }
    }

    private void Append(LogEntry entry)
    {
        _host.Append(entry);
        _log.Add(entry);
    }

    private void UseKeptLighting(LightingKey? key)
    {
        if (key is not null)
        {
            _sim.TimeOfDayHours = key.Hours;
            _sim.Weather = key.Weather;
            _sim.WeatherIntensity = key.Intensity;
        }
    }

    /// <summary>Applies the log's object edits to what the walker sees and bumps into.</summary>
    private void RebuildWorldStory()
    {
        _worldStory = new StoryState(_directorWorld, _seed);
        foreach (WorldEdit e in WorldLog.Read(_log).Edits)
        {
            _worldStory.Apply(e);
        }
        _worldExtras = _worldStory.ExtraObjects;
        _worldHidden = _worldStory.HiddenObjectIds;
        // What the director placed is solid for the walker too; what was removed no longer blocks the way.
        _sim.World.SetEdits(_worldExtras, _worldHidden);
    }

    /// <summary>The world's tone and subject on a director session, so Direct mode and replays look like wandering.</summary>
    private DirectorSession WithWorldLook(DirectorSession session)
    {
        session.Tone = _spec.Tone;
        session.SubjectPoint = _subjectPoint;
        return session;
    }

    private FrameSnapshot WanderSnapshot()
    {
        FrameSnapshot s = _sim.Snapshot with { Wind = _ambient.Wind(_sim.Tick) };
        return _worldStory is null ? s : s with { ExtraObjects = _worldExtras, HiddenObjectIds = _worldHidden };
    }

    private List<object> Subjects()
    {
        DirectorSession? d = Director;
        Vector3 at = d?.Camera.Position ?? _sim.Walker.Eye;
        IReadOnlyList<PlacedObject> near = d?.Story.ObjectsNear(at, SubjectRadius) ?? _directorWorld.ObjectsNear(at, SubjectRadius);
        // One entry per kind of thing, the nearest of each, nearest kinds first; grass and flowers are not subjects.
        return [.. near
            .Where(o => !SemanticLabels.IsGround(o.Label) && o.Label is not (SemanticLabel.GrassTuft or SemanticLabel.Flower or SemanticLabel.Reed or SemanticLabel.Crop))
            .GroupBy(o => o.Label)
            .Select(g => (Label: g.Key, Distance: g.Min(o => Vector2.Distance(new(o.Position.X, o.Position.Z), new(at.X, at.Z))), Count: g.Count()))
            .OrderBy(x => x.Distance)
            .Take(24)
            .Select(x => (object)new { name = "the " + SemanticLabels.Name(x.Label), label = SemanticLabels.Name(x.Label), distance = MathF.Round(x.Distance, 1), count = x.Count })];
    }

    private void PublishHud()
    {
        DirectorSession d = Director!;
        CameraHud h = d.Hud;
        AtmosphereState a = d.Atmosphere;
        int minutes = (int)MathF.Round(a.Hours * 60f) % (24 * 60);
        var hud = new
        {
            t = "hud",
            mode = "direct",
            lens = MathF.Round(h.FocalMm, 1),
            sensor = h.Sensor,
            shot = h.ShotSize,
            angle = h.Angle,
            height = MathF.Round(h.HeightMetres, 1),
            fov = MathF.Round(h.HorizontalFovDegrees, 1),
            subject = h.Subject,
            moving = h.Moving,
            time = string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}"),
            weather = a.Weather.ToString().ToLowerInvariant(),
            recording = _recording is not null,
            recordSeconds = _recording is not null ? Math.Round(Ticks.ToSeconds(d.Tick), 1) : 0,
            replaying = _replay is { } r ? new { take = r.TakeId, seconds = Math.Round(Ticks.ToSeconds(r.Player.Session.Tick), 1), of = Math.Round(r.Seconds, 1) } : null,
        };
        // Anonymous types compare by value: publish only when something the HUD shows changed.
        if (!hud.Equals(_lastHud))
        {
            _lastHud = hud;
            _host.Publish(hud);
        }
    }

    private void Reply(uint seq, bool ok, string text, string? suggestion = null) =>
        _host.Publish(new { t = "reply", seq, ok, text, suggestion });

    private static uint Micros(double ms) => (uint)Math.Clamp(ms * 1000.0, 0, uint.MaxValue);

    private sealed record Recording(TakeStart Start)
    {
        public List<TakeCommand> Commands { get; } = [];
    }

    private sealed record Replay(string TakeId, TakePlayer Player, double Seconds);
}
