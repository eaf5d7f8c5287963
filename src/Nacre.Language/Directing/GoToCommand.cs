namespace Nacre.Language.Directing;

/// <summary>"go to the lake", "take me to the nearest road", "jump to the cabin": move the camera to a viewpoint that shows the landmark.</summary>
public sealed record GoToCommand(SubjectQuery Landmark, Motion Motion) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Camera;
}
