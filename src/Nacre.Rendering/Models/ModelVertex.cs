using System.Runtime.InteropServices;

namespace Nacre.Rendering.Models;

/// <summary>
/// A model vertex: position in the model's own frame (metres, base centre at the origin, front toward −Z) and an
/// sRGB colour whose alpha says how the colour is used (see <see cref="ModelBuilder"/>'s paint constants). 16 bytes;
/// normals come from screen-space derivatives (faceted low-poly look).
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal struct ModelVertex
{
    public float X;
    public float Y;
    public float Z;
    public uint Color;

    public const int SizeInBytes = 16;

    public ModelVertex(float x, float y, float z, uint color)
    {
        X = x;
        Y = y;
        Z = z;
        Color = color;
    }
}
