using System.Numerics;
using Nacre.Language.Directing;

namespace Nacre.Simulation.Directing;

/// <summary>
/// The director's camera: pose, lens on sensor, the shot state a HUD shows, and the timed motions that move it.
/// Motions add up tick by tick (see <see cref="CameraMotion"/>); a follow re-aims smoothly after them; the camera is
/// kept above the ground and water. Angles in radians (yaw compass, 0 = north; pitch up positive; roll clockwise).
/// </summary>
public sealed class CameraRig
{
    /// <summary>Lowest the camera goes above ground or water, metres.</summary>
    public const float MinClearance = 0.3f;

    private const float MaxPitch = 1.5620696f; // 89.5°

    private readonly List<CameraMotion> _motions = [];

    public CameraRig(CameraPose pose, Lens lens)
    {
        Position = pose.Position;
        Yaw = pose.Yaw;
        Pitch = pose.Pitch;
        Roll = pose.Roll;
        FocalMm = lens.FocalMm;
        SensorWidthMm = lens.SensorWidthMm;
        SensorHeightMm = lens.SensorHeightMm;
    }

    public Vector3 Position { get; internal set; }

    public float Yaw { get; internal set; }

    public float Pitch { get; internal set; }

    public float Roll { get; internal set; }

    public float FocalMm { get; internal set; }

    public float SensorWidthMm { get; internal set; }

    public float SensorHeightMm { get; internal set; }

    /// <summary>The last shot size asked for (null until one is), for the HUD.</summary>
    public ShotSize? ShotSize { get; internal set; }

    /// <summary>The current angle (sticky: a new shot keeps it unless it says another).</summary>
    public CameraAngle Angle { get; internal set; } = CameraAngle.EyeLevel;

    /// <summary>The object the camera follows, or null.</summary>
    public ulong? FollowId { get; internal set; }

    /// <summary>True while any timed move runs.</summary>
    public bool IsMoving => _motions.Count > 0;

    public CameraPose Pose => new(Position, Yaw, Pitch, Roll);

    public Lens Lens => new(FocalMm, SensorWidthMm, SensorHeightMm);

    internal void Add(CameraMotion motion) => _motions.Add(motion);

    /// <summary>Stops every move and follow where the camera is now.</summary>
    public void Hold()
    {
        _motions.Clear();
        FollowId = null;
    }

    /// <summary>Sets the pose in one step (a cut), stopping the moves that were running.</summary>
    public void Cut(CameraPose pose)
    {
        _motions.Clear();
        Position = pose.Position;
        Yaw = pose.Yaw;
        Pitch = pose.Pitch;
        Roll = pose.Roll;
    }

    /// <summary>
    /// Advances the motions to <paramref name="tick"/>, then the follow (aim eased toward the subject with a 0.25 s time
    /// constant, carried along by its movement), then keeps the camera above <paramref name="surface"/>.
    /// </summary>
    internal void Step(long tick, Func<float, float, float> surface, Vector3? followFrom, Vector3? followTo)
    {
        for (int i = 0; i < _motions.Count; i++)
        {
            _motions[i].Step(this, tick);
        }
        _motions.RemoveAll(m => m.IsFinished);
        if (followFrom is { } from && followTo is { } to)
        {
            Position += to - from;
            (float yaw, float pitch) = AimAngles(Position, to);
            float k = 1f - MathF.Exp(-Ticks.Seconds / 0.25f);
            Yaw += ShortestAngle(Yaw, yaw) * k;
            Pitch += (pitch - Pitch) * k;
        }
        Pitch = Math.Clamp(Pitch, -MaxPitch, MaxPitch);
        Yaw = WrapAngle(Yaw);
        float floor = surface(Position.X, Position.Z) + MinClearance;
        if (Position.Y < floor)
        {
            Position = Position with { Y = floor };
        }
        FocalMm = Math.Clamp(FocalMm, LensCommand.MinFocalMm, LensCommand.MaxFocalMm);
    }

    /// <summary>Yaw and pitch that look from <paramref name="eye"/> at <paramref name="target"/>, radians.</summary>
    public static (float Yaw, float Pitch) AimAngles(Vector3 eye, Vector3 target)
    {
        Vector3 d = target - eye;
        float flat = MathF.Sqrt((d.X * d.X) + (d.Z * d.Z));
        return (MathF.Atan2(d.X, -d.Z), MathF.Atan2(d.Y, MathF.Max(flat, 1e-4f)));
    }

    /// <summary>The signed smallest turn from <paramref name="from"/> to <paramref name="to"/>, radians in (−π, π].</summary>
    public static float ShortestAngle(float from, float to)
    {
        float d = (to - from) % (2f * MathF.PI);
        if (d > MathF.PI)
        {
            d -= 2f * MathF.PI;
        }
        else if (d <= -MathF.PI)
        {
            d += 2f * MathF.PI;
        }
        return d;
    }

    private static float WrapAngle(float a)
    {
        float twoPi = 2f * MathF.PI;
        a %= twoPi;
        return a < 0f ? a + twoPi : a;
    }
}
