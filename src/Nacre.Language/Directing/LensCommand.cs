namespace Nacre.Language.Directing;

/// <summary>"zoom to 85mm", "lens 50mm", "use a 35 mm lens": set the focal length, millimetres (a zoom when timed).</summary>
public sealed record LensCommand(float FocalMm, Motion Motion) : DirectorCommand
{
    /// <summary>Shortest and longest focal lengths accepted, millimetres.</summary>
    public const float MinFocalMm = 8f, MaxFocalMm = 600f;

    public override DirectorDomain Domain => DirectorDomain.Camera;
}
