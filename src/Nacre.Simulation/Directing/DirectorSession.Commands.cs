using System.Globalization;
using System.Numerics;
using Nacre.Core;
using Nacre.Language.Directing;
using Nacre.WorldGen;

namespace Nacre.Simulation.Directing;

// Carrying out each kind of command. Every method resolves what it needs now and schedules its change from `tick`.
public sealed partial class DirectorSession
{
    private const float Deg = MathF.PI / 180f;

    private string Apply(DirectorCommand command, long tick) => command switch
    {
        CameraMoveCommand c => Move(c, tick),
        OrbitCommand c => Orbit(c, tick),
        LensCommand c => Focal(c.FocalMm, c.Motion, tick),
        ZoomCommand c => Focal(Camera.FocalMm * c.Factor, c.Motion, tick),
        SensorCommand c => Sensor(c),
        ShotCommand c => Shot(c, tick),
        AngleCommand c => Angle(c, tick),
        LookAtCommand c => LookAt(c, tick),
        FollowCommand c => Follow(c),
        GoToCommand c => GoTo(c, tick),
        SaveCameraCommand c => SaveCamera(c),
        CutToCameraCommand c => CutToCamera(c, tick),
        HoldCommand => HoldCamera(),
        TimeOfDayCommand c => TimeOfDay(c, tick),
        SunDirectionCommand c => Sun(c, tick),
        WeatherCommand c => Weather(c, tick),
        WindCommand c => Wind(c, tick),
        KeepCommand => Keep(tick, Atmosphere.Hours, Atmosphere.Weather, Atmosphere.WeatherIntensity, Atmosphere.SunAzimuth),
        MoodCommand c => SetMood(c),
        SpawnCommand c => Spawn(c, tick),
        MoveObjectCommand c => MoveObjects(c, tick),
        RemoveCommand c => Remove(c, tick),
        RecolorCommand c => Recolour(c, tick),
        BehaviourCommand c => Behave(c, tick),
        _ => throw new DirectingException($"'{command.Source}' cannot be carried out here"),
    };

    private ResolvedSubject Resolve(SubjectQuery query) => _resolver.Resolve(query, Camera.Pose, CurrentSubject is { } c ? Current(c) : null);

    private ResolvedSubject SubjectOrCurrent(SubjectQuery? query, string example) =>
        query is not null ? Resolve(query)
        : CurrentSubject is { } c ? Current(c)
        : throw new DirectingException($"no subject yet: name one, e.g. '{example}'");

