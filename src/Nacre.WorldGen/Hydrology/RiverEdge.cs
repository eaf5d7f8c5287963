namespace Nacre.WorldGen.Hydrology;

/// <summary>
/// One reach of a river: a polyline whose water level never rises from its first vertex to its last, so water
/// runs downhill; where it joins the next reach the levels match, so a river is continuous across any chunk
/// border. A sudden drop between two close vertices is a waterfall. Immutable.
/// </summary>
internal sealed class RiverEdge
{
    private readonly float[] _x, _z, _level;

    public RiverEdge(ulong id, float[] x, float[] z, float[] level, float halfWidth, float depth)
    {
        Id = id;
        _x = x;
        _z = z;
        _level = level;
        HalfWidth = halfWidth;
        Depth = depth;
        float minX = float.MaxValue, minZ = float.MaxValue, maxX = float.MinValue, maxZ = float.MinValue;
        for (int i = 0; i < x.Length; i++)
        {
            minX = MathF.Min(minX, x[i]);
            maxX = MathF.Max(maxX, x[i]);
            minZ = MathF.Min(minZ, z[i]);
            maxZ = MathF.Max(maxZ, z[i]);
        }
        float reach = Influence;
        MinX = minX - reach;
        MinZ = minZ - reach;
        MaxX = maxX + reach;
        MaxZ = maxZ + reach;
    }

    public ulong Id { get; }

    /// <summary>Half the water width, metres.</summary>
    public float HalfWidth { get; }

    /// <summary>Depth of the bed below the water at mid-channel, metres.</summary>
    public float Depth { get; }

    /// <summary>Farthest distance from the centre line at which the river shapes the terrain, metres.</summary>
    public float Influence => HalfWidth + SurfaceField.MaxBank;

    public float MinX { get; }

    public float MinZ { get; }

    public float MaxX { get; }

    public float MaxZ { get; }

    public int VertexCount => _x.Length;

    public (float X, float Z, float Level) Vertex(int i) => (_x[i], _z[i], _level[i]);

    public bool Overlaps(float minX, float minZ, float maxX, float maxZ) =>
        MinX <= maxX && MaxX >= minX && MinZ <= maxZ && MaxZ >= minZ;

    /// <summary>The point of the centre line nearest (x, z), with the water level and unit tangent (downstream) there.</summary>
    public (float X, float Z, float Level, float Tx, float Tz) Closest(float x, float z)
    {
        float best = float.MaxValue;
        (float X, float Z, float Level, float Tx, float Tz) r = (_x[0], _z[0], _level[0], 0f, 1f);
        for (int i = 0; i + 1 < _x.Length; i++)
        {
            float ax = _x[i], az = _z[i];
            float ex = _x[i + 1] - ax, ez = _z[i + 1] - az;
            float len2 = (ex * ex) + (ez * ez);
            if (len2 < 4f)
            {
                continue; // a waterfall's half-metre step has no direction worth reporting
            }
            float t = DetMath.Clamp01((((x - ax) * ex) + ((z - az) * ez)) / len2);
            float px = ax + (ex * t), pz = az + (ez * t);
            float d2 = ((px - x) * (px - x)) + ((pz - z) * (pz - z));
            if (d2 < best)
            {
                best = d2;
                float inv = 1f / MathF.Sqrt(len2);
                r = (px, pz, DetMath.Lerp(_level[i], _level[i + 1], t), ex * inv, ez * inv);
            }
        }
        return r;
    }

    /// <summary>Distance (m) from (x, z) to the centre line, the water level there (m), and the tangent (unit).</summary>
    public float Nearest(float x, float z, out float level, out float tx, out float tz)
    {
        float best = float.MaxValue;
        level = _level[0];
        tx = 0f;
        tz = 1f;
        for (int i = 0; i + 1 < _x.Length; i++)
        {
            float ax = _x[i], az = _z[i];
            float ex = _x[i + 1] - ax, ez = _z[i + 1] - az;
            float len2 = (ex * ex) + (ez * ez);
            float t = len2 > 0f ? DetMath.Clamp01((((x - ax) * ex) + ((z - az) * ez)) / len2) : 0f;
            float px = ax + (ex * t) - x, pz = az + (ez * t) - z;
            float d2 = (px * px) + (pz * pz);
            if (d2 < best)
            {
                best = d2;
                level = DetMath.Lerp(_level[i], _level[i + 1], t);
                float inv = len2 > 0f ? 1f / MathF.Sqrt(len2) : 0f;
                tx = ex * inv;
                tz = ez * inv;
            }
        }
        return MathF.Sqrt(best);
    }
}
