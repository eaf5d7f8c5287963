namespace Nacre.Language.Directing;

/// <summary>"switch to Super 16", "full frame sensor": change the sensor, keeping the focal length (so the view widens or narrows).</summary>
public sealed record SensorCommand(SensorPreset Preset) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Camera;
}
