namespace Nacre.Language.Directing;

// Shot sizes and camera angles: "wide shot of the cabin", "low angle close-up of the deer", "overhead", "dutch 15 degrees".
internal sealed partial class CommandReader
{
    private DirectorCommand? ReadShotOrAngle()
    {
        bool forcedCut = AcceptAny("cut to", "cut back to", "smash cut to") is not null;
        if (!forcedCut)
        {
            AcceptAny("give me", "get me", "get", "show me", "show", "lets see", "let me see", "go for", "go to", "go", "switch to",
                "change to", "move to", "make it", "make this", "frame", "try", "i want", "set up", "line up", "set");
        }
        Accept("a|an|the|another|one");
        CameraAngle? angle = AcceptAngle(out float? dutch);
        if (angle is not null)
        {
            Accept("a|an");
        }
        ShotSize? size = AcceptSize();
        if (angle is null && size is null)
        {
            return null;
        }
        Accept("shot|angle|view|framing|frame|one");
        if (angle is null && Is("from"))
        {
            int save = _i;
            _i++;
            Accept("a|an");
            angle = AcceptAngle(out dutch);
            if (angle is null)
            {
                _i = save;
            }
            Accept("angle|shot|view");
        }
        SubjectQuery? subject = null;
        if (AcceptAny("of", "on", "at", "with", "showing", "featuring", "for", "onto", "on to", "looking at") is not null || (!AtEnd && !Is("from")))
        {
            subject = ParseSubject(allowQualifier: true);
        }
        if (angle is null && Accept("from"))
        {
            Accept("a|an");
            angle = AcceptAngle(out dutch) ?? throw new DirectingSyntaxException(
                "after 'from' say an angle: eye level, low angle, high angle, overhead or dutch, e.g. 'close-up of the deer from a low angle'");
            Accept("angle|shot|view");
        }
        if (size is null)
        {
            return new AngleCommand(angle!.Value, dutch, subject, MotionFor(DefaultMoveSeconds, cutByDefault: true));
        }
        return new ShotCommand(size.Value, subject, angle, forcedCut ? Motion.Cut : MotionFor(DefaultMoveSeconds, cutByDefault: true));
    }

    private CameraAngle? AcceptAngle(out float? dutchDegrees)
    {
        dutchDegrees = null;
        if (AcceptAny("eye level", "eyelevel", "eye line", "eye height", "eye to eye", "level with") is not null)
        {
            return CameraAngle.EyeLevel;
        }
        if (AcceptAny("low angle", "low", "worms eye", "worm eye", "from below", "looking up at", "ground level") is not null)
        {
            return CameraAngle.Low;
        }
        if (AcceptAny("high angle", "high", "from above", "looking down at", "looking down on") is not null)
        {
            return CameraAngle.High;
        }
        if (AcceptAny("overhead", "birds eye", "bird eye", "birdseye", "top down", "aerial", "straight down", "top shot", "gods eye", "plan view") is not null)
        {
            return CameraAngle.Overhead;
        }
        if (AcceptAny("level the horizon", "level the camera", "level out", "level horizon", "straighten the horizon", "straighten up", "no dutch", "level") is not null)
        {
            dutchDegrees = 0f;
            return CameraAngle.Dutch;
        }
        if (AcceptAny("dutch", "canted", "tilted", "oblique") is not null)
        {
            Accept("angle|tilt|shot");
            float sign = 1f;
            float amount = Scaled(15f);
            for (int k = 0; k < 3 && !AtEnd; k++)
            {
                if (AcceptAny("left", "counterclockwise", "anticlockwise") is not null)
                {
                    sign = -1f;
                }
                else if (AcceptAny("right", "clockwise") is not null)
                {
                    sign = 1f;
                }
                else if (AcceptDegrees() is { } d)
                {
                    if (d > 60f)
                    {
                        throw new DirectingSyntaxException($"a dutch angle of {d:0} degrees is past 60: try 5 to 30 degrees, e.g. 'dutch angle 15 degrees'");
                    }
                    amount = d;
                }
                else
                {
                    break;
                }
            }
            dutchDegrees = sign * amount;
            return CameraAngle.Dutch;
        }
        return null;
    }

    private ShotSize? AcceptSize()
    {
        if (AcceptAny("extreme close up", "extreme closeup", "extreme cu", "ecu", "xcu", "macro", "extreme close") is not null
            || (Is("detail|insert") && (Peek(1) is "shot" or "of" or "on") && Accept("detail|insert")))
        {
            return ShotSize.ExtremeCloseUp;
        }
        if (AcceptAny("medium close up", "medium closeup", "medium cu", "mcu", "close medium", "medium close") is not null)
        {
            return ShotSize.MediumCloseUp;
        }
        if (AcceptAny("close up", "closeup", "cu", "close shot", "tight shot", "tight", "close") is not null)
        {
            return ShotSize.CloseUp;
        }
        if (AcceptAny("medium wide", "medium long", "medium full", "cowboy", "mws", "mls", "american") is not null)
        {
            return ShotSize.MediumWide;
        }
        if (AcceptAny("medium", "mid shot", "mid", "ms", "waist shot", "waist up") is not null)
        {
            return ShotSize.Medium;
        }
        if (AcceptAny("full body", "full length", "full shot", "full", "fs", "head to toe") is not null)
        {
            return ShotSize.Full;
        }
        if (AcceptAny("extreme wide", "extreme long", "extra wide", "very wide", "super wide", "ews", "els", "xws", "xls", "establishing", "extreme") is not null)
        {
            return ShotSize.Establishing;
        }
        if (AcceptAny("wide angle", "wide", "long shot", "long", "ws", "ls", "master", "wider") is not null)
        {
            return ShotSize.Wide;
        }
        return null;
    }
}
