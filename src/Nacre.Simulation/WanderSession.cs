using System.Collections.Frozen;
using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Simulation;

/// <summary>
/// A Wandering session: one walker in one generated world, advanced in fixed ticks of 1/60 s. Inputs are queued
/// stamped with the tick they apply to; <see cref="Step"/> applies the inputs due, moves the walker and publishes a
/// new <see cref="FrameSnapshot"/>. There is no clock: the same world, start and input events give the same
/// positions and snapshots, bit for bit, however fast or slow the ticks are driven. Not thread-safe: one thread
/// drives a session; the snapshots it publishes are immutable and may be handed to a render thread.
/// </summary>
public sealed class WanderSession
{
    private const ulong AvatarId = 0x6E61637265_57414Cul; // "nacre" "WAL": a fixed, recognisable id for the walker's body

    // Shared by every snapshot: nothing is hidden while wandering (and the snapshot allocates no set a tick).
    private static readonly FrozenSet<ulong> NoIds = FrozenSet<ulong>.Empty;

    private readonly Walker _walker;
    private readonly CollisionWorld _world;
    private readonly List<InputEvent> _pending = [];
    private WalkKey _held;
    private CameraPose _previousCamera;

    /// <param name="generate">The pure chunk generator the walker collides with (e.g. <c>WorldGenerator.Generate</c>).</param>
    /// <param name="spawn">Where the walker starts, world metres (x, z); the height is taken from the ground there.</param>
    /// <param name="yaw">Starting compass heading, radians (0 = north, −Z).</param>
    /// <param name="pitch">Starting view pitch, radians, up positive (0 = level); the studio passes the spawn's solved
    /// pitch (<see cref="StillCamera.Frame"/>) so the first frame is the still's. Clamped like mouse look.</param>
    /// <param name="settings">The body; <see cref="WalkerSettings.Default"/> when null.</param>
    /// <param name="prefetchChunks">Generate the chunks around the walker on the thread pool ahead of need (the
    /// generator must then be thread-safe, as a pure one is). Results are identical either way.</param>
    public WanderSession(Func<ChunkCoord, ChunkData> generate, Vector3 spawn, float yaw, float pitch = 0f, WalkerSettings? settings = null, bool prefetchChunks = true)
    {
        _world = new CollisionWorld(generate, prefetch: prefetchChunks);
        WalkerSettings s = settings ?? WalkerSettings.Default;
        float ground = _world.SupportHeight(spawn.X, spawn.Z, float.PositiveInfinity, 0f, out _);
        float water = _world.WaterSurface(spawn.X, spawn.Z);
        // Start standing on the ground, or floating if the spawn point is in deep water.
        float feetY = MathF.Max(MathF.Max(ground, spawn.Y), water - s.SwimDepth);
        _walker = new Walker(s, new Vector3(spawn.X, feetY, spawn.Z), yaw, pitch);
        Snapshot = BuildSnapshot();
        _previousCamera = Snapshot.Camera;
    }

    /// <summary>The tick the next <see cref="Step"/> simulates; the current snapshot shows the state before it.</summary>
    public long Tick { get; private set; }

    public Walker Walker => _walker;

    public CollisionWorld World => _world;

    /// <summary>Keys held now.</summary>
    public WalkKey HeldKeys => _held;

    public CameraMode CameraMode { get; set; } = CameraMode.FirstPerson;

    /// <summary>Lens of the walking camera.</summary>
    public Lens Lens { get; set; } = Lens.Default;

    /// <summary>Local solar time, hours [0, 24). Taken into every snapshot; directing may change it.</summary>
    public float TimeOfDayHours { get; set; } = TimeOfDaySpec.Default.Hours;

    public WeatherKind Weather { get; set; } = WeatherKind.Clear;

    /// <summary>Strength of <see cref="Weather"/>, 0 … 1.</summary>
    public float WeatherIntensity { get; set; } = 0.5f;

    /// <summary>The world's look ("moody", "cheerful"…), taken into every snapshot.</summary>
    public Tone Tone { get; set; } = Tone.Neutral;

    /// <summary>
    /// The main subject's ground point, world metres, or null for none: every snapshot carries the camera's distance to
    /// it (<see cref="FrameSnapshot.SubjectDistance"/>), so fog and snow keep it readable.
    /// </summary>
    public Vector3? SubjectPoint { get; set; }

    /// <summary>The state after the last tick (or the start): immutable, safe to hand to a renderer.</summary>
    public FrameSnapshot Snapshot { get; private set; }

    /// <summary>Inputs queued for future ticks.</summary>
    public int PendingInputCount => _pending.Count;

    /// <summary>Takes the time of day, weather and tone of a world's spec, from the current snapshot on.</summary>
    public void UseSpecAtmosphere(WorldSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        TimeOfDayHours = spec.Time.Hours;
        Weather = spec.Weather.Kind;
        WeatherIntensity = spec.Weather.Intensity;
        Tone = spec.Tone;
        Snapshot = BuildSnapshot();
    }

    /// <summary>
    /// Queues an input for its tick. An event stamped for a tick already simulated (a late network input) applies
    /// at the next tick instead; events for the same tick apply in the order they were queued.
    /// </summary>
    public void Enqueue(InputEvent e)
    {
        if (e.Tick < Tick)
        {
            e = e with { Tick = Tick };
        }
        // Inputs nearly always arrive in tick order: insert after the last event with a tick ≤ this one.
        int i = _pending.Count;
        while (i > 0 && _pending[i - 1].Tick > e.Tick)
        {
            i--;
        }
        _pending.Insert(i, e);
    }

