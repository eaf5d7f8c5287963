using System.Runtime.InteropServices;

namespace Nacre.Rendering.Models;

/// <summary>
/// A model vertex: position in the model's own frame (metres, base centre at the origin, front toward −Z) and an
/// sRGB colour whose alpha says how the colour is used (see <see cref="ModelBuilder"/>'s paint constants), and the
/// triangle's face normal as signed bytes (every triangle has its own three vertices: flat, faceted shading). 20 bytes.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal struct ModelVertex
{
    public float X;
    public float Y;
    public float Z;
    public uint Color;
    public uint Normal;

    public const int SizeInBytes = 20;

    public ModelVertex(float x, float y, float z, uint color, uint normal)
    {
        X = x;
        Y = y;
        Z = z;
        Color = color;
        Normal = normal;
    }
}
