using System.Numerics;
using Nacre.WorldGen;

namespace Nacre.Simulation;

/// <summary>
/// Where a still picture is taken from: by default the spawn point, eye height above the ground (or the water), facing
/// the prompt's main subject and tilted so the subject sits in the middle of the frame. <c>nacre still</c> and
/// in-process callers (<c>Nacre.Rendering.StillRenderer</c>) share it, so both show the same first frame. Pure.
/// </summary>
public static class StillCamera
{
    /// <summary>Eye height above the ground or water surface, metres.</summary>
    public const float EyeHeight = 1.7f;

    /// <summary>Tilt when nothing else decides it: a little below the horizon, radians (up positive).</summary>
    public const float DefaultPitch = -0.04f;

    /// <summary>
    /// The camera of a still. Each argument left null takes the spawn's value: <paramref name="at"/> is the ground
    /// position (X, Z) in metres (default the spawn point); <paramref name="yawDegrees"/> a compass heading, 0 north,
    /// 90 east (default toward the main subject); <paramref name="pitchDegrees"/> up positive (default: level with the
    /// subject when the camera is the spawn's own, else <see cref="DefaultPitch"/>).
    /// </summary>
    public static CameraPose Frame(WorldGenerator world, Vector2? at = null, float? yawDegrees = null, float? pitchDegrees = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        SpawnPoint spawn = world.Spawn;
        float x = at?.X ?? spawn.Position.X, z = at?.Y ?? spawn.Position.Z;
        float ground = world.GroundHeight(x, z);
        float water = world.WaterSurface(x, z);
        float eyeY = MathF.Max(ground, float.IsFinite(water) ? water : ground) + EyeHeight;
        float yaw = yawDegrees is float yd ? yd * MathF.PI / 180f : spawn.Yaw;
        float pitch = DefaultPitch;
        if (pitchDegrees is float pd)
        {
            pitch = pd * MathF.PI / 180f;
        }
        else if (yawDegrees is null && at is null && spawn.Pitch is float solved)
        {
            // Generator v2: the view solver framed the subject for this lens.
            pitch = solved;
        }
        else if (yawDegrees is null && at is null && spawn.SubjectPosition is Vector3 subject)
        {
            // Aim a little above the subject's base, so a building or a tree sits in the middle of the frame.
            float d = MathF.Sqrt(((subject.X - x) * (subject.X - x)) + ((subject.Z - z) * (subject.Z - z)));
            pitch = Math.Clamp(MathF.Atan2(subject.Y + 2.5f - eyeY, MathF.Max(d, 1f)), -0.35f, 0.25f);
        }
        return new CameraPose(new Vector3(x, eyeY, z), yaw, pitch);
    }
}