    private string Move(CameraMoveCommand c, long tick)
    {
        float a = c.Amount;
        Vector3 flatForward = Vector3.Normalize(new Vector3(MathF.Sin(Camera.Yaw), 0f, -MathF.Cos(Camera.Yaw)));
        Vector3 right = new(MathF.Cos(Camera.Yaw), 0f, MathF.Sin(Camera.Yaw));
        switch (c.Kind)
        {
            case CameraMoveKind.Pan:
                Camera.Add(new DeltaMotion(tick, c.Motion, Vector3.Zero, yaw: a * Deg));
                return F($"pan {(a < 0 ? "left" : "right")} {MathF.Abs(a):0}° over {c.Motion.Seconds:0.#} s");
            case CameraMoveKind.Tilt:
                Camera.Add(new DeltaMotion(tick, c.Motion, Vector3.Zero, pitch: a * Deg));
                return F($"tilt {(a < 0 ? "down" : "up")} {MathF.Abs(a):0}° over {c.Motion.Seconds:0.#} s");
            case CameraMoveKind.Roll:
                Camera.Add(new DeltaMotion(tick, c.Motion, Vector3.Zero, roll: a * Deg));
                return F($"roll {MathF.Abs(a):0}° {(a < 0 ? "left" : "right")}");
            case CameraMoveKind.Dolly when c.Toward is not null:
            {
                ResolvedSubject s = Resolve(c.Toward);
                CurrentSubject = s;
                Vector3 target = s.Centre;
                Vector3 to = target - Camera.Position;
                float room = to.Length() - (MathF.Max(s.HalfExtents.X, s.HalfExtents.Z) + 1.5f);
                float travel = Math.Clamp(a, -1000f, MathF.Max(room, 0f));
                (float yaw, float pitch) = CameraRig.AimAngles(Camera.Position, target);
                Camera.Add(new DeltaMotion(tick, c.Motion, Vector3.Normalize(to) * travel, CameraRig.ShortestAngle(Camera.Yaw, yaw), pitch - Camera.Pitch));
                return F($"push in {travel:0.#} m on {s.Name}");
            }
            case CameraMoveKind.Dolly:
                Camera.Add(new DeltaMotion(tick, c.Motion, flatForward * a));
                return F($"dolly {(a < 0 ? "out" : "in")} {MathF.Abs(a):0.#} m over {c.Motion.Seconds:0.#} s");
            case CameraMoveKind.Truck:
                Camera.Add(new DeltaMotion(tick, c.Motion, right * a));
                return F($"truck {(a < 0 ? "left" : "right")} {MathF.Abs(a):0.#} m");
            case CameraMoveKind.Pedestal:
                Camera.Add(new DeltaMotion(tick, c.Motion, new Vector3(0f, a, 0f)));
                return F($"pedestal {(a < 0 ? "down" : "up")} {MathF.Abs(a):0.#} m");
            default:
            {
                Vector3 aim = c.Toward is not null ? Resolve(c.Toward).Centre
                    : CurrentSubject is { } cur && InView(Current(cur).Centre) ? Current(cur).Centre
                    : Camera.Position + (Camera.Pose.Forward * 15f);
                Camera.Add(new CraneMotion(tick, c.Motion, a, aim));
                return F($"crane {(a < 0 ? "down" : "up")} {MathF.Abs(a):0.#} m");
            }
        }
    }

    private bool InView(Vector3 p)
    {
        Vector3 d = p - Camera.Position;
        return d.LengthSquared() > 0.01f && Vector3.Dot(Vector3.Normalize(d), Camera.Pose.Forward) > MathF.Cos(Camera.Lens.HorizontalFov * 0.6f);
    }

    private string Orbit(OrbitCommand c, long tick)
    {
        ResolvedSubject s = SubjectOrCurrent(c.Subject, "orbit around the lighthouse");
        CurrentSubject = s;
        // Centre the subject first (over the first quarter, at most 1.5 s), then circle it keeping it centred.
        (float yaw, float pitch) = CameraRig.AimAngles(Camera.Position, Current(s).Centre);
        var settle = new Motion(MathF.Min(1.5f, MathF.Max(c.Motion.Seconds / 4f, Ticks.Seconds)), Easing.EaseInOut);
        Camera.Add(new DeltaMotion(tick, settle, Vector3.Zero, CameraRig.ShortestAngle(Camera.Yaw, yaw), pitch - Camera.Pitch));
        Camera.Add(new OrbitMotion(tick, c.Motion, () => PositionOf(s), c.Degrees));
        return F($"orbit {MathF.Abs(c.Degrees):0}° {(c.Degrees < 0 ? "left" : "right")} around {s.Name} over {c.Motion.Seconds:0.#} s");
    }

    private string Focal(float targetMm, Motion motion, long tick)
    {
        targetMm = Math.Clamp(targetMm, LensCommand.MinFocalMm, LensCommand.MaxFocalMm);
        Camera.Add(new DeltaMotion(tick, motion, Vector3.Zero, logFocal: MathF.Log(targetMm / Camera.FocalMm)));
        return F($"{targetMm:0} mm lens");
    }

    private string Sensor(SensorCommand c)
    {
        (float w, float h) = SensorSizes.Of(c.Preset);
        Camera.SensorWidthMm = w;
        Camera.SensorHeightMm = h;
        return $"{SensorSizes.Name(c.Preset)} sensor";
    }

