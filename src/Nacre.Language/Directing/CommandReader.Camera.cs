using System.Globalization;

namespace Nacre.Language.Directing;

// Camera rules: saved cameras, sensor, lens and zoom, orbit, hold, moves, look at, follow, go to.
internal sealed partial class CommandReader
{
    private const float DefaultPanDegrees = 30f, DefaultTiltDegrees = 15f, DefaultRollDegrees = 15f;
    private const float DefaultDollyMetres = 4f, DefaultTruckMetres = 3f, DefaultPedestalMetres = 2f, DefaultCraneMetres = 5f;
    private const float DefaultMoveSeconds = 2f, DefaultLookSeconds = 1.5f, DefaultGoToSeconds = 4f;
    private const float FullOrbitSeconds = 12f, DefaultZoomFactor = 1.5f;

    private const string CameraWords = "camera|cam|shot|position|view|angle|framing|pose|setup";

    private DirectorCommand? ReadSaveCamera()
    {
        if (AcceptAny("save", "store", "remember", "bookmark", "mark", "name") is null)
        {
            return null;
        }
        bool said = Accept("the|this|that|current|it") | Accept("current");
        said |= Accept(CameraWords);
        Accept("position|setup");
        said |= Accept("as|to|called|named|under");
        Accept("camera|cam");
        if (!said && !(Peek() is { } n && IsCameraName(n) && _i + 1 == _t.Count))
        {
            return null;
        }
        string? name = Peek();
        if (name is null || !IsCameraName(name) || _i + 1 != _t.Count)
        {
            throw new DirectingSyntaxException("name the camera with one word of letters or digits (up to 16), e.g. 'save camera as A'", "save camera as A");
        }
        _i++;
        return new SaveCameraCommand(name.ToUpperInvariant());
    }

    private DirectorCommand? ReadCutToCamera()
    {
        bool cut = AcceptAny("cut back to", "cut to", "go back to", "back to", "return to", "switch back to", "switch to", "jump to", "jump back to", "restore", "recall", "load") is not null;
        if (!cut)
        {
            return null;
        }
        bool keyword = Accept("camera|cam|saved camera|saved shot|shot|angle|setup|position");
        if (Peek() is { } name && IsCameraName(name) && _i + 1 == _t.Count && (keyword || !IsContentWord(name) && !IsShotWord(name)))
        {
            _i++;
            return new CutToCameraCommand(name.ToUpperInvariant(), MotionFor(DefaultMoveSeconds, cutByDefault: true));
        }
        if (keyword && Peek(-1) is "camera" or "cam")
        {
            throw new DirectingSyntaxException("say which saved camera, e.g. 'cut to camera A' (save one first with 'save camera as A')", "cut to camera A");
        }
        return null;
    }

    private static bool IsCameraName(string token) =>
        token.Length is > 0 and <= 16 && token.All(char.IsAsciiLetterOrDigit)
        && token is not ("the" or "it" or "this" or "that" or "me" or "us" or "here" or "there");

    private static bool IsShotWord(string token) => token is "wide" or "close" or "medium" or "full" or "establishing" or "low"
        or "high" or "overhead" or "dutch" or "eye" or "black" or "closeup" or "cu" or "ecu" or "mcu" or "ms" or "ws" or "ls"
        or "ews" or "fs" or "mws" or "master" or "tight" or "aerial" or "night" or "day";

    private DirectorCommand? ReadSensor()
    {
        AcceptAny("switch to", "change to", "use", "shoot on", "shoot in", "shoot with", "go to", "set the sensor to", "set sensor to", "change the sensor to", "sensor to");
        Accept("the|a|an");
        bool sensorWord = Accept("sensor|gate|format");
        Accept("to|:");
        SensorPreset? preset = AcceptAny("full frame", "fullframe", "ff") is not null ? SensorPreset.FullFrame
            : AcceptAny("super 35", "super35", "s35") is not null ? SensorPreset.Super35
            : AcceptAny("super 16", "super16", "s16") is not null ? SensorPreset.Super16
            : AcceptAny("alexa mini", "alexa") is not null ? SensorPreset.AlexaMini
            : null;
        if (preset is null)
        {
            if (sensorWord || Is("super"))
            {
                throw new DirectingSyntaxException("unknown sensor: say full frame, Super 35, Super 16 or ALEXA Mini, e.g. 'switch to Super 16'", "switch to Super 16");
            }
            return null;
        }
        Accept("sensor|gate|format|camera|film");
        return new SensorCommand(preset.Value);
    }