    public void Enqueue(IEnumerable<InputEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (InputEvent e in events)
        {
            Enqueue(e);
        }
    }

    /// <summary>Simulates one tick: applies the inputs stamped for it, moves the walker, publishes a snapshot.</summary>
    public FrameSnapshot Step()
    {
        int applied = 0;
        while (applied < _pending.Count && _pending[applied].Tick <= Tick)
        {
            Apply(_pending[applied]);
            applied++;
        }
        _pending.RemoveRange(0, applied);

        _world.PrefetchAround(_walker.Feet.X, _walker.Feet.Z);
        _walker.Step(_held, _world);
        Tick++;
        _previousCamera = Snapshot.Camera;
        Snapshot = BuildSnapshot();
        return Snapshot;
    }

    /// <summary>Steps until <see cref="Tick"/> reaches <paramref name="tick"/>; returns the last snapshot.</summary>
    public FrameSnapshot StepTo(long tick)
    {
        while (Tick < tick)
        {
            Step();
        }
        return Snapshot;
    }

    /// <summary>
    /// The current snapshot with the camera moved back towards the previous tick's by 1 − <paramref name="alpha"/>:
    /// a frame between two ticks (alpha 0 = the previous tick, 1 = this one), for frame rates that are not a divisor
    /// of 60 (24 fps) so motion stays even.
    /// </summary>
    public FrameSnapshot Interpolated(float alpha)
    {
        if (alpha >= 1f)
        {
            return Snapshot;
        }
        alpha = Math.Clamp(alpha, 0f, 1f);
        CameraPose a = _previousCamera;
        CameraPose b = Snapshot.Camera;
        float yawStep = b.Yaw - a.Yaw;
        if (yawStep > MathF.PI)
        {
            yawStep -= 2f * MathF.PI;
        }
        else if (yawStep < -MathF.PI)
        {
            yawStep += 2f * MathF.PI;
        }
        var camera = new CameraPose(
            Vector3.Lerp(a.Position, b.Position, alpha),
            a.Yaw + (yawStep * alpha),
            a.Pitch + ((b.Pitch - a.Pitch) * alpha),
            a.Roll + ((b.Roll - a.Roll) * alpha));
        return Snapshot with { Camera = camera };
    }

    private void Apply(in InputEvent e)
    {
        switch (e.Kind)
        {
            case InputEventKind.KeyDown:
                if ((e.Key & WalkKey.Jump) != 0 && (_held & WalkKey.Jump) == 0)
                {
                    _walker.RequestJump();
                }
                _held |= e.Key;
                break;
            case InputEventKind.KeyUp:
                _held &= ~e.Key;
                break;
            case InputEventKind.Look:
                _walker.Look(e.YawDelta, e.PitchDelta);
                break;
            case InputEventKind.SetCamera:
                CameraMode = e.Camera;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.Kind, "unknown input event kind");
        }
    }

    private FrameSnapshot BuildSnapshot()
    {
        WalkerSettings s = _walker.Settings;
        CameraPose camera;
        PlacedObject? avatar = null;
        if (CameraMode == CameraMode.ThirdPerson)
        {
            Vector3 head = _walker.Feet + new Vector3(0f, s.EyeHeight, 0f);
            var look = new CameraPose(head, _walker.Yaw, _walker.Pitch);
            Vector3 eye = head - (look.Forward * s.ThirdPersonDistance) + new Vector3(0f, s.ThirdPersonHeight, 0f);
            // A wall, trunk or roof between the head and the camera pulls the camera in along its boom, so it never
            // films from inside a building.
            const int Samples = 12;
            float clear = _world.ClearFraction(head, eye, Samples);
            if (clear < 1f)
            {
                // Half a sample short of the first blocked point.
                eye = Vector3.Lerp(head, eye, MathF.Max(0f, clear - (1.5f / Samples)));
            }
            // Keep the camera out of the ground when looking up from below a rise behind the walker.
            float floor = _world.TerrainHeight(eye.X, eye.Z) + 0.3f;
            if (eye.Y < floor)
            {
                eye.Y = floor;
            }
            // Aim at the head from wherever the camera ended up.
            Vector3 toHead = head - eye;
            float pitch = MathF.Atan2(toHead.Y, MathF.Sqrt((toHead.X * toHead.X) + (toHead.Z * toHead.Z)));
            camera = new CameraPose(eye, _walker.Yaw, pitch);
            avatar = new PlacedObject(
                AvatarId,
                SemanticLabel.Person,
                _walker.Feet,
                _walker.Yaw,
                1f,
                new Rgb(200, 90, 60),
                new Vector3(s.Radius, s.BodyHeight / 2f, s.Radius),
                0,
                MaterialKind.Unspecified);
        }
        else
        {
            camera = new CameraPose(_walker.Eye, _walker.Yaw, _walker.Pitch);
        }
        return new FrameSnapshot
        {
            Tick = Tick,
            Camera = camera,
            Lens = Lens,
            TimeOfDayHours = TimeOfDayHours,
            Weather = Weather,
            WeatherIntensity = WeatherIntensity,
            Tone = Tone,
            SubjectDistance = SubjectPoint is { } subject ? Vector3.Distance(camera.Position, subject) : null,
            Avatar = avatar,
            HiddenObjectIds = NoIds,
        };
    }
}
