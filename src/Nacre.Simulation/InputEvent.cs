namespace Nacre.Simulation;

/// <summary>
/// One input, stamped with the simulation tick it applies to. Events are applied at the start of their tick, in
/// the order they were given, before the walker moves; so the same events give the same walk in every run.
/// </summary>
/// <param name="Tick">The tick this event applies to, ≥ 0.</param>
/// <param name="Kind">What it does.</param>
/// <param name="Key">The key, for <see cref="InputEventKind.KeyDown"/> and <see cref="InputEventKind.KeyUp"/>.</param>
/// <param name="YawDelta">Heading change for <see cref="InputEventKind.Look"/>, radians, positive turns right (clockwise seen from above).</param>
/// <param name="PitchDelta">Pitch change for <see cref="InputEventKind.Look"/>, radians, positive looks up.</param>
/// <param name="Camera">The camera mode for <see cref="InputEventKind.SetCamera"/>.</param>
public readonly record struct InputEvent(
    long Tick,
    InputEventKind Kind,
    WalkKey Key = WalkKey.None,
    float YawDelta = 0f,
    float PitchDelta = 0f,
    CameraMode Camera = CameraMode.FirstPerson)
{
    public static InputEvent Down(long tick, WalkKey key) => new(tick, InputEventKind.KeyDown, key);

    public static InputEvent Up(long tick, WalkKey key) => new(tick, InputEventKind.KeyUp, key);

    /// <summary>A view change in radians (positive yaw turns right, positive pitch looks up).</summary>
    public static InputEvent Look(long tick, float yawRadians, float pitchRadians) => new(tick, InputEventKind.Look, YawDelta: yawRadians, PitchDelta: pitchRadians);

    /// <summary>
    /// A mouse movement in pixels, as pointer lock reports it (x right, y down), at
    /// <see cref="WalkerSettings.DefaultMouseDegreesPerPixel"/>: moving the mouse right turns right, moving it up looks up.
    /// </summary>
    public static InputEvent Mouse(long tick, float dxPixels, float dyPixels, float degreesPerPixel = WalkerSettings.DefaultMouseDegreesPerPixel)
    {
        float radiansPerPixel = degreesPerPixel * (MathF.PI / 180f);
        return Look(tick, dxPixels * radiansPerPixel, -dyPixels * radiansPerPixel);
    }

    public static InputEvent SetCameraMode(long tick, CameraMode mode) => new(tick, InputEventKind.SetCamera, Camera: mode);
}