    private string Shot(ShotCommand c, long tick)
    {
        ResolvedSubject s = SubjectOrCurrent(c.Subject, $"{ShotSizes.Name(c.Size)} of the cabin");
        CameraAngle angle = c.Angle ?? (Camera.Angle == CameraAngle.Dutch ? CameraAngle.EyeLevel : Camera.Angle);
        CameraPose target = Frame(Current(s), c.Size, angle, null, c.Angle == CameraAngle.Dutch ? null : Camera.Roll);
        MoveTo(target, c.Motion, tick);
        Camera.ShotSize = c.Size;
        Camera.Angle = c.Angle ?? angle;
        if (Camera.FollowId != s.ObjectId)
        {
            Camera.FollowId = null;
        }
        CurrentSubject = s;
        return F($"{ShotSizes.Name(c.Size)} of {s.Name} ({ShotSizes.Abbreviation(c.Size)}, {Vector3.Distance(target.Position, Current(s).Centre):0.#} m)");
    }

    private CameraPose Frame(ResolvedSubject s, ShotSize size, CameraAngle angle, float? dutch, float? roll) =>
        ShotFraming.Frame(s, size, angle, dutch, Camera.Pose, Camera.Lens, Aspect, _world,
            Story.ObjectsNear(s.Base, 120f), roll ?? 0f);

    /// <summary>Moves to a pose: a cut replaces every running move; a timed move adds the difference (the short way round).</summary>
    private void MoveTo(CameraPose target, Motion motion, long tick)
    {
        if (motion.IsCut)
        {
            Camera.Hold();
        }
        Camera.Add(new DeltaMotion(tick, motion, target.Position - Camera.Position,
            CameraRig.ShortestAngle(Camera.Yaw, target.Yaw), target.Pitch - Camera.Pitch, target.Roll - Camera.Roll));
    }

    private string Angle(AngleCommand c, long tick)
    {
        if (c.Angle == CameraAngle.Dutch)
        {
            float roll = (c.Degrees ?? 15f) * Deg;
            Camera.Add(new DeltaMotion(tick, c.Motion, Vector3.Zero, roll: roll - Camera.Roll));
            Camera.Angle = roll == 0f ? CameraAngle.EyeLevel : CameraAngle.Dutch;
            return roll == 0f ? "level horizon" : F($"dutch angle {c.Degrees ?? 15f:0}°");
        }
        ResolvedSubject s = c.Subject is not null || CurrentSubject is not null
            ? SubjectOrCurrent(c.Subject, "low angle on the cabin")
            : PointAhead();
        CurrentSubject = s.Kind == SubjectKind.Camera ? CurrentSubject : s;
        CameraPose target = Frame(Current(s), Camera.ShotSize ?? ShotSize.Wide, c.Angle, null, Camera.Roll);
        MoveTo(target, c.Motion, tick);
        Camera.Angle = c.Angle;
        return $"{c.Angle} angle on {s.Name}";
    }

    /// <summary>A stand-in subject on the ground 10 m ahead, for an angle when nothing is framed yet.</summary>
    private ResolvedSubject PointAhead()
    {
        Vector3 p = Camera.Position + (Vector3.Normalize(new Vector3(MathF.Sin(Camera.Yaw), 0f, -MathF.Cos(Camera.Yaw))) * 10f);
        p.Y = _world.SurfaceHeight(p.X, p.Z);
        return new ResolvedSubject("the view", p, new Vector3(1.5f, 0.85f, 1.5f), Camera.Yaw, 0, SemanticLabel.None, SubjectKind.Camera);
    }

    private string LookAt(LookAtCommand c, long tick)
    {
        ResolvedSubject s = Resolve(c.Subject);
        CurrentSubject = s;
        (float yaw, float pitch) = CameraRig.AimAngles(Camera.Position, Current(s).Centre);
        Camera.Add(new DeltaMotion(tick, c.Motion, Vector3.Zero, CameraRig.ShortestAngle(Camera.Yaw, yaw), pitch - Camera.Pitch));
        return F($"look at {s.Name} ({Vector3.Distance(Camera.Position, s.Centre):0} m away)");
    }

