using System.Globalization;
using System.Numerics;
using Nacre.Core;
using Nacre.Language.Directing;
using Nacre.WorldGen;

namespace Nacre.Simulation.Directing;

/// <summary>
/// A directed session on the fixed 60 Hz tick: a camera rig, the atmosphere, the story (edits and actors) and the
/// current subject. <see cref="Execute(string)"/> parses a line and submits it; the command takes effect on the next
/// <see cref="Step"/>. Deterministic: the same world, start and commands on the same ticks give the same snapshots,
/// bit for bit. Not thread-safe: drive one session from one thread.
/// </summary>
public sealed partial class DirectorSession
{
    private readonly DirectorWorld _world;
    private readonly SubjectResolver _resolver;
    private readonly Dictionary<string, (CameraPose Pose, Lens Lens)> _savedCameras = new(StringComparer.Ordinal);
    private readonly List<LightingKey> _lightingKeys = [];
    private int _serial;
    private (CameraPose Camera, Lens Lens, float Hours, float Intensity, float? Sun) _previous;

    // Further in one tick than any camera move goes (120 m/s, 1200°/s): the camera cut, and frames are not blended across it.
    private const float CutDistance = 2f;
    private const float CutAngle = 0.35f;

    /// <param name="world">The generated world (chunks from the pure generator).</param>
    /// <param name="seed">World seed: where placed things stand and when ambient events happen derive from it.</param>
    /// <param name="start">Starting camera pose (e.g. the generator's spawn point at eye height).</param>
    /// <param name="atmosphere">Starting light and weather (the world's own, or its kept lighting key).</param>
    /// <param name="mood">Event density: how often ambient events happen.</param>
    /// <param name="aspect">Output width / height, for framing shots (16 / 9 for 480p and 720p).</param>
    /// <param name="lens">Starting lens (default: <see cref="Lens.Default"/>).</param>
    public DirectorSession(DirectorWorld world, ulong seed, CameraPose start, AtmosphereState atmosphere, Mood mood = Mood.Normal, float aspect = 16f / 9f, Lens? lens = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        _world = world;
        Seed = seed;
        Aspect = aspect;
        Camera = new CameraRig(start, lens ?? Lens.Default);
        Atmosphere = atmosphere ?? throw new ArgumentNullException(nameof(atmosphere));
        Story = new StoryState(world, seed) { Mood = mood };
        _resolver = new SubjectResolver(world, Story.ObjectsNear);
    }

