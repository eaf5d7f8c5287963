using System.Numerics;
using Nacre.Simulation;

namespace Nacre.Rendering;

/// <summary>
/// The matrices and frustum of one frame's camera. Matrices are System.Numerics row-vector matrices (v · M), which
/// is exactly the memory layout GLSL's column-major <c>M * v</c> expects, so they upload unchanged. The projection
/// flips Y so that the framebuffer's first row is the image's top row (readback needs no flip); front faces are
/// therefore clockwise in window space.
/// </summary>
internal readonly struct ViewCamera
{
    public const float Near = 0.15f;

    public readonly Matrix4x4 View;
    public readonly Matrix4x4 Projection;
    public readonly Matrix4x4 ViewProjection;
    public readonly Vector3 Eye;
    public readonly Vector3 Forward;

    /// <summary>Tangent of half the vertical field of view.</summary>
    public readonly float TanHalfFovY;

    private readonly Vector4 _left, _right, _bottom, _top, _far;

    public ViewCamera(CameraPose pose, Lens lens, int width, int height, float far)
    {
        float aspect = width / (float)height;
        float fovY = lens.VerticalFov(aspect);
        TanHalfFovY = MathF.Tan(fovY / 2f);
        Eye = pose.Position;
        Forward = pose.Forward;

        Vector3 up = MathF.Abs(Forward.Y) > 0.999f ? new Vector3(MathF.Sin(pose.Yaw), 0f, -MathF.Cos(pose.Yaw)) : Vector3.UnitY;
        Matrix4x4 view = Matrix4x4.CreateLookAt(Eye, Eye + Forward, up);
        if (pose.Roll != 0f)
        {
            // Roll is clockwise as the viewer sees it: the camera turns clockwise, the image counter-clockwise.
            view *= Matrix4x4.CreateRotationZ(-pose.Roll);
        }
        View = view;

        float f = 1f / TanHalfFovY;
        Projection = new Matrix4x4(
            f / aspect, 0f, 0f, 0f,
            0f, -f, 0f, 0f,
            0f, 0f, (far + Near) / (Near - far), -1f,
            0f, 0f, 2f * far * Near / (Near - far), 0f);
        ViewProjection = View * Projection;

        // Gribb–Hartmann planes from the columns of the row-vector matrix: clip_i = dot(v, column i).
        Matrix4x4 m = ViewProjection;
        var c1 = new Vector4(m.M11, m.M21, m.M31, m.M41);
        var c2 = new Vector4(m.M12, m.M22, m.M32, m.M42);
        var c3 = new Vector4(m.M13, m.M23, m.M33, m.M43);
        var c4 = new Vector4(m.M14, m.M24, m.M34, m.M44);
        _left = c4 + c1;
        _right = c4 - c1;
        _bottom = c4 + c2;
        _top = c4 - c2;
        _far = c4 - c3;
    }

    /// <summary>False when the box is certainly outside the frustum (the near plane is ignored: the eye is inside).</summary>
    public bool Intersects(Vector3 min, Vector3 max) =>
        Inside(_left, min, max) && Inside(_right, min, max) && Inside(_bottom, min, max) && Inside(_top, min, max) && Inside(_far, min, max);

    /// <summary>False when the sphere is certainly outside the side planes.</summary>
    public bool IntersectsSphere(Vector3 centre, float radius) =>
        SphereInside(_left, centre, radius) && SphereInside(_right, centre, radius) && SphereInside(_bottom, centre, radius) && SphereInside(_top, centre, radius);

    /// <summary>Projected height in pixels of something <paramref name="size"/> metres tall at <paramref name="distance"/> metres.</summary>
    public float PixelSize(float size, float distance, int imageHeight) =>
        size / MathF.Max(distance, Near) / TanHalfFovY * (imageHeight * 0.5f);

    private static bool Inside(Vector4 plane, Vector3 min, Vector3 max)
    {
        // The box corner farthest along the plane normal.
        var p = new Vector3(plane.X >= 0 ? max.X : min.X, plane.Y >= 0 ? max.Y : min.Y, plane.Z >= 0 ? max.Z : min.Z);
        return (plane.X * p.X) + (plane.Y * p.Y) + (plane.Z * p.Z) + plane.W >= 0f;
    }

    private static bool SphereInside(Vector4 plane, Vector3 c, float r)
    {
        float len = MathF.Sqrt((plane.X * plane.X) + (plane.Y * plane.Y) + (plane.Z * plane.Z));
        return ((plane.X * c.X) + (plane.Y * c.Y) + (plane.Z * c.Z) + plane.W) / len >= -r;
    }
}
