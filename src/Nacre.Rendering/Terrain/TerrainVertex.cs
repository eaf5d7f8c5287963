using System.Runtime.InteropServices;

namespace Nacre.Rendering.Terrain;

/// <summary>
/// One terrain or water vertex as the GPU reads it: world position (metres), sRGB albedo with the ground's
/// semantic label packed beside it. 20 bytes. Normals are not stored: the fragment shader derives faceted normals
/// from screen-space derivatives, which is both the low-poly look and less memory traffic.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal struct TerrainVertex
{
    public float X;
    public float Y;
    public float Z;

    /// <summary>R, G, B (sRGB) and A = wetness/shine 0–255.</summary>
    public uint Color;

    /// <summary>Low 16 bits: <see cref="Nacre.Core.SemanticLabel"/>.</summary>
    public uint Label;

    public const int SizeInBytes = 20;

    public TerrainVertex(float x, float y, float z, uint color, uint label)
    {
        X = x;
        Y = y;
        Z = z;
        Color = color;
        Label = label;
    }
}
