namespace Nacre.Simulation;

/// <summary>
/// The walker's body and how it moves. Defaults are a person: eyes at 1.7 m, walking at 1.4 m/s, sprinting at
/// 5 m/s. All lengths in metres, speeds in m/s, accelerations in m/s², angles in degrees.
/// </summary>
public sealed record WalkerSettings
{
    /// <summary>Mouse look sensitivity used when none is given: a 100-pixel sweep turns 10°.</summary>
    public const float DefaultMouseDegreesPerPixel = 0.1f;

    public static WalkerSettings Default { get; } = new();

    /// <summary>Eyes above the feet.</summary>
    public float EyeHeight { get; init; } = 1.7f;

    /// <summary>Top of the head above the feet: objects whose base is higher are walked under.</summary>
    public float BodyHeight { get; init; } = 1.85f;

    /// <summary>Radius of the body (a vertical cylinder) for collision with objects.</summary>
    public float Radius { get; init; } = 0.3f;

    public float WalkSpeed { get; init; } = 1.4f;

    public float SprintSpeed { get; init; } = 5f;

    /// <summary>Horizontal acceleration with feet on the ground or in water: reaches a sprint in ≈ 0.25 s.</summary>
    public float GroundAcceleration { get; init; } = 20f;

    /// <summary>Horizontal acceleration in the air: a little steering, no flying.</summary>
    public float AirAcceleration { get; init; } = 3f;

    public float Gravity { get; init; } = 9.81f;

    /// <summary>Upward speed at take-off: 4 m/s clears ≈ 0.8 m.</summary>
    public float JumpSpeed { get; init; } = 4f;

    /// <summary>Falling never gets faster than this (air drag on a person).</summary>
    public float TerminalSpeed { get; init; } = 50f;

    /// <summary>Highest step the walker climbs without jumping: kerbs, low rocks, a pier's edge.</summary>
    public float StepHeight { get; init; } = 0.4f;

    /// <summary>Steepest ground the walker walks up, degrees from level. Steeper ground is refused (walk along it or around).</summary>
    public float MaxSlopeDegrees { get; init; } = 40f;

    /// <summary>Water shallower than this at the feet does not slow the walker.</summary>
    public float WadeStartDepth { get; init; } = 0.2f;

    /// <summary>Speed multiplier when wading at the deepest depth one can stand in (linear from 1 at <see cref="WadeStartDepth"/>).</summary>
    public float DeepWadeSpeedFactor { get; init; } = 0.4f;

    /// <summary>
    /// Water deeper than this (surface above the feet) lifts the walker off the bottom: they swim with the feet this far
    /// below the surface, so the eyes stay <see cref="EyeHeight"/> − this above the water.
    /// </summary>
    public float SwimDepth { get; init; } = 1.35f;

    public float SwimSpeed { get; init; } = 1f;

    public float SwimSprintSpeed { get; init; } = 1.6f;

    /// <summary>Highest and lowest pitch of the view, degrees (just short of straight up and down).</summary>
    public float MaxPitchDegrees { get; init; } = 85f;

    /// <summary>A jump pressed this long before landing still happens on landing, seconds.</summary>
    public float JumpBufferSeconds { get; init; } = 0.15f;

    /// <summary>Third-person camera: distance behind the walker's head.</summary>
    public float ThirdPersonDistance { get; init; } = 4f;

    /// <summary>Third-person camera: height above the walker's head.</summary>
    public float ThirdPersonHeight { get; init; } = 0.8f;

    public float MaxSlopeTangent => MathF.Tan(MaxSlopeDegrees * (MathF.PI / 180f));

    public float MaxPitchRadians => MaxPitchDegrees * (MathF.PI / 180f);
}
