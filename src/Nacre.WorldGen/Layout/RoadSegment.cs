namespace Nacre.WorldGen.Layout;

/// <summary>
/// A straight piece of road between two points whose surface heights are fixed at plan time, so every chunk the
/// road crosses grades it identically. Immutable.
/// </summary>
/// <param name="Id">Stable id.</param>
/// <param name="X0">Start x (m).</param>
/// <param name="Z0">Start z (m).</param>
/// <param name="H0">Road surface height at the start (m).</param>
/// <param name="X1">End x (m).</param>
/// <param name="Z1">End z (m).</param>
/// <param name="H1">Road surface height at the end (m).</param>
/// <param name="HalfWidth">Half the paved width (m).</param>
/// <param name="IsPath">A footpath (dirt, narrow) rather than a road.</param>
internal sealed record RoadSegment(ulong Id, float X0, float Z0, float H0, float X1, float Z1, float H1, float HalfWidth, bool IsPath)
{
    /// <summary>Width of the graded shoulder on each side, metres.</summary>
    public const float Shoulder = 5f;

    public bool Overlaps(float minX, float minZ, float maxX, float maxZ)
    {
        float r = HalfWidth + Shoulder;
        return MathF.Min(X0, X1) - r <= maxX && MathF.Max(X0, X1) + r >= minX && MathF.Min(Z0, Z1) - r <= maxZ && MathF.Max(Z0, Z1) + r >= minZ;
    }

    /// <summary>Distance (m) from (x, z) to the centre line and the road height at the nearest point.</summary>
    public float Nearest(float x, float z, out float height, out float t)
    {
        float ex = X1 - X0, ez = Z1 - Z0;
        float len2 = (ex * ex) + (ez * ez);
        t = len2 > 0f ? DetMath.Clamp01((((x - X0) * ex) + ((z - Z0) * ez)) / len2) : 0f;
        float px = X0 + (ex * t) - x, pz = Z0 + (ez * t) - z;
        height = DetMath.Lerp(H0, H1, t);
        return MathF.Sqrt((px * px) + (pz * pz));
    }
}
