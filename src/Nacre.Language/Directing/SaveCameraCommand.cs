namespace Nacre.Language.Directing;

/// <summary>"save camera as A": remember the camera's pose and lens under a name (case-insensitive, stored upper-case).</summary>
public sealed record SaveCameraCommand(string Name) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Camera;
}
