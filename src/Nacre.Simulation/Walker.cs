using System.Numerics;

namespace Nacre.Simulation;

/// <summary>
/// The walker's body: a person-sized upright cylinder that walks, sprints, jumps, falls, wades and swims over the
/// generated world, one fixed tick at a time. Pure: the next state depends only on the state, the keys and the
/// world, so a replayed input log gives the same positions bit for bit.
/// </summary>
public sealed class Walker
{
    private readonly WalkerSettings _settings;
    private readonly float _maxSlopeTangent;
    private readonly int _jumpBufferTicks;
    private int _jumpBuffer;

    /// <param name="settings">The body.</param>
    /// <param name="feet">Where the feet start, world metres.</param>
    /// <param name="yaw">Starting compass heading, radians (0 = north, −Z).</param>
    /// <param name="pitch">Starting view pitch, radians, up positive; clamped to ± <see cref="WalkerSettings.MaxPitchDegrees"/>.</param>
    public Walker(WalkerSettings settings, Vector3 feet, float yaw, float pitch = 0f)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _maxSlopeTangent = settings.MaxSlopeTangent;
        _jumpBufferTicks = (int)MathF.Round(settings.JumpBufferSeconds * Ticks.PerSecond);
        Feet = feet;
        Yaw = WrapAngle(yaw);
        Pitch = Math.Clamp(pitch, -settings.MaxPitchRadians, settings.MaxPitchRadians);
        Mode = MovementMode.Airborne;
    }

    public WalkerSettings Settings => _settings;

    /// <summary>Where the feet are: world metres.</summary>
    public Vector3 Feet { get; private set; }

    /// <summary>Velocity, m/s.</summary>
    public Vector3 Velocity { get; private set; }

    /// <summary>Compass heading, radians in (−π, π]: 0 = north (−Z), π/2 = east (+X).</summary>
    public float Yaw { get; private set; }

    /// <summary>View pitch, radians, up positive, within ± <see cref="WalkerSettings.MaxPitchDegrees"/>.</summary>
    public float Pitch { get; private set; }

    public MovementMode Mode { get; private set; }

    /// <summary>True when the feet rest on something (ground, an object's top, the bottom of shallow water).</summary>
    public bool IsGrounded => Mode is MovementMode.Walking or MovementMode.Wading;

    /// <summary>The eye position, metres.</summary>
    public Vector3 Eye => Feet + new Vector3(0f, _settings.EyeHeight, 0f);

    /// <summary>Turns the view (mouse look): positive yaw turns right, positive pitch looks up; pitch is clamped.</summary>
    public void Look(float yawDelta, float pitchDelta)
    {
        Yaw = WrapAngle(Yaw + yawDelta);
        float max = _settings.MaxPitchRadians;
        Pitch = Math.Clamp(Pitch + pitchDelta, -max, max);
    }

    /// <summary>Asks for a jump; it happens on this tick if the feet are down, or on landing within the jump buffer.</summary>
    public void RequestJump() => _jumpBuffer = _jumpBufferTicks + 1;

    /// <summary>Puts the walker at <paramref name="feet"/>, at rest (a teleport: "go to the lake").</summary>
    public void Place(Vector3 feet, float yaw)
    {
        Feet = feet;
        Yaw = WrapAngle(yaw);
        Velocity = Vector3.Zero;
        Mode = MovementMode.Airborne;
    }

    /// <summary>Advances the body by one tick with <paramref name="held"/> keys down.</summary>
    public void Step(WalkKey held, CollisionWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        const float Dt = Ticks.Seconds;
        WalkerSettings s = _settings;

        float water = world.WaterSurface(Feet.X, Feet.Z);
        float depthAtFeet = water - Feet.Y; // negative or −∞ when dry
        bool swimming = depthAtFeet >= s.SwimDepth - 0.01f;

        // Horizontal: accelerate towards the speed the keys ask for, relative to the heading.
        Vector2 wish = WishDirection(held);
        bool sprint = (held & WalkKey.Sprint) != 0;
        float speed;
        if (swimming)
        {
            speed = sprint ? s.SwimSprintSpeed : s.SwimSpeed;
        }
        else
        {
            speed = sprint ? s.SprintSpeed : s.WalkSpeed;
            if (IsGrounded && depthAtFeet > s.WadeStartDepth)
            {
                float t = Math.Clamp((depthAtFeet - s.WadeStartDepth) / (s.SwimDepth - s.WadeStartDepth), 0f, 1f);
                speed *= 1f + ((s.DeepWadeSpeedFactor - 1f) * t);
            }
        }
        Vector2 target = wish * speed;
        Vector2 horizontal = new(Velocity.X, Velocity.Z);
        float accel = (IsGrounded || swimming ? s.GroundAcceleration : s.AirAcceleration) * Dt;
        Vector2 change = target - horizontal;
        float changeLength = change.Length();
        horizontal = changeLength <= accel ? target : horizontal + (change * (accel / changeLength));

        // Vertical: jump, gravity, or float at the surface.
        float vy = Velocity.Y;
        if (swimming)
        {
            // A damped spring holds the feet SwimDepth below the surface: a dive or a fall into deep water
            // bobs back up within a second instead of sinking.
            float floatY = water - s.SwimDepth;
            vy += (((floatY - Feet.Y) * 25f) - (vy * 8f)) * Dt;
            _jumpBuffer = 0;
        }
        else if (IsGrounded && _jumpBuffer > 0)
        {
            vy = s.JumpSpeed;
            _jumpBuffer = 0;
            Mode = MovementMode.Airborne;
        }
        else if (!IsGrounded)
        {
            vy = MathF.Max(vy - (s.Gravity * Dt), -s.TerminalSpeed);
        }
        if (_jumpBuffer > 0)
        {
            _jumpBuffer--;
        }

        // Move across the ground in steps no longer than a third of the body's radius, so thin fences are not
        // tunnelled through at a sprint.
        bool wasGrounded = IsGrounded;
        Vector2 p = new(Feet.X, Feet.Z);
        float y = Feet.Y;
        Vector2 delta = horizontal * Dt;
        int steps = Math.Clamp((int)MathF.Ceiling(delta.Length() / (s.Radius / 3f)), 1, 16);
        Vector2 stepDelta = delta / steps;
        for (int i = 0; i < steps; i++)
        {
            p = MoveAcross(p, stepDelta, y, world);
        }

        // Land, follow the ground down a slope, or keep falling.
        y += vy * Dt;
        float support = world.SupportHeight(p.X, p.Y, MathF.Max(y, Feet.Y), s.StepHeight, out _);
        float snapDown = wasGrounded && vy <= 0f ? (horizontal.Length() * Dt * MathF.Max(1f, _maxSlopeTangent * 1.5f)) + 0.02f : 0f;
        bool grounded;
        if (y <= support || (snapDown > 0f && y - support <= snapDown))
        {
            y = support;
            vy = MathF.Max(vy, 0f);
            grounded = true;
        }
        else
        {
            grounded = false;
        }

        Vector2 moved = (p - new Vector2(Feet.X, Feet.Z)) / Dt;
        // Keep the velocity the walls allowed, so running into a wall does not build up speed against it.
        horizontal = new Vector2(
            MathF.Abs(moved.X) < MathF.Abs(horizontal.X) ? moved.X : horizontal.X,
            MathF.Abs(moved.Y) < MathF.Abs(horizontal.Y) ? moved.Y : horizontal.Y);
        Feet = new Vector3(p.X, y, p.Y);
        Velocity = new Vector3(horizontal.X, vy, horizontal.Y);

        float waterNow = world.WaterSurface(p.X, p.Y);
        float depthNow = waterNow - y;
        if (depthNow >= s.SwimDepth - 0.01f && !grounded)
        {
            Mode = MovementMode.Swimming;
        }
        else if (grounded)
        {
            Mode = depthNow > s.WadeStartDepth ? MovementMode.Wading : MovementMode.Walking;
        }
        else
        {
            Mode = depthNow >= s.SwimDepth - 0.01f ? MovementMode.Swimming : MovementMode.Airborne;
        }
    }

    /// <summary>
    /// One small horizontal move: refused up ground steeper than the slope limit or up a step higher than
    /// <see cref="WalkerSettings.StepHeight"/> (sliding along the slope's contour instead), then pushed out of
    /// solid objects (sliding along their faces).
    /// </summary>
    private Vector2 MoveAcross(Vector2 from, Vector2 delta, float feetY, CollisionWorld world)
    {
        WalkerSettings s = _settings;
        Vector2 to = from + delta;
        if (!CanStandAt(to, feetY, world))
        {
            // Slide along the contour of the slope: keep only the part of the move that does not climb.
            Vector2 gradient = world.TerrainGradient(to.X, to.Y);
            float g2 = gradient.LengthSquared();
            Vector2 along = g2 > 0f ? delta - (gradient * (Vector2.Dot(delta, gradient) / g2)) : Vector2.Zero;
            to = from + along;
            if (!CanStandAt(to, feetY, world))
            {
                to = from;
            }
        }
        world.PushOutOfObjects(ref to, s.Radius, feetY, s.BodyHeight, s.StepHeight);
        return to;
    }

    /// <summary>
    /// Whether feet at <paramref name="feetY"/> may move to <paramref name="to"/>: anything not above the feet is
    /// fine; a rise is allowed up to the step height, and on terrain only where the slope is walkable.
    /// </summary>
    private bool CanStandAt(Vector2 to, float feetY, CollisionWorld world)
    {
        float support = world.SupportHeight(to.X, to.Y, feetY, _settings.StepHeight, out bool onObject);
        float rise = support - feetY;
        if (rise <= 1e-4f)
        {
            return true;
        }
        if (onObject)
        {
            // SupportHeight only offers object tops within reach (ordinary step, or a deck's steps).
            return true;
        }
        if (rise > _settings.StepHeight)
        {
            return false;
        }
        // Moving up the terrain: refuse where the ground is steeper than the limit. The steepest slope counts, not
        // the climb along the direction of travel, so a cliff cannot be scaled by walking at it diagonally.
        return world.TerrainGradient(to.X, to.Y).LengthSquared() <= _maxSlopeTangent * _maxSlopeTangent;
    }

    /// <summary>Unit (x, z) direction the held keys ask for, relative to the heading; zero when none or opposed.</summary>
    private Vector2 WishDirection(WalkKey held)
    {
        float forward = ((held & WalkKey.Forward) != 0 ? 1f : 0f) - ((held & WalkKey.Back) != 0 ? 1f : 0f);
        float right = ((held & WalkKey.Right) != 0 ? 1f : 0f) - ((held & WalkKey.Left) != 0 ? 1f : 0f);
        if (forward == 0f && right == 0f)
        {
            return Vector2.Zero;
        }
        float sin = MathF.Sin(Yaw);
        float cos = MathF.Cos(Yaw);
        // Heading 0 faces −Z; its right is +X.
        Vector2 dir = (new Vector2(sin, -cos) * forward) + (new Vector2(cos, sin) * right);
        return Vector2.Normalize(dir);
    }

    private static float WrapAngle(float a)
    {
        const float TwoPi = 2f * MathF.PI;
        a %= TwoPi;
        if (a > MathF.PI)
        {
            a -= TwoPi;
        }
        else if (a <= -MathF.PI)
        {
            a += TwoPi;
        }
        return a;
    }
}
