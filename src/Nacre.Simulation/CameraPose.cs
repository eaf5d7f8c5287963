using System.Numerics;

namespace Nacre.Simulation;

/// <summary>
/// Where a camera is and where it looks. <see cref="Yaw"/> is a compass heading in radians (0 = north, −Z;
/// π/2 = east, +X); <see cref="Pitch"/> is up positive, radians (±π/2 straight up/down); <see cref="Roll"/> is
/// clockwise as the viewer sees it, radians (a dutch angle). Position is the eye, world metres.
/// </summary>
public readonly record struct CameraPose(Vector3 Position, float Yaw, float Pitch, float Roll = 0f)
{
    /// <summary>Unit view direction.</summary>
    public Vector3 Forward => new(MathF.Sin(Yaw) * MathF.Cos(Pitch), MathF.Sin(Pitch), -MathF.Cos(Yaw) * MathF.Cos(Pitch));

    /// <summary>Unit vector to the camera's right, level with the ground (ignores roll).</summary>
    public Vector3 Right => new(MathF.Cos(Yaw), 0f, MathF.Sin(Yaw));
}
