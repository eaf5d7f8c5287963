namespace Nacre.Language.Directing;

/// <summary>
/// How long a change takes and how it eases. <see cref="Seconds"/> = 0 means a cut: the change happens on the next
/// tick in one step. The parser resolves defaults ("slowly", "quickly", none) into concrete values, so a parsed
/// command says exactly what will happen.
/// </summary>
/// <param name="Seconds">Duration, seconds, ≥ 0.</param>
/// <param name="Easing">Progress curve.</param>
public readonly record struct Motion(float Seconds, Easing Easing)
{
    /// <summary>A cut: instant.</summary>
    public static Motion Cut => new(0f, Easing.Linear);

    public bool IsCut => Seconds <= 0f;

    /// <summary>Eased progress for linear progress <paramref name="t"/> ∈ [0, 1].</summary>
    public float Ease(float t) => Apply(Easing, t);

    /// <summary>Eased progress for linear progress <paramref name="t"/> (clamped to [0, 1]).</summary>
    public static float Apply(Easing easing, float t)
    {
        t = Math.Clamp(t, 0f, 1f);
        return easing switch
        {
            Easing.EaseIn => t * t,
            Easing.EaseOut => 1f - ((1f - t) * (1f - t)),
            Easing.EaseInOut => t * t * (3f - (2f * t)),
            _ => t,
        };
    }

    public override string ToString() => IsCut ? "cut" : $"{Seconds:0.##} s {Easing}";
}