    private string Follow(FollowCommand c)
    {
        ResolvedSubject s = Resolve(c.Subject);
        if (s.Kind != SubjectKind.Object)
        {
            throw new DirectingException($"{s.Name} does not move: follow a character or vehicle, e.g. 'follow the deer'");
        }
        CurrentSubject = s;
        Camera.FollowId = s.ObjectId;
        return $"follow {s.Name}";
    }

    private string GoTo(GoToCommand c, long tick)
    {
        ResolvedSubject s = Resolve(c.Landmark);
        CurrentSubject = s;
        CameraPose target;
        if (s.Kind == SubjectKind.Object)
        {
            target = Frame(Current(s), ShotSize.Wide, CameraAngle.EyeLevel, null, 0f);
            Camera.ShotSize = ShotSize.Wide;
        }
        else
        {
            // Stand on dry ground on the near side of the place, looking at it.
            var toCam = new Vector2(Camera.Position.X - s.Base.X, Camera.Position.Z - s.Base.Z);
            toCam = toCam.LengthSquared() < 0.01f ? new Vector2(0f, 1f) : Vector2.Normalize(toCam);
            float back = s.Label == SemanticLabel.Water ? 10f : 15f;
            Vector2 p = new Vector2(s.Base.X, s.Base.Z) + (toCam * back);
            for (int i = 0; i < 40 && _world.IsWater(p.X, p.Y); i++)
            {
                p += toCam * 2f;
            }
            var eye = new Vector3(p.X, _world.SurfaceHeight(p.X, p.Y) + ShotFraming.EyeHeight, p.Y);
            Vector3 look = s.Label == SemanticLabel.Water ? s.Base - (new Vector3(toCam.X, 0f, toCam.Y) * 20f) : s.Centre;
            (float yaw, float pitch) = CameraRig.AimAngles(eye, look);
            target = new CameraPose(eye, yaw, MathF.Max(pitch, -0.35f), 0f);
        }
        MoveTo(target, c.Motion, tick);
        Camera.FollowId = null;
        return F($"go to {s.Name} ({Vector3.Distance(Camera.Position, target.Position):0} m)");
    }

    private string SaveCamera(SaveCameraCommand c)
    {
        _savedCameras[c.Name] = (Camera.Pose, Camera.Lens);
        return $"saved camera {c.Name}";
    }

    private string CutToCamera(CutToCameraCommand c, long tick)
    {
        if (!_savedCameras.TryGetValue(c.Name, out var saved))
        {
            throw new DirectingException(_savedCameras.Count == 0
                ? $"no saved camera '{c.Name}': save one first with 'save camera as {c.Name}'"
                : $"no saved camera '{c.Name}' — saved: {string.Join(", ", SavedCameras)}");
        }
        MoveTo(saved.Pose, c.Motion, tick);
        Camera.Add(new DeltaMotion(tick, c.Motion, Vector3.Zero, logFocal: MathF.Log(saved.Lens.FocalMm / Camera.FocalMm)));
        Camera.SensorWidthMm = saved.Lens.SensorWidthMm;
        Camera.SensorHeightMm = saved.Lens.SensorHeightMm;
        Camera.FollowId = null;
        return $"camera {c.Name}";
    }

    private string HoldCamera()
    {
        Camera.Hold();
        return "hold";
    }

    private string TimeOfDay(TimeOfDayCommand c, long tick)
    {
        Atmosphere.SetTime(tick, c.Hours, c.Motion);
        if (c.Keep)
        {
            Keep(tick, c.Hours, Atmosphere.Weather, Atmosphere.WeatherIntensity, Atmosphere.SunAzimuth);
        }
        return F($"time {c.Name} over {c.Motion.Seconds:0.#} s{(c.Keep ? ", kept" : "")}");
    }

