using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Agents.Navigation;

/// <summary>
/// Where a walker can go, on a square of the height field: nodes every metre at whole-metre world positions, each
/// with its ground height and whether it is free (not under deep water, not inside a solid object grown by the
/// walker's radius). Two neighbouring nodes are joined when the ground between them is no steeper than the walker
/// climbs. Built from the generated chunks only, so it is a pure function of the world and the square. Immutable.
/// </summary>
public sealed class NavGrid
{
    /// <summary>Water deeper than this blocks a node, metres (the walker wades slowly and swims from 1.35 m).</summary>
    public const float MaxWadeDepth = 0.8f;

    /// <summary>Height change allowed per metre walked (a 35° slope; the walker climbs up to 40°).</summary>
    public const float MaxRise = 0.7f;

    /// <summary>Clearance kept from solid objects, metres (walker radius plus a margin).</summary>
    public const float Clearance = 0.6f;

    private readonly float[] _height;
    private readonly bool[] _free;

    /// <param name="chunks">The world's chunks.</param>
    /// <param name="centreX">Centre of the square, world metres.</param>
    /// <param name="centreZ">Centre of the square, world metres.</param>
    /// <param name="size">Nodes along a side (metres covered).</param>
    public NavGrid(ChunkCache chunks, float centreX, float centreZ, int size)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 8);
        Size = size;
        MinX = (int)MathF.Floor(centreX) - (size / 2);
        MinZ = (int)MathF.Floor(centreZ) - (size / 2);
        _height = new float[size * size];
        _free = new bool[size * size];
        ReadGround(chunks);
        BlockSolids(chunks);
    }

    /// <summary>Nodes along a side.</summary>
    public int Size { get; }

    /// <summary>World position of node (0, 0), metres.</summary>
    public int MinX { get; }

    public int MinZ { get; }

    public int Index(int i, int j) => (j * Size) + i;

    public bool InGrid(int i, int j) => (uint)i < (uint)Size && (uint)j < (uint)Size;

    public bool IsFree(int index) => _free[index];

    public float HeightAt(int index) => _height[index];

    /// <summary>The node nearest (x, z), or −1 outside the grid.</summary>
    public int NodeAt(float x, float z)
    {
        int i = (int)MathF.Round(x) - MinX, j = (int)MathF.Round(z) - MinZ;
        return InGrid(i, j) ? Index(i, j) : -1;
    }

    /// <summary>World position (x, z) of a node.</summary>
    public Vector2 PositionOf(int index) => new(MinX + (index % Size), MinZ + (index / Size));

    /// <summary>True when a walker may go straight between two neighbouring nodes.</summary>
    public bool CanStep(int from, int to, float length) =>
        _free[from] && _free[to] && MathF.Abs(_height[to] - _height[from]) <= MaxRise * length;

    private void ReadGround(ChunkCache chunks)
    {
        for (int j = 0; j < Size; j++)
        {
            int z = MinZ + j;
            int cz = (int)MathF.Floor(z / (float)ChunkCoord.Size);
            int lz = z - (cz * ChunkCoord.Size);
            ChunkData? chunk = null;
            for (int i = 0; i < Size; i++)
            {
                int x = MinX + i;
                int cx = (int)MathF.Floor(x / (float)ChunkCoord.Size);
                if (chunk is null || chunk.Coord.X != cx)
                {
                    chunk = chunks.Get(new ChunkCoord(cx, cz));
                }
                int s = ChunkData.SampleIndex(x - (cx * ChunkCoord.Size), lz);
                float ground = chunk.Height[s];
                float water = chunk.WaterSurface[s];
                int n = Index(i, j);
                _height[n] = ground;
                _free[n] = !(water - ground > MaxWadeDepth);
            }
        }
    }

    private void BlockSolids(ChunkCache chunks)
    {
        float half = Size / 2f;
        foreach (PlacedObject o in chunks.ObjectsNear(MinX + half, MinZ + half, half))
        {
            if (!o.IsSolid)
            {
                continue;
            }
            float cos = MathF.Cos(o.Yaw), sin = MathF.Sin(o.Yaw);
            float hx = o.HalfExtents.X + Clearance, hz = o.HalfExtents.Z + Clearance;
            float reach = MathF.Sqrt((hx * hx) + (hz * hz));
            int i0 = Math.Max(0, (int)MathF.Floor(o.Position.X - reach) - MinX), i1 = Math.Min(Size - 1, (int)MathF.Ceiling(o.Position.X + reach) - MinX);
            int j0 = Math.Max(0, (int)MathF.Floor(o.Position.Z - reach) - MinZ), j1 = Math.Min(Size - 1, (int)MathF.Ceiling(o.Position.Z + reach) - MinZ);
            for (int j = j0; j <= j1; j++)
            {
                for (int i = i0; i <= i1; i++)
                {
                    float dx = MinX + i - o.Position.X, dz = MinZ + j - o.Position.Z;
                    // The object's right is (cos, sin) and its front (sin, −cos) in (x, z).
                    float lx = (dx * cos) + (dz * sin);
                    float lz = (dx * sin) - (dz * cos);
                    if (MathF.Abs(lx) <= hx && MathF.Abs(lz) <= hz)
                    {
                        _free[Index(i, j)] = false;
                    }
                }
            }
        }
    }
}
