using System.Numerics;
using System.Runtime.InteropServices;

namespace Nacre.Rendering.Models;

/// <summary>Per-instance data of an instanced model draw, as the vertex shader reads it. 48 bytes.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal struct ModelInstance
{
    /// <summary>Base position (world metres) and yaw (radians, compass: 0 faces north, −Z).</summary>
    public Vector4 PositionYaw;

    /// <summary>Scale along the model's x, y, z and wind sway amplitude.</summary>
    public Vector4 ScaleSway;

    /// <summary>Instance colour, sRGB RGBA8 (alpha unused).</summary>
    public uint Tint;

    /// <summary><see cref="Nacre.Core.SemanticLabel"/> written to the label buffer.</summary>
    public uint Label;

    /// <summary>Index into the frame's instance-id table (0 = none).</summary>
    public uint IdIndex;

    public uint Padding;

    public const int SizeInBytes = 48;
}
