using Nacre.Core;

namespace Nacre.WorldGen.Hydrology;

/// <summary>
/// A lake: a basin with a level surface. Its shore is a circle bent by noise, so no two lakes look alike. Immutable.
/// </summary>
/// <param name="Id">Stable id (hash of seed and placement).</param>
/// <param name="X">Centre, world x (m).</param>
/// <param name="Z">Centre, world z (m).</param>
/// <param name="Radius">Mean shore radius (m).</param>
/// <param name="Level">Water surface height (m).</param>
/// <param name="Depth">Depth at the centre (m).</param>
internal sealed record Lake(ulong Id, float X, float Z, float Radius, float Level, float Depth)
{
    /// <summary>Shore radius varies by up to this fraction with direction.</summary>
    public const float Irregularity = 0.28f;

    /// <summary>Farthest distance from the centre at which the lake shapes the terrain, metres.</summary>
    public float Influence => (Radius * (1f + Irregularity)) + SurfaceField.MaxBank;

    /// <summary>Distance from the centre divided by the shore radius in that direction: &lt; 1 is under water.</summary>
    public float NormalisedDistance(float x, float z)
    {
        float dx = x - X, dz = z - Z;
        float d = MathF.Sqrt((dx * dx) + (dz * dz));
        // Noise over the offset scaled by the radius: a smooth wobble of the shore with direction.
        float wobble = Noise.Gradient(Id, dx / Radius * 1.6f, dz / Radius * 1.6f);
        return d / (Radius * (1f + (Irregularity * wobble)));
    }

    public bool Overlaps(float minX, float minZ, float maxX, float maxZ)
    {
        float r = Influence;
        return X - r <= maxX && X + r >= minX && Z - r <= maxZ && Z + r >= minZ;
    }
}
