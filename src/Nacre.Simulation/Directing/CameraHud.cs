namespace Nacre.Simulation.Directing;

/// <summary>What a camera HUD shows, as a DP reads it: lens on sensor, shot size and angle, height, field of view, subject.</summary>
/// <param name="FocalMm">Focal length, millimetres.</param>
/// <param name="Sensor">Sensor name ("full frame", "Super 35", …).</param>
/// <param name="ShotSize">Shot-list abbreviation of the last shot asked for ("CU"), or null.</param>
/// <param name="Angle">"eye level", "low", "high", "overhead" or "dutch 15°".</param>
/// <param name="HeightMetres">Camera height above the ground (or water) under it, metres.</param>
/// <param name="HorizontalFovDegrees">Horizontal field of view, degrees.</param>
/// <param name="Subject">The current subject ("the cabin"), or null.</param>
/// <param name="Moving">True while a timed move runs.</param>
public sealed record CameraHud(float FocalMm, string Sensor, string? ShotSize, string Angle, float HeightMetres, float HorizontalFovDegrees, string? Subject, bool Moving);
