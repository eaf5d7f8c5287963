using System.Numerics;
using System.Runtime.InteropServices;

namespace Nacre.Rendering.Gl;

/// <summary>The std140 <c>Frame</c> uniform block of <c>common.glsl</c>, field for field (see the comments there).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct FrameUniforms
{
    public Matrix4x4 ViewProj;
    public Matrix4x4 ShadowMatrix;
    public Matrix4x4 InvViewProj;
    public Vector4 Camera;
    public Vector4 SunDir;
    public Vector4 LightDir;
    public Vector4 Direct;
    public Vector4 Zenith;
    public Vector4 Horizon;
    public Vector4 SkyAmbient;
    public Vector4 GroundAmbient;
    public Vector4 SunGlow;
    public Vector4 MoonDir;
    public Vector4 Params;
    public Vector4 Grade;
    public Vector4 FogShape;
    public Vector4 SkyShape;
}
