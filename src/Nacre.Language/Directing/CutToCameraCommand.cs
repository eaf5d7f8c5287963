namespace Nacre.Language.Directing;

/// <summary>"cut to camera A", "back to B": restore a saved camera (a cut unless a duration is given).</summary>
public sealed record CutToCameraCommand(string Name, Motion Motion) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Camera;
}
