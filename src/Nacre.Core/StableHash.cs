using System.Runtime.CompilerServices;

namespace Nacre.Core;

/// <summary>
/// Stateless, platform-independent 64-bit hashing: every random value in Nacre is derived from a hash of
/// (world seed, stage name, coordinates…), never from a stream, so adding a stage shifts nobody else's
/// randomness and any chunk can be generated in any order. Results are fixed forever: saved worlds depend on them.
/// </summary>
public static class StableHash
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>The SplitMix64 finaliser: a bijective avalanche of all 64 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b) => Mix(a + Golden + Mix(b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b, ulong c) => Combine(Combine(a, b), c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b, ulong c, ulong d) => Combine(Combine(Combine(a, b), c), d);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, long b) => Combine(a, unchecked((ulong)b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, int x, int z) => Combine(a, unchecked((ulong)(uint)x | ((ulong)(uint)z << 32)));

    /// <summary>FNV-1a over the UTF-16 code units, then mixed. Stable across processes and platforms.</summary>
    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ulong h = 0xCBF29CE484222325UL;
        foreach (char c in text)
        {
            h ^= c;
            h *= 0x100000001B3UL;
        }
        return Mix(h);
    }

    /// <summary>Hash of (seed, stage name): the root of one generation stage's randomness.</summary>
    public static ulong Stage(ulong worldSeed, string stageName) => Combine(worldSeed, Of(stageName));

    /// <summary>A float in [0, 1) from the top 24 bits of a hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ToUnitFloat(ulong hash) => (hash >> 40) * (1f / (1 << 24));
}
