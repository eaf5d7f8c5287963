namespace Nacre.Core;

/// <summary>
/// Integer coordinate of a square chunk on the ground plane. Chunk (0,0) covers world x ∈ [0, 32) m and z ∈ [0, 32) m.
/// World axes: +X east, +Y up, +Z south (right-handed, as glTF); heading 0° looks north (−Z).
/// </summary>
public readonly record struct ChunkCoord(int X, int Z)
{
    /// <summary>Edge length of a chunk, metres.</summary>
    public const int Size = 32;

    public float MinX => X * (float)Size;

    public float MinZ => Z * (float)Size;

    /// <summary>The chunk containing a world position (metres).</summary>
    public static ChunkCoord FromWorld(float x, float z) =>
        new((int)MathF.Floor(x / Size), (int)MathF.Floor(z / Size));

    /// <summary>Squared distance, in chunks, between chunk centres.</summary>
    public int DistanceSquared(ChunkCoord other)
    {
        int dx = X - other.X, dz = Z - other.Z;
        return (dx * dx) + (dz * dz);
    }

    public override string ToString() => $"({X},{Z})";
}
