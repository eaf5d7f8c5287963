using Nacre.Core;

namespace Nacre.WorldGen;

/// <summary>
/// A 64-bit content hash of generated chunks: every height and water sample (bit patterns), every biome and
/// ground cell and every object field. Equal hashes mean byte-identical chunks; used by golden tests and by
/// <c>nacre stats</c> to check that a world is the same in every process.
/// </summary>
public static class ChunkHash
{
    public static ulong Of(ChunkData chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        ulong h = StableHash.Combine(0x4E414352UL, chunk.Coord.X, chunk.Coord.Z);
        foreach (float v in chunk.Height)
        {
            h = StableHash.Combine(h, BitConverter.SingleToUInt32Bits(v));
        }
        foreach (float v in chunk.WaterSurface)
        {
            h = StableHash.Combine(h, BitConverter.SingleToUInt32Bits(v));
        }
        for (int i = 0; i < chunk.Biome.Length; i++)
        {
            h = StableHash.Combine(h, ((ulong)chunk.Biome[i] << 8) | (ulong)chunk.Ground[i]);
        }
        foreach (PlacedObject o in chunk.Objects)
        {
            h = StableHash.Combine(h, o.Id, (ulong)o.Label, Bits(o.Position.X, o.Position.Y));
            h = StableHash.Combine(h, Bits(o.Position.Z, o.Yaw), Bits(o.Scale, o.HalfExtents.X), Bits(o.HalfExtents.Y, o.HalfExtents.Z));
            h = StableHash.Combine(h, ((ulong)o.Tint.R << 24) | ((ulong)o.Tint.G << 16) | ((ulong)o.Tint.B << 8) | o.Variant, (ulong)o.Material);
        }
        return h;
    }

    /// <summary>Order-sensitive combination of chunk hashes (callers list chunks in a fixed order).</summary>
    public static ulong Combine(ulong running, ChunkData chunk) => StableHash.Combine(running, Of(chunk));

    private static ulong Bits(float a, float b) => ((ulong)BitConverter.SingleToUInt32Bits(a) << 32) | BitConverter.SingleToUInt32Bits(b);
}
