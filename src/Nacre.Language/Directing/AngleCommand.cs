namespace Nacre.Language.Directing;

/// <summary>
/// "low angle", "overhead", "dutch angle 15 degrees", "level the horizon" (dutch 0°), "high angle on the barn".
/// For <see cref="CameraAngle.Dutch"/> <see cref="Degrees"/> is the roll (positive = clockwise); otherwise null.
/// The camera keeps its distance to <see cref="Subject"/> (or the current subject) and moves to the angle.
/// </summary>
public sealed record AngleCommand(CameraAngle Angle, float? Degrees, SubjectQuery? Subject, Motion Motion) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Camera;
}
