namespace Nacre.Language.Directing;

/// <summary>
/// "sun from the west", "backlight the cabin", "sun behind the camera": where the sun stands on the compass.
/// Exactly one of <see cref="CompassDegrees"/> (0 = north, 90 = east, the direction the light comes <i>from</i>) or
/// <see cref="Relative"/> (resolved against the camera, or the subject for backlight, when executed) is set.
/// The time of day still sets the sun's height.
/// </summary>
public sealed record SunDirectionCommand(float? CompassDegrees, SunRelative? Relative, Motion Motion, bool Keep = false) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Atmosphere;
}
