using System.Runtime.CompilerServices;

namespace Nacre.Core;

/// <summary>
/// Seeded 2D gradient noise (Perlin's improved noise with quintic fade) whose lattice gradients come from
/// <see cref="StableHash"/> rather than a permutation table, so any seed gives an independent field and the
/// value at a point depends only on (seed, x, y). Plain float arithmetic, no SIMD width dependence:
/// identical on every machine. Output of <see cref="Gradient"/> is in about [−1, 1].
/// </summary>
public static class Noise
{
    // 16 unit gradient directions around the circle; indexed by 4 hash bits.
    private static readonly float[] GradX = BuildGradients(cos: true);
    private static readonly float[] GradY = BuildGradients(cos: false);

    private static float[] BuildGradients(bool cos)
    {
        // Fixed literal values (not computed with Math.Cos) so results never depend on the platform's libm.
        float[] c =
        [
            1f, 0.9238795f, 0.70710677f, 0.38268343f, 0f, -0.38268343f, -0.70710677f, -0.9238795f,
            -1f, -0.9238795f, -0.70710677f, -0.38268343f, 0f, 0.38268343f, 0.70710677f, 0.9238795f,
        ];
        float[] s =
        [
            0f, 0.38268343f, 0.70710677f, 0.9238795f, 1f, 0.9238795f, 0.70710677f, 0.38268343f,
            0f, -0.38268343f, -0.70710677f, -0.9238795f, -1f, -0.9238795f, -0.70710677f, -0.38268343f,
        ];
        return cos ? c : s;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Fade(float t) => t * t * t * ((t * ((t * 6f) - 15f)) + 10f);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Corner(ulong seed, int ix, int iy, float dx, float dy)
    {
        int g = (int)(StableHash.Combine(seed, ix, iy) >> 60);
        return (GradX[g] * dx) + (GradY[g] * dy);
    }

    /// <summary>Gradient noise at (x, y) in lattice units; about [−1, 1], 0 at lattice points.</summary>
    public static float Gradient(ulong seed, float x, float y)
    {
        float fx = MathF.Floor(x), fy = MathF.Floor(y);
        int ix = (int)fx, iy = (int)fy;
        float dx = x - fx, dy = y - fy;
        float u = Fade(dx), v = Fade(dy);
        float n00 = Corner(seed, ix, iy, dx, dy);
        float n10 = Corner(seed, ix + 1, iy, dx - 1f, dy);
        float n01 = Corner(seed, ix, iy + 1, dx, dy - 1f);
        float n11 = Corner(seed, ix + 1, iy + 1, dx - 1f, dy - 1f);
        float a = n00 + (u * (n10 - n00));
        float b = n01 + (u * (n11 - n01));
        // Scale so the practical range is close to [−1, 1] (raw 2D Perlin peaks near ±0.7).
        return (a + (v * (b - a))) * 1.41f;
    }

    /// <summary>
    /// Fractal Brownian motion: <paramref name="octaves"/> layers of <see cref="Gradient"/>, each at double the
    /// frequency and <paramref name="gain"/> the amplitude. <paramref name="frequency"/> is cycles per metre.
    /// Normalised to about [−1, 1].
    /// </summary>
    public static float Fbm(ulong seed, float x, float y, float frequency, int octaves, float lacunarity = 2f, float gain = 0.5f)
    {
        float sum = 0f, amp = 1f, norm = 0f, f = frequency;
        for (int i = 0; i < octaves; i++)
        {
            // Each octave gets its own seed and a fixed offset so octaves do not share lattice points.
            sum += amp * Gradient(StableHash.Combine(seed, (ulong)i), (x * f) + (i * 17.31f), (y * f) - (i * 9.73f));
            norm += amp;
            amp *= gain;
            f *= lacunarity;
        }
        return sum / norm;
    }

    /// <summary>Ridged multifractal in [0, 1]: sharp crests where the noise crosses zero (mountain ridges, canyons).</summary>
    public static float Ridged(ulong seed, float x, float y, float frequency, int octaves, float lacunarity = 2f, float gain = 0.5f)
    {
        float sum = 0f, amp = 1f, norm = 0f, f = frequency, weight = 1f;
        for (int i = 0; i < octaves; i++)
        {
            float n = 1f - MathF.Abs(Gradient(StableHash.Combine(seed, (ulong)i), (x * f) + (i * 17.31f), (y * f) - (i * 9.73f)));
            n *= n * weight;
            weight = Math.Clamp(n * 2f, 0f, 1f);
            sum += amp * n;
            norm += amp;
            amp *= gain;
            f *= lacunarity;
        }
        return sum / norm;
    }

    /// <summary>
    /// Domain warp: offsets (x, y) by two fBm fields of amplitude <paramref name="amplitude"/> metres, which bends
    /// straight noise features into natural, meandering ones.
    /// </summary>
    public static (float X, float Y) Warp(ulong seed, float x, float y, float frequency, float amplitude, int octaves = 2)
    {
        float wx = Fbm(StableHash.Combine(seed, 0x57A2UL), x, y, frequency, octaves);
        float wy = Fbm(StableHash.Combine(seed, 0x57A3UL), x, y, frequency, octaves);
        return (x + (wx * amplitude), y + (wy * amplitude));
    }
}
