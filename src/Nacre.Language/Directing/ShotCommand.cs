namespace Nacre.Language.Directing;

/// <summary>
/// "wide shot of the cabin", "low angle close-up of the deer", "cut to a medium shot": frame the subject at the size
/// (distance from its bounds and the lens's vertical field of view) and, if said, from the angle. A shot is a cut
/// unless a duration is given. <see cref="Subject"/> null = the current subject.
/// </summary>
public sealed record ShotCommand(ShotSize Size, SubjectQuery? Subject, CameraAngle? Angle, Motion Motion) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Camera;
}
