namespace Nacre.Language.Directing;

/// <summary>How a transition's progress follows time. All map 0 → 0 and 1 → 1 and are monotonic.</summary>
public enum Easing
{
    /// <summary>Constant speed (an orbit, a time-lapse).</summary>
    Linear,

    /// <summary>Starts slowly, ends at speed (quadratic).</summary>
    EaseIn,

    /// <summary>Starts at speed, settles (quadratic).</summary>
    EaseOut,

    /// <summary>Starts and settles gently (smoothstep): the default for camera moves and light changes.</summary>
    EaseInOut,
}
