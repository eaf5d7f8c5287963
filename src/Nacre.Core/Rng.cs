using System.Runtime.CompilerServices;

namespace Nacre.Core;

/// <summary>
/// A small SplitMix64 generator, created where it is used from a <see cref="StableHash"/> of its context.
/// A mutable struct: pass it by <c>ref</c>. Its sequence for a given seed is fixed forever.
/// </summary>
public struct Rng
{
    private ulong _state;

    public Rng(ulong seed) => _state = seed;

    /// <summary>An RNG for one stage at one place: (world seed, stage, x, z).</summary>
    public static Rng For(ulong worldSeed, string stage, int x, int z) =>
        new(StableHash.Combine(StableHash.Stage(worldSeed, stage), x, z));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return StableHash.Mix(_state);
    }

    /// <summary>Uniform in [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float NextFloat() => StableHash.ToUnitFloat(NextULong());

    /// <summary>Uniform in [min, max).</summary>
    public float Range(float min, float max) => min + ((max - min) * NextFloat());

    /// <summary>Uniform integer in [0, count). Uses the high bits (Lemire's multiply) so small counts are unbiased enough.</summary>
    public int Next(int count)
    {
        if (count <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "count must be positive");
        }
        return (int)(((NextULong() >> 32) * (ulong)count) >> 32);
    }

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(float p) => NextFloat() < p;
}
