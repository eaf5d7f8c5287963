using Nacre.Core;

namespace Nacre.WorldGen;

/// <summary>Stable instance ids: a hash of (stage seed, placement), never 0 (0 means "no object" in label buffers).</summary>
public static class Ids
{
    public static ulong Make(ulong stageSeed, int x, int z, int k)
    {
        ulong id = StableHash.Combine(StableHash.Combine(stageSeed, x, z), (ulong)(uint)k);
        return id == 0 ? 1 : id;
    }
}
