namespace Nacre.Language.Directing;

/// <summary>"keep", "keep the lighting": make the current time of day, sun and weather part of the world, not only of this take.</summary>
public sealed record KeepCommand : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Atmosphere;
}