    private string Sun(SunDirectionCommand c, long tick)
    {
        float azimuth = c.CompassDegrees is { } deg ? deg * Deg : c.Relative switch
        {
            SunRelative.BehindCamera => Camera.Yaw + MathF.PI,
            SunRelative.BehindSubject => Camera.Yaw,
            SunRelative.Left => Camera.Yaw - (MathF.PI / 2f),
            _ => Camera.Yaw + (MathF.PI / 2f),
        };
        Atmosphere.SetSun(tick, azimuth, c.Motion);
        if (c.Keep)
        {
            Keep(tick, Atmosphere.Hours, Atmosphere.Weather, Atmosphere.WeatherIntensity, azimuth);
        }
        return F($"sun from {((azimuth / Deg % 360f) + 360f) % 360f:0}°");
    }

    private string Weather(WeatherCommand c, long tick)
    {
        Atmosphere.SetWeather(tick, c.Kind, c.Intensity, c.Motion);
        if (c.Keep)
        {
            Keep(tick, Atmosphere.Hours, c.Kind, c.Intensity, Atmosphere.SunAzimuth);
        }
        return F($"{c.Kind.ToString().ToLowerInvariant()} {c.Intensity:0.##} over {c.Motion.Seconds:0.#} s{(c.Keep ? ", kept" : "")}");
    }

    private string Wind(WindCommand c, long tick)
    {
        if (c.Gust)
        {
            Story.AddGust(tick, Math.Max(1L, (long)MathF.Round(c.Motion.Seconds * Ticks.PerSecond)), c.Strength);
            return F($"a gust of wind over {c.Motion.Seconds:0.#} s");
        }
        Atmosphere.SetWind(tick, c.Strength, c.Motion);
        return F($"wind {c.Strength:0.#} over {c.Motion.Seconds:0.#} s (1 is a breeze)");
    }

    private string Keep(long tick, float hours, WeatherKind weather, float intensity, float? sun)
    {
        _lightingKeys.Add(new LightingKey(tick, hours, weather, intensity, sun));
        return "kept this light and weather for the world";
    }

    private string SetMood(MoodCommand c)
    {
        Story.Mood = c.Mood;
        return $"mood {c.Mood.ToString().ToLowerInvariant()}";
    }

    private string Spawn(SpawnCommand c, long tick)
    {
        ResolvedSubject anchor = c.Where.Anchor.Reference == SubjectReference.Camera
            ? new ResolvedSubject("the camera", Camera.Position, Vector3.One, Camera.Yaw, 0, SemanticLabel.None, SubjectKind.Camera)
            : Resolve(c.Where.Anchor);
        ResolvedSubject? target = c.Behaviour?.Target is { } t ? ResolveTarget(t) : null;
        IReadOnlyList<PlacedObject> placed = Story.Spawn(tick, _serial, c, anchor, Camera.Pose);
        if (c.Behaviour is { } b)
        {
            foreach (PlacedObject o in placed)
            {
                Story.Behave(tick, o, b.Kind, target);
            }
        }
        PlacedObject first = placed[0];
        CurrentSubject = new ResolvedSubject($"the {c.Noun}", first.Position, ObjectBounds.HalfExtents(first), first.Yaw, first.Id, first.Label, SubjectKind.Object);
        string where = anchor.Kind == SubjectKind.Camera ? "in view" : F($"{Vector2.Distance(new(first.Position.X, first.Position.Z), new(anchor.Base.X, anchor.Base.Z)):0.#} m from {anchor.Name}");
        return F($"placed {c.Count} {c.Color?.Name}{(c.Color is null ? "" : " ")}{c.Noun}{(c.Count > 1 ? "s" : "")} {where}");
    }

    private ResolvedSubject? ResolveTarget(SubjectQuery q) =>
        q.Reference == SubjectReference.Camera
            ? new ResolvedSubject("the camera", Camera.Position, Vector3.One, Camera.Yaw, 0, SemanticLabel.None, SubjectKind.Camera)
            : Resolve(q);