    /// <summary>A session on a spec's world from its spawn point, with its time, weather, tone and mood.</summary>
    public static DirectorSession ForWorld(WorldSpec spec, Func<ChunkCoord, ChunkData> generate, Vector3 spawnFeet, float spawnYaw, float aspect = 16f / 9f)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var world = new DirectorWorld(generate);
        var start = new CameraPose(spawnFeet + new Vector3(0f, ShotFraming.EyeHeight, 0f), spawnYaw, -0.05f);
        var atmosphere = new AtmosphereState(spec.Time.Hours, spec.Weather.Kind, spec.Weather.Intensity);
        return new DirectorSession(world, spec.Seed, start, atmosphere, spec.Mood, aspect) { Tone = spec.Tone };
    }

    public ulong Seed { get; }

    public float Aspect { get; }

    /// <summary>The last tick simulated (0 before the first <see cref="Step"/>).</summary>
    public long Tick { get; private set; }

    public CameraRig Camera { get; }

    public AtmosphereState Atmosphere { get; }

    /// <summary>The world's look ("moody", "cheerful"…): constant through a session, taken into every snapshot.</summary>
    public Tone Tone { get; set; } = Tone.Neutral;

    /// <summary>
    /// The world's main subject (the spawn's), ground point in world metres, or null: every snapshot carries the
    /// camera's distance to it (<see cref="FrameSnapshot.SubjectDistance"/>), so fog and snow keep it readable.
    /// </summary>
    public Vector3? SubjectPoint { get; set; }

    public StoryState Story { get; }

    public DirectorWorld World => _world;

    /// <summary>What "it" means now, and what shots without a subject frame.</summary>
    public ResolvedSubject? CurrentSubject { get; private set; }

    /// <summary>Light and weather the director kept ("… and keep it"), in order; the last one is the world's now.</summary>
    public IReadOnlyList<LightingKey> LightingKeys => _lightingKeys;

    /// <summary>Names of the saved cameras, sorted.</summary>
    public IReadOnlyList<string> SavedCameras => [.. _savedCameras.Keys.Order(StringComparer.Ordinal)];

    public CameraHud Hud
    {
        get
        {
            Lens lens = Camera.Lens;
            string angle = Camera.Angle == CameraAngle.Dutch
                ? string.Create(CultureInfo.InvariantCulture, $"dutch {Camera.Roll * 180f / MathF.PI:0}°")
                : Camera.Angle switch { CameraAngle.Low => "low", CameraAngle.High => "high", CameraAngle.Overhead => "overhead", _ => "eye level" };
            float height = Camera.Position.Y - _world.SurfaceHeight(Camera.Position.X, Camera.Position.Z);
            return new CameraHud(lens.FocalMm, SensorSizes.Name(SensorSizes.Nearest(lens.SensorWidthMm)),
                Camera.ShotSize is { } s ? ShotSizes.Abbreviation(s) : null, angle, height, lens.HorizontalFov * 180f / MathF.PI,
                CurrentSubject?.Name, Camera.IsMoving);
        }
    }

    /// <summary>Parses one command line and submits it. Never throws for bad input: the outcome says what was wrong.</summary>
    public CommandOutcome Execute(string line)
    {
        DirectorParseResult parsed = DirectorParser.Parse(line ?? "");
        return parsed.IsSuccess ? Submit(parsed.Command) : CommandOutcome.Refused(parsed.Error.Message, parsed.Error.Suggestion);
    }

    /// <summary>
    /// Submits a parsed command: subjects are resolved now (so an unknown one is refused at once, with candidates) and
    /// the change starts on the next tick.
    /// </summary>
    public CommandOutcome Submit(DirectorCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            string what = Apply(command, Tick + 1);
            _serial++;
            return new CommandOutcome(true, what, command);
        }
        catch (DirectingException e)
        {
            return CommandOutcome.Refused(e.Message);
        }
    }

    /// <summary>Advances one tick (1/60 s): actors, then the camera (a follow sees where its subject went), then the light.</summary>
    public void Step()
    {
        _previous = (Camera.Pose, Camera.Lens, Atmosphere.Hours, Atmosphere.WeatherIntensity, Atmosphere.SunAzimuth);
        Tick++;
        Vector3? followFrom = null, followTo = null;
        ResolvedSubject? followed = Camera.FollowId is { } fid && CurrentSubject is { } cs && cs.ObjectId == fid ? cs : null;
        if (followed is not null)
        {
            followFrom = PositionOf(followed);
        }
        Story.StepActors(Tick, Camera.Pose, s => s.Kind == SubjectKind.Camera ? Camera.Position : PositionOf(s));
        if (followed is not null)
        {
            followTo = PositionOf(followed);
            followFrom += new Vector3(0f, followed.HalfExtents.Y, 0f);
            followTo += new Vector3(0f, followed.HalfExtents.Y, 0f);
        }
        Camera.Step(Tick, _world.SurfaceHeight, followFrom, followTo);
        KeepCameraOutOfSolids();
        Atmosphere.Step(Tick);
    }

    /// <summary>
    /// A camera move never passes through a solid: at a building it stops at the wall (pushed out through the nearest
    /// face, sliding along it); over a car, truck or boulder it rises like a jib to clear its top. Trees and grass are
    /// left alone (a camera may brush foliage).
    /// </summary>
    private void KeepCameraOutOfSolids()
    {
        const float Margin = 0.4f;
        Vector3 p = Camera.Position;
        var flat = new Vector2(p.X, p.Z);
        foreach (PlacedObject o in Story.ObjectsNear(p, 24f))
        {
            if (!(SemanticLabels.IsBuilding(o.Label) || SemanticLabels.IsVehicle(o.Label) || o.Label == SemanticLabel.Boulder))
            {
                continue;
            }
            var box = new BoxCollider(o);
            if (p.Y > box.TopY + Margin || p.Y < box.BaseY - Margin)
            {
                continue;
            }
            if (SemanticLabels.IsBuilding(o.Label))
            {
                box.PushOut(ref flat, Margin); // stop at the wall, sliding along it
            }
            else
            {
                // A car or a boulder: rise over it like a jib.
                Vector2 probe = flat;
                if (box.PushOut(ref probe, Margin))
                {
                    p = p with { Y = box.TopY + Margin + 0.01f };
                }
            }
        }
        p = new Vector3(flat.X, p.Y, flat.Y);
        Camera.Position = p;
    }

    /// <summary>Steps until <see cref="Tick"/> reaches <paramref name="tick"/>.</summary>
    public void StepTo(long tick)
    {
        while (Tick < tick)
        {
            Step();
        }
    }

    /// <summary>The frame to draw now.</summary>
    public FrameSnapshot Snapshot() => new()
    {
        Tick = Tick,
        Camera = Camera.Pose,
        Lens = Camera.Lens,
        TimeOfDayHours = Atmosphere.Hours,
        Weather = Atmosphere.Weather,
        WeatherIntensity = Atmosphere.WeatherIntensity,
        SunAzimuth = Atmosphere.SunAzimuth,
        Tone = Tone,
        SubjectDistance = SubjectPoint is { } subject ? Vector3.Distance(Camera.Pose.Position, subject) : null,
        Wind = Atmosphere.Wind * Story.Wind(Tick),
        ExtraObjects = Story.ExtraObjects,
        HiddenObjectIds = Story.HiddenObjectIds,
    };

    /// <summary>
    /// The frame between the previous tick (<paramref name="alpha"/> 0) and this one (1): camera, lens, time of day,
    /// weather intensity and sun blended, so a 24 fps take moves evenly instead of juddering 2-3-2-3 ticks a frame.
    /// Objects are this tick's. Before the first step it is <see cref="Snapshot"/>.
    /// </summary>
    public FrameSnapshot Interpolated(float alpha)
    {
        FrameSnapshot now = Snapshot();
        if (alpha >= 1f || Tick == 0)
        {
            return now;
        }
        float t = Math.Clamp(alpha, 0f, 1f);
        (CameraPose pc, Lens pl, float ph, float pi, float? ps) = _previous;
        CameraPose c = now.Camera;
        if (IsCut(pc, c))
        {
            return now; // a cut: no frame halfway between two shots
        }
        float hoursStep = ((((now.TimeOfDayHours - ph) % 24f) + 36f) % 24f) - 12f; // shortest way round the clock
        var camera = new CameraPose(
            Vector3.Lerp(pc.Position, c.Position, t),
            pc.Yaw + (CameraRig.ShortestAngle(pc.Yaw, c.Yaw) * t),
            pc.Pitch + ((c.Pitch - pc.Pitch) * t),
            pc.Roll + ((c.Roll - pc.Roll) * t));
        return now with
        {
            Camera = camera,
            SubjectDistance = SubjectPoint is { } subject ? Vector3.Distance(camera.Position, subject) : null,
            Lens = new Lens(
                pl.FocalMm + ((now.Lens.FocalMm - pl.FocalMm) * t),
                pl.SensorWidthMm + ((now.Lens.SensorWidthMm - pl.SensorWidthMm) * t),
                pl.SensorHeightMm + ((now.Lens.SensorHeightMm - pl.SensorHeightMm) * t)),
            TimeOfDayHours = ((((ph + (hoursStep * t)) % 24f) + 24f) % 24f),
            WeatherIntensity = pi + ((now.WeatherIntensity - pi) * t),
            SunAzimuth = ps is { } a && now.SunAzimuth is { } b ? a + (CameraRig.ShortestAngle(a, b) * t) : now.SunAzimuth,
        };
    }

    /// <summary>
    /// True when the camera jumped from <paramref name="before"/> to <paramref name="after"/> farther or turned faster
    /// than any move goes in one tick: a cut, across which frames are neither blended nor motion-blurred.
    /// </summary>
    public static bool IsCut(CameraPose before, CameraPose after) =>
        Vector3.DistanceSquared(before.Position, after.Position) > CutDistance * CutDistance
        || MathF.Abs(CameraRig.ShortestAngle(before.Yaw, after.Yaw)) > CutAngle
        || MathF.Abs(after.Pitch - before.Pitch) > CutAngle;

    /// <summary>Re-applies a stored world edit (reopening a world); it is not logged again.</summary>
    public void ApplyStoredEdit(WorldEdit edit) => Story.Apply(edit);

    /// <summary>
    /// Carries a take's framing state over from the session it was recorded in: what "it" means, the shot size and
    /// angle the HUD shows, and the object being followed. Moves nothing.
    /// </summary>
    public void Continue(ResolvedSubject? subject, ShotSize? shot, CameraAngle angle, ulong? followId)
    {
        CurrentSubject = subject;
        Camera.ShotSize = shot;
        Camera.Angle = angle;
        Camera.FollowId = subject is not null && subject.ObjectId == followId ? followId : null;
    }

    /// <summary>Re-applies every edit of a world's log, in order (reopening a world); none is logged again.</summary>
    public void Restore(WorldLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        foreach (WorldEdit e in log.Edits)
        {
            Story.Apply(e);
        }
    }

    /// <summary>Where a subject is now: an object's current position (it may be an actor), else its point.</summary>
    public Vector3 PositionOf(ResolvedSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.Kind == SubjectKind.Object && subject.ObjectId != 0 && Story.Find(subject.ObjectId, subject.Base) is { } o)
        {
            return o.Position;
        }
        return subject.Base;
    }

    /// <summary>The subject re-read at its current position (actors move).</summary>
    private ResolvedSubject Current(ResolvedSubject s) => s with { Base = PositionOf(s) };
}
