using System.Numerics;
using Nacre.Language.Directing;

namespace Nacre.Simulation.Directing;

/// <summary>
/// One timed camera change, applied incrementally: each tick adds the share of its total change that the eased
/// progress moved by since the last tick. Several motions may run at once (a dolly during a pan) and simply add up,
/// and no tick moves the camera by more than its motions ask for.
/// </summary>
internal abstract class CameraMotion
{
    private float _done;

    protected CameraMotion(long startTick, Motion motion)
    {
        StartTick = startTick;
        DurationTicks = Math.Max(1L, (long)MathF.Round(motion.Seconds * Ticks.PerSecond));
        Easing = motion.Easing;
    }

    public long StartTick { get; }

    public long DurationTicks { get; }

    public Easing Easing { get; }

    public bool IsFinished { get; private set; }

    /// <summary>Advances to <paramref name="tick"/>; the motion's tick-1 state is what the camera shows after its first tick.</summary>
    public void Step(CameraRig rig, long tick)
    {
        float t = Math.Clamp((tick - StartTick + 1) / (float)DurationTicks, 0f, 1f);
        float p = Motion.Apply(Easing, t);
        float dp = p - _done;
        _done = p;
        if (dp != 0f)
        {
            Apply(rig, dp);
        }
        IsFinished = t >= 1f;
    }

    protected abstract void Apply(CameraRig rig, float dp);
}

/// <summary>A fixed total change of position (metres), angles (radians) and log focal length, spread over the motion.</summary>
internal sealed class DeltaMotion : CameraMotion
{
    private readonly Vector3 _position;
    private readonly float _yaw, _pitch, _roll, _logFocal;

    public DeltaMotion(long startTick, Motion motion, Vector3 position, float yaw = 0f, float pitch = 0f, float roll = 0f, float logFocal = 0f)
        : base(startTick, motion)
    {
        _position = position;
        _yaw = yaw;
        _pitch = pitch;
        _roll = roll;
        _logFocal = logFocal;
    }

    protected override void Apply(CameraRig rig, float dp)
    {
        rig.Position += _position * dp;
        rig.Yaw += _yaw * dp;
        rig.Pitch += _pitch * dp;
        rig.Roll += _roll * dp;
        if (_logFocal != 0f)
        {
            rig.FocalMm *= MathF.Exp(_logFocal * dp);
        }
    }
}

/// <summary>Circles a pivot: the position turns about the vertical through the pivot and the heading turns with it, so what was centred stays centred.</summary>
internal sealed class OrbitMotion : CameraMotion
{
    private readonly Func<Vector3> _pivot;
    private readonly float _bearingRadians;

    /// <param name="startTick">First tick of the motion.</param>
    /// <param name="motion">Duration and easing.</param>
    /// <param name="pivot">Where the subject is now (it may move).</param>
    /// <param name="degrees">Positive = the camera travels to its right.</param>
    public OrbitMotion(long startTick, Motion motion, Func<Vector3> pivot, float degrees)
        : base(startTick, motion)
    {
        _pivot = pivot;
        _bearingRadians = -degrees * MathF.PI / 180f;
    }

    protected override void Apply(CameraRig rig, float dp)
    {
        float a = _bearingRadians * dp;
        Vector3 pivot = _pivot();
        Vector3 o = rig.Position - pivot;
        // Compass rotation by a: bearing b → b + a, where a point at bearing b is (sin b, −cos b).
        float cos = MathF.Cos(a), sin = MathF.Sin(a);
        var turned = new Vector3((o.X * cos) - (o.Z * sin), o.Y, (o.Z * cos) + (o.X * sin));
        rig.Position = pivot + turned;
        rig.Yaw += a;
    }
}

/// <summary>Rises or sinks while re-aiming at a fixed point, so the framed point stays in frame (crane, jib arm).</summary>
internal sealed class CraneMotion : CameraMotion
{
    private readonly float _metres;
    private readonly Vector3 _aim;

    public CraneMotion(long startTick, Motion motion, float metres, Vector3 aim)
        : base(startTick, motion)
    {
        _metres = metres;
        _aim = aim;
    }

    protected override void Apply(CameraRig rig, float dp)
    {
        float pitchBefore = CameraRig.AimAngles(rig.Position, _aim).Pitch;
        rig.Position += new Vector3(0f, _metres * dp, 0f);
        float pitchAfter = CameraRig.AimAngles(rig.Position, _aim).Pitch;
        rig.Pitch += pitchAfter - pitchBefore;
    }
}