    private DirectorCommand? ReadLens()
    {
        if (Accept("zoom"))
        {
            int dir = Accept("in|closer|tighter") ? 1 : Accept("out|back|wider") ? -1 : 0;
            if (Accept("to|into|onto|on to|at") || dir == 0)
            {
                Accept("a|an|the");
                if (AcceptFocal(bareNumber: true) is { } mm)
                {
                    return new LensCommand(mm, MotionFor(DefaultMoveSeconds));
                }
                throw new DirectingSyntaxException("say zoom in, zoom out, or zoom to a focal length, e.g. 'zoom to 85mm'", "zoom to 85mm");
            }
            float factor = MathF.Pow(DefaultZoomFactor, _magnitude is < 1f ? 0.45f : _magnitude > 1f ? 2.25f : 1f);
            if (AcceptNumber(out float x))
            {
                Accept("x|times");
                if (x <= 1f || x > 20f)
                {
                    throw new DirectingSyntaxException("a zoom factor is between 1 and 20, e.g. 'zoom in 2x'");
                }
                factor = x;
            }
            return new ZoomCommand(dir > 0 ? factor : 1f / factor, MotionFor(DefaultMoveSeconds));
        }
        _i = 0;
        if (AcceptAny("lens", "focal length", "set the lens to", "set lens to", "set the focal length to", "change the lens to", "change lens to") is not null)
        {
            Accept("to|of|:|=");
            Accept("a|an");
            if (AcceptFocal(bareNumber: true) is { } mm)
            {
                Accept("lens|prime");
                return new LensCommand(mm, MotionFor(DefaultMoveSeconds, cutByDefault: true));
            }
            throw new DirectingSyntaxException("give the focal length in millimetres, e.g. 'lens 50mm'", "lens 50mm");
        }
        _i = 0;
        AcceptAny("use", "switch to", "change to", "put on", "go to", "give me", "try", "swap to", "go with");
        Accept("a|an|the");
        int save = _i;
        if (AcceptFocal(bareNumber: false) is { } f)
        {
            Accept("lens|prime|glass");
            return new LensCommand(f, MotionFor(DefaultMoveSeconds, cutByDefault: true));
        }
        _i = save;
        float? named = AcceptAny("wide angle", "wide", "ultra wide") is not null ? 18f
            : Accept("normal|standard") ? 50f
            : AcceptAny("telephoto", "long", "tele") is not null ? 135f : null;
        if (named is { } n && Accept("lens"))
        {
            return new LensCommand(n, MotionFor(DefaultMoveSeconds, cutByDefault: true));
        }
        return null;
    }

