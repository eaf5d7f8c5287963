using System.Runtime.CompilerServices;

namespace Nacre.WorldGen;

/// <summary>
/// Small numeric helpers used by generation. Only IEEE-exact operations (+, −, ×, ÷, sqrt, floor) so that a world
/// is bit-identical on every machine; no libm transcendental functions (sin, exp, atan2 differ between platforms).
/// </summary>
public static class DetMath
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Lerp(float a, float b, float t) => a + ((b - a) * t);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Clamp01(float t) => t < 0f ? 0f : (t > 1f ? 1f : t);

    /// <summary>Hermite step: 0 below <paramref name="e0"/>, 1 above <paramref name="e1"/>, smooth between.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float SmoothStep(float e0, float e1, float x)
    {
        float t = Clamp01((x - e0) / (e1 - e0));
        return t * t * (3f - (2f * t));
    }

    /// <summary>A compact bump: 1 at r = 0, 0 for r ≥ 1, smooth (C²) in between; r is a distance over a radius.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Bump(float r)
    {
        if (r >= 1f)
        {
            return 0f;
        }
        float q = 1f - (r * r);
        return q * q * q;
    }

    /// <summary>
    /// Compass heading (radians, 0 = north (−Z), π/2 = east (+X)) of the direction (dx, dz), in [0, 2π).
    /// A polynomial arctangent (max error ≈ 1e-5 rad) so headings do not depend on the platform's libm.
    /// </summary>
    public static float Heading(float dx, float dz)
    {
        float a = Atan2(dx, -dz);
        return a < 0f ? a + (2f * MathF.PI) : a;
    }

    /// <summary>atan2(y, x) in (−π, π] from a minimax polynomial; exact operations only.</summary>
    public static float Atan2(float y, float x)
    {
        float ax = MathF.Abs(x), ay = MathF.Abs(y);
        if (ax == 0f && ay == 0f)
        {
            return 0f;
        }
        float a = MathF.Min(ax, ay) / MathF.Max(ax, ay);
        float s = a * a;
        // Minimax approximation of atan on [0, 1].
        float r = ((((((-0.0040540580f * s) + 0.0218612288f) * s) - 0.0559098861f) * s) + 0.0964200441f) * s;
        r = (((r - 0.1390853351f) * s) + 0.1994653599f) * s;
        r = ((r - 0.3332985605f) * s * a) + a;
        if (ay > ax)
        {
            r = (MathF.PI / 2f) - r;
        }
        if (x < 0f)
        {
            r = MathF.PI - r;
        }
        return y < 0f ? -r : r;
    }

    /// <summary>Unit direction (sin θ, −cos θ) of a compass heading, from a polynomial (exact operations only).</summary>
    public static (float X, float Z) Direction(float heading)
    {
        (float s, float c) = SinCos(heading);
        return (s, -c);
    }

    /// <summary>sin and cos from a range-reduced Taylor polynomial; error below 1e-6 for any finite angle.</summary>
    public static (float Sin, float Cos) SinCos(float angle)
    {
        const float TwoPi = 2f * MathF.PI;
        float a = angle - (TwoPi * MathF.Floor((angle / TwoPi) + 0.5f)); // [−π, π]
        // Reduce to [−π/2, π/2] for sin; cos sign follows.
        float sign = 1f;
        if (a > MathF.PI / 2f)
        {
            a = MathF.PI - a;
            sign = -1f;
        }
        else if (a < -MathF.PI / 2f)
        {
            a = -MathF.PI - a;
            sign = -1f;
        }
        float a2 = a * a;
        // Taylor series in Horner form to the a^13 / a^12 terms: error below 1e-6 on [−π/2, π/2].
        float sp = 1f - (a2 / 156f);
        sp = 1f - (a2 / 110f * sp);
        sp = 1f - (a2 / 72f * sp);
        sp = 1f - (a2 / 42f * sp);
        sp = 1f - (a2 / 20f * sp);
        sp = 1f - (a2 / 6f * sp);
        float sin = a * sp;
        float cp = 1f - (a2 / 132f);
        cp = 1f - (a2 / 90f * cp);
        cp = 1f - (a2 / 56f * cp);
        cp = 1f - (a2 / 30f * cp);
        cp = 1f - (a2 / 12f * cp);
        float cos = 1f - (a2 / 2f * cp);
        return (sin, cos * sign);
    }
}
