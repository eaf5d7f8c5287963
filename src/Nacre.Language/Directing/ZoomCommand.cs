namespace Nacre.Language.Directing;

/// <summary>"zoom in", "zoom out a little": multiply the focal length by <see cref="Factor"/> (&gt; 1 = in).</summary>
public sealed record ZoomCommand(float Factor, Motion Motion) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Camera;
}
