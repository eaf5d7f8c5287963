namespace Nacre.Language.Directing;

/// <summary>"hold", "stop following", "freeze": stop every camera move and follow where the camera is now.</summary>
public sealed record HoldCommand : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Camera;
}
