namespace Nacre.Language.Directing;

/// <summary>
/// "orbit around the lighthouse", "orbit left 90 degrees around the cabin": circle the subject at the current distance
/// and height, keeping it centred. <see cref="Degrees"/> positive = the camera travels to its right (counter-clockwise
/// seen from above with north up); "clockwise" is negative. <see cref="Subject"/> null means the current subject.
/// </summary>
public sealed record OrbitCommand(SubjectQuery? Subject, float Degrees, Motion Motion) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Camera;
}