    /// <summary>
    /// "85mm", "85 mm lens", "85 millimetres" — or a bare "85" when <paramref name="bareNumber"/> (after "lens", "zoom to").
    /// Millimetres, validated to the accepted range once it is clearly a focal length.
    /// </summary>
    private float? AcceptFocal(bool bareNumber)
    {
        int save = _i;
        if (!AcceptNumber(out float mm))
        {
            return null;
        }
        bool unit = AcceptAny("mm", "millimetre", "millimetres", "millimeter", "millimeters", "mil") is not null;
        if (!unit && (!bareNumber && !Is("lens|prime") || Is("degrees|m|metres|meters|s|seconds|percent")))
        {
            _i = save;
            return null;
        }
        if (mm < LensCommand.MinFocalMm || mm > LensCommand.MaxFocalMm)
        {
            throw new DirectingSyntaxException(
                $"a {mm.ToString("0.#", CultureInfo.InvariantCulture)} mm lens is outside {LensCommand.MinFocalMm:0}–{LensCommand.MaxFocalMm:0} mm: try a prime such as 18, 25, 32, 50, 75, 100 or 135 mm");
        }
        return mm;
    }

    private DirectorCommand? ReadOrbit()
    {
        bool arc = false;
        if (AcceptAny("orbit", "circle", "revolve", "go around", "go round", "move around", "fly around", "travel around") is null)
        {
            if (!Accept("arc"))
            {
                return null;
            }
            arc = true;
        }
        float sign = 1f;
        float? degrees = null;
        SubjectQuery? subject = null;
        while (!AtEnd)
        {
            if (AcceptAny("to the left", "left", "counterclockwise", "counter clockwise", "anticlockwise", "anti clockwise", "clockwise") is { } d)
            {
                sign = d is "clockwise" ? -1f : d.Contains("left", StringComparison.Ordinal) ? -1f : 1f;
                if (d is "counterclockwise" or "counter clockwise" or "anticlockwise" or "anti clockwise")
                {
                    sign = 1f;
                }
                continue;
            }
            if (AcceptAny("to the right", "right") is not null)
            {
                sign = 1f;
                continue;
            }
            if (AcceptDegrees() is { } deg)
            {
                degrees = deg;
                continue;
            }
            if (subject is null && (AcceptAny("around", "round", "about", "over") is not null || Is("the|it|them|this|that|a")))
            {
                subject = ParseSubject(allowQualifier: true);
                continue;
            }
            throw new DirectingSyntaxException($"did not understand '{string.Join(' ', _t.Skip(_i))}' after 'orbit': say e.g. 'orbit around the lighthouse', 'orbit left 90 degrees around the cabin'", "orbit around the lighthouse");
        }
        float total = degrees ?? (arc ? 90f : 360f);
        float seconds = MathF.Max(3f, FullOrbitSeconds * total / 360f);
        return new OrbitCommand(subject, sign * total, MotionFor(seconds, Easing.Linear));
    }

    private DirectorCommand? ReadHold()
    {
        if (AcceptAny("hold", "freeze", "stop", "stay", "wait", "pause", "halt") is null)
        {
            return null;
        }
        Accept("it|still|here|put|there|position|the shot|the camera|that|on this|this");
        AcceptAny("following", "tracking", "orbiting", "moving", "the move", "the camera", "camera", "all moves", "everything", "there");
        return AtEnd ? new HoldCommand() : null;
    }

    private DirectorCommand? ReadCameraMove()
    {
        string? verb = Peek();
        if (verb is null)
        {
            return null;
        }
        _i = 1;
        Accept("the camera|camera|cam|us|me");
        CameraMoveKind? kind = null;
        float sign = 0f;
        switch (verb)
        {
            case "pan" or "yaw" or "swing" or "turn" or "rotate":
                kind = CameraMoveKind.Pan;
                break;
            case "look":
                if (Is("up|down|upward|upwards|downward|downwards"))
                {
                    kind = CameraMoveKind.Tilt;
                }
                else if (Is("left|right"))
                {
                    kind = CameraMoveKind.Pan;
                }
                break;
            case "tilt":
                kind = CameraMoveKind.Tilt;
                break;
            case "roll":
                kind = CameraMoveKind.Roll;
                break;
            case "dolly" or "push" or "pull":
                kind = CameraMoveKind.Dolly;
                sign = verb == "push" ? 1f : verb == "pull" ? -1f : 0f;
                break;
            case "truck" or "crab" or "slide" or "strafe" or "sidestep":
                kind = CameraMoveKind.Truck;
                break;
            case "track":
                kind = Is("left|right") ? CameraMoveKind.Truck : Is("in|out|forward|back|backward|backwards|closer") ? CameraMoveKind.Dolly : null;
                break;
            case "pedestal" or "ped" or "boom" or "jib" or "elevator":
                kind = CameraMoveKind.Pedestal;
                break;
            case "raise" or "rise" or "ascend" or "lift" or "climb":
                kind = CameraMoveKind.Pedestal;
                sign = 1f;
                break;
            case "lower" or "descend" or "sink" or "drop":
                kind = CameraMoveKind.Pedestal;
                sign = -1f;
                if (verb == "drop" && !AtEnd && !Is("down|lower|by") && AcceptMetres() is null)
                {
                    return null; // "drop a crate here" is a story command
                }
                break;
            case "crane":
                kind = CameraMoveKind.Crane;
                break;
            case "back":
                Accept("up|off|away|out");
                kind = CameraMoveKind.Dolly;
                sign = -1f;
                break;
            case "move" or "go" or "get" or "come" or "step" or "walk" or "fly" or "creep" or "drift" or "ease":
                kind = Is("left|right") ? CameraMoveKind.Truck
                    : Is("up|down|higher|lower|upward|downward") ? CameraMoveKind.Pedestal
                    : Is("in|closer|nearer|forward|forwards|ahead|out|back|backward|backwards|away|further|farther|off") ? CameraMoveKind.Dolly
                    : null;
                break;
            case "closer":
                kind = CameraMoveKind.Dolly;
                sign = 1f;
                break;
        }
        if (kind is null)
        {
            _i = 0;
            return null;
        }
        return ReadMoveRest(kind.Value, sign, verb);
    }

    private DirectorCommand? ReadMoveRest(CameraMoveKind kind, float sign, string verb)
    {
        float? amount = null;
        SubjectQuery? toward = null;
        int start = _i;
        while (!AtEnd)
        {
            float s = DirectionSign(kind);
            if (s != 0f)
            {
                sign = s;
                continue;
            }
            float? a = kind is CameraMoveKind.Pan or CameraMoveKind.Tilt or CameraMoveKind.Roll ? AcceptDegrees() : AcceptMetres();
            if (a is not null)
            {
                amount = a;
                continue;
            }
            if (toward is null && AcceptAny("on to", "onto", "on", "toward", "towards", "to", "at", "over", "above", "up to") is { } prep)
            {
                if (kind is CameraMoveKind.Pan or CameraMoveKind.Tilt && Is("the left|the right"))
                {
                    Accept("the");
                    continue;
                }
                toward = ParseSubject(allowQualifier: true);
                if (kind is CameraMoveKind.Pan or CameraMoveKind.Tilt || verb is "look")
                {
                    return new LookAtCommand(toward, MotionFor(DefaultLookSeconds));
                }
                if (prep is "at" && kind != CameraMoveKind.Crane)
                {
                    throw new DirectingSyntaxException($"'{verb} at' is not a move: say 'look at {toward.Text}' or '{verb} in on {toward.Text}'");
                }
                continue;
            }
            if (_i == start && verb is "turn" or "rotate" or "swing" or "move" or "go" or "get" or "come" or "step" or "walk" or "fly" or "back")
            {
                _i = 0;
                return null; // not a camera move ("turn the barn red", "go to the lake")
            }
            string bad = Peek()!;
            string? fix = DidYouMean.Find(bad, ["left", "right", "up", "down", "in", "out", "degrees", "metres", "clockwise", "closer", "forward", "back"]);
            if (fix is not null)
            {
                string corrected = string.Join(' ', _t.Select((x, k) => k == _i ? fix : x));
                throw new DirectingSyntaxException($"did not understand '{bad}' in '{_source}' — did you mean '{fix}'? (e.g. '{corrected}')", corrected);
            }
            if (sign != 0f)
            {
                throw new DirectingSyntaxException($"did not understand '{string.Join(' ', _t.Skip(_i))}' in '{_source}': {MoveHelp(kind, verb)}", MoveExample(kind));
            }
            throw new DirectingSyntaxException(MoveHelp(kind, verb), MoveExample(kind));
        }
        if (sign == 0f)
        {
            throw new DirectingSyntaxException(MoveHelp(kind, verb), MoveExample(kind));
        }
        float value = amount ?? Scaled(kind switch
        {
            CameraMoveKind.Pan => DefaultPanDegrees,
            CameraMoveKind.Tilt => DefaultTiltDegrees,
            CameraMoveKind.Roll => DefaultRollDegrees,
            CameraMoveKind.Dolly => DefaultDollyMetres,
            CameraMoveKind.Truck => DefaultTruckMetres,
            CameraMoveKind.Pedestal => DefaultPedestalMetres,
            _ => DefaultCraneMetres,
        });
        if (kind is CameraMoveKind.Pan or CameraMoveKind.Tilt or CameraMoveKind.Roll && value > 720f)
        {
            throw new DirectingSyntaxException($"{value:0} degrees is more than two turns: give at most 720 degrees");
        }
        if (kind is not (CameraMoveKind.Pan or CameraMoveKind.Tilt or CameraMoveKind.Roll) && value > 1000f)
        {
            throw new DirectingSyntaxException($"{value:0} m is too far for one move: at most 1000 m (use 'go to' a landmark for longer trips)");
        }
        float seconds = DefaultMoveSeconds * (kind == CameraMoveKind.Crane ? 1.5f : 1f);
        return new CameraMoveCommand(kind, sign * value, MotionFor(seconds), toward);
    }

    /// <summary>Reads a direction word valid for the move; returns its sign (0 if none).</summary>
    private float DirectionSign(CameraMoveKind kind)
    {
        switch (kind)
        {
            case CameraMoveKind.Pan or CameraMoveKind.Truck:
                return AcceptAny("to the left", "left", "leftward", "leftwards") is not null ? -1f
                    : AcceptAny("to the right", "right", "rightward", "rightwards") is not null ? 1f : 0f;
            case CameraMoveKind.Roll:
                return AcceptAny("left", "counterclockwise", "counter clockwise", "anticlockwise", "anti clockwise") is not null ? -1f
                    : AcceptAny("right", "clockwise") is not null ? 1f : 0f;
            case CameraMoveKind.Tilt or CameraMoveKind.Pedestal or CameraMoveKind.Crane:
                return AcceptAny("up", "upward", "upwards", "higher", "skyward") is not null ? 1f
                    : AcceptAny("down", "downward", "downwards", "lower") is not null ? -1f : 0f;
            default:
                return AcceptAny("in", "closer", "nearer", "forward", "forwards", "ahead") is not null ? 1f
                    : AcceptAny("out", "back", "backward", "backwards", "away", "further away", "farther away", "off", "further", "farther") is not null ? -1f : 0f;
        }
    }

    private static string MoveHelp(CameraMoveKind kind, string verb) => kind switch
    {
        CameraMoveKind.Pan => $"'{verb}' needs a direction: left or right, and optionally how far, e.g. 'pan left 30 degrees'",
        CameraMoveKind.Tilt => $"'{verb}' needs a direction: up or down, e.g. 'tilt up 10 degrees'",
        CameraMoveKind.Roll => "'roll' needs a direction: left or right (clockwise), e.g. 'roll right 10 degrees'",
        CameraMoveKind.Dolly => $"'{verb}' needs a direction: in or out, and optionally how far, e.g. 'dolly in 3 m' or 'push in on the cabin'",
        CameraMoveKind.Truck => $"'{verb}' needs a direction: left or right, e.g. 'truck left 2 m'",
        CameraMoveKind.Pedestal => $"'{verb}' needs a direction: up or down, e.g. 'pedestal up 1 m'",
        _ => "'crane' needs a direction: up or down, e.g. 'crane up 5 m'",
    };

    private static string MoveExample(CameraMoveKind kind) => kind switch
    {
        CameraMoveKind.Pan => "pan left 30 degrees",
        CameraMoveKind.Tilt => "tilt up 10 degrees",
        CameraMoveKind.Roll => "roll right 10 degrees",
        CameraMoveKind.Dolly => "dolly in 3 m",
        CameraMoveKind.Truck => "truck left 2 m",
        CameraMoveKind.Pedestal => "pedestal up 1 m",
        _ => "crane up 5 m",
    };

    private DirectorCommand? ReadLookAt()
    {
        if (Accept("face") || AcceptAny("look at", "look toward", "look towards", "look over at", "look to", "aim at", "aim the camera at",
                "point at", "point the camera at", "point to", "point toward", "point towards", "focus on", "turn to", "turn toward",
                "turn towards", "turn to face", "watch", "frame", "center on", "centre on", "look for") is not null)
        {
            return new LookAtCommand(ParseSubject(allowQualifier: true), MotionFor(DefaultLookSeconds));
        }
        return null;
    }

    private DirectorCommand? ReadFollow()
    {
        if (AcceptAny("follow", "track", "chase", "tail", "stay with", "keep following", "keep up with", "keep on", "lock on to", "lock onto") is null)
        {
            return null;
        }
        if (AtEnd)
        {
            throw new DirectingSyntaxException("follow what? e.g. 'follow the deer'", "follow the deer");
        }
        return new FollowCommand(ParseSubject(allowQualifier: true));
    }

    private DirectorCommand? ReadGoTo()
    {
        string? verb = AcceptAny("take me", "take us", "bring me", "bring us", "get me", "go", "fly", "head", "travel", "move",
            "teleport", "jump", "cut", "walk", "zip", "return", "show me", "show us", "show");
        if (verb is null)
        {
            return null;
        }
        Accept("over|back|down|up|straight|across|on");
        bool prep = AcceptAny("over to", "to", "toward", "towards", "into", "near", "by") is not null;
        if (!prep && verb is not ("show me" or "show us" or "show"))
        {
            return null;
        }
        SubjectQuery landmark = ParseSubject(allowQualifier: true);
        if (landmark.Reference == SubjectReference.Camera)
        {
            throw new DirectingSyntaxException($"'{verb} to' needs a place, e.g. 'go to the lake'", "go to the lake");
        }
        bool instant = verb is "teleport" or "jump" or "cut";
        return new GoToCommand(landmark, instant ? Motion.Cut : MotionFor(DefaultGoToSeconds));
    }
}