    private IReadOnlyList<PlacedObject> ObjectsFor(SubjectQuery q, string verb)
    {
        if (q.Reference == SubjectReference.Camera)
        {
            throw new DirectingException($"cannot {verb} the camera: name an object");
        }
        var list = new List<PlacedObject>();
        foreach (ResolvedSubject s in _resolver.ResolveAll(q, Camera.Pose, CurrentSubject is { } c ? Current(c) : null))
        {
            if (s.Kind != SubjectKind.Object || Story.Find(s.ObjectId, s.Base) is not { } o)
            {
                throw new DirectingException($"{s.Name} is not an object: only objects and characters can be changed");
            }
            list.Add(o);
        }
        return list;
    }

    private string MoveObjects(MoveObjectCommand c, long tick)
    {
        IReadOnlyList<PlacedObject> objects = ObjectsFor(c.Subject, "move");
        ResolvedSubject anchor = c.Where.Anchor.Reference == SubjectReference.Camera
            ? new ResolvedSubject("the camera", Camera.Position, Vector3.One, Camera.Yaw, 0, SemanticLabel.None, SubjectKind.Camera)
            : Resolve(c.Where.Anchor);
        PlacedObject last = default;
        foreach (PlacedObject o in objects)
        {
            last = Story.Move(tick, o, c.Where.Relation, anchor, Camera.Pose);
        }
        CurrentSubject = new ResolvedSubject(c.Subject.Noun.Length > 0 ? $"the {c.Subject.Noun}" : "it", last.Position, ObjectBounds.HalfExtents(last), last.Yaw, last.Id, last.Label, SubjectKind.Object);
        return $"moved {objects.Count} to {anchor.Name}";
    }

    private string Remove(RemoveCommand c, long tick)
    {
        IReadOnlyList<PlacedObject> objects = ObjectsFor(c.Subject, "remove");
        foreach (PlacedObject o in objects)
        {
            Story.Remove(tick, o.Id);
            if (CurrentSubject?.ObjectId == o.Id)
            {
                CurrentSubject = null;
            }
            if (Camera.FollowId == o.Id)
            {
                Camera.FollowId = null;
            }
        }
        return objects.Count == 1 ? $"removed {c.Subject.Text}" : $"removed {objects.Count} {c.Subject.Noun}s";
    }

    private string Recolour(RecolorCommand c, long tick)
    {
        IReadOnlyList<PlacedObject> objects = ObjectsFor(c.Subject, "recolour");
        foreach (PlacedObject o in objects)
        {
            Story.Recolour(tick, o, c.Color.Rgb);
        }
        return $"painted {objects.Count} {c.Color.Name}";
    }

    private string Behave(BehaviourCommand c, long tick)
    {
        IReadOnlyList<PlacedObject> actors = ObjectsFor(c.Actor, "direct");
        ResolvedSubject? target = c.Behaviour.Target is { } t ? ResolveTarget(t)
            : c.Behaviour.Kind == BehaviourKind.FleeFrom ? ResolveTarget(SubjectQuery.Camera("the camera")) : null;
        if (c.Behaviour.Kind is BehaviourKind.WalkTo or BehaviourKind.RunTo or BehaviourKind.Follow && target is null)
        {
            throw new DirectingException($"{c.Behaviour.Kind} needs a target, e.g. 'the deer walk to the lake'");
        }
        foreach (PlacedObject o in actors)
        {
            Story.Behave(tick, o, c.Behaviour.Kind, target);
        }
        PlacedObject first = actors[0];
        CurrentSubject = new ResolvedSubject(c.Actor.Noun.Length > 0 ? $"the {c.Actor.Noun}" : "it", first.Position, ObjectBounds.HalfExtents(first), first.Yaw, first.Id, first.Label, SubjectKind.Object);
        return $"{actors.Count} {(actors.Count == 1 ? "acts" : "act")}: {c.Behaviour}";
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
