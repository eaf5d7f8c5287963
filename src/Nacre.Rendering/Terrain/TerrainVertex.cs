using System.Runtime.InteropServices;

namespace Nacre.Rendering.Terrain;

/// <summary>
/// One terrain or water vertex as the GPU reads it: world position (metres), sRGB albedo with the ground's
/// semantic label packed beside it, and the surface normal as three signed bytes. 24 bytes. Lighting is computed per
/// vertex (llvmpipe pays for every shaded pixel) and held flat across each triangle: the faceted low-poly look.
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

    /// <summary>Unit normal as signed bytes x, y, z (× 127).</summary>
    public uint Normal;

    public const int SizeInBytes = 24;

    public TerrainVertex(float x, float y, float z, uint color, uint label, uint normal)
    {
        X = x;
        Y = y;
        Z = z;
        Color = color;
        Label = label;
        Normal = normal;
    }

    public static uint PackNormal(System.Numerics.Vector3 n)
    {
        n = System.Numerics.Vector3.Normalize(n);
        return (uint)(byte)(sbyte)MathF.Round(n.X * 127f) | ((uint)(byte)(sbyte)MathF.Round(n.Y * 127f) << 8) | ((uint)(byte)(sbyte)MathF.Round(n.Z * 127f) << 16);
    }

    public static readonly uint Up = PackNormal(System.Numerics.Vector3.UnitY);
}
