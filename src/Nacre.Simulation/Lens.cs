namespace Nacre.Simulation;

/// <summary>
/// A film camera's lens on its sensor, in millimetres, the way a DP states it. Field of view is derived,
/// never stored: fov = 2·atan(sensor / (2·focal)).
/// </summary>
public readonly record struct Lens(float FocalMm, float SensorWidthMm, float SensorHeightMm)
{
    /// <summary>Full frame 36 × 24 mm.</summary>
    public static Lens FullFrame(float focalMm) => new(focalMm, 36f, 24f);

    /// <summary>Super 35, ≈ 24.89 × 18.66 mm.</summary>
    public static Lens Super35(float focalMm) => new(focalMm, 24.89f, 18.66f);

    /// <summary>Super 16, ≈ 12.5 × 7.4 mm.</summary>
    public static Lens Super16(float focalMm) => new(focalMm, 12.5f, 7.4f);

    /// <summary>The default walking camera: a 24 mm lens on full frame (≈ 74° horizontal).</summary>
    public static Lens Default => FullFrame(24f);

    /// <summary>Horizontal field of view, radians.</summary>
    public float HorizontalFov => 2f * MathF.Atan(SensorWidthMm / (2f * FocalMm));

    /// <summary>
    /// Vertical field of view for an image of the given aspect (width / height), radians. The sensor width is
    /// kept and the frame cropped to the output aspect, as a camera's viewfinder does.
    /// </summary>
    public float VerticalFov(float aspect) => 2f * MathF.Atan(SensorWidthMm / aspect / (2f * FocalMm));
}
