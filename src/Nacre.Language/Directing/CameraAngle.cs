namespace Nacre.Language.Directing;

/// <summary>Camera angles (FORMATS.md): where the camera sits relative to the subject's eye line, and roll.</summary>
public enum CameraAngle
{
    /// <summary>Level with the subject's eyes (≈ 1.6 m for a person), no tilt, no roll.</summary>
    EyeLevel,

    /// <summary>Below the subject looking up.</summary>
    Low,

    /// <summary>Above the subject looking down.</summary>
    High,

    /// <summary>Bird's-eye: straight down from above.</summary>
    Overhead,

    /// <summary>Rolled off the horizon (dutch tilt); degrees in the command.</summary>
    Dutch,
}
