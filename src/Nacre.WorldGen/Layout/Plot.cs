namespace Nacre.WorldGen.Layout;

/// <summary>
/// A rectangle of ground a settlement layout gives its own surface (generator v2): a paved square or quay, a fenced
/// field, a farmyard. Centre (m), compass heading of its local z axis (radians) and half sizes (m).
/// </summary>
internal sealed record Plot(float X, float Z, float Yaw, float HalfX, float HalfZ, GroundKind Ground)
{
    private readonly (float X, float Z) _axis = DetMath.Direction(Yaw);

    /// <summary>True when (x, z) lies inside the rectangle grown by <paramref name="margin"/> m.</summary>
    public bool Contains(float x, float z, float margin = 0f)
    {
        float dx = x - X, dz = z - Z;
        float along = (dx * _axis.X) + (dz * _axis.Z), across = (dx * -_axis.Z) + (dz * _axis.X);
        return MathF.Abs(along) <= HalfZ + margin && MathF.Abs(across) <= HalfX + margin;
    }

    /// <summary>True when the rectangle may reach into the box [min, max] (m).</summary>
    public bool Overlaps(float minX, float minZ, float maxX, float maxZ)
    {
        float r = Reach;
        return X - r <= maxX && X + r >= minX && Z - r <= maxZ && Z + r >= minZ;
    }

    /// <summary>Radius (m) of the circle around the centre that holds the whole rectangle.</summary>
    public float Reach => MathF.Sqrt((HalfX * HalfX) + (HalfZ * HalfZ));
}
