namespace Nacre.WorldGen.Layout;

/// <summary>Level ground under a building: a disc of <see cref="Radius"/> m at <see cref="Height"/> m, blended out over 8 m.</summary>
internal sealed record Pad(ulong Id, float X, float Z, float Radius, float Height)
{
    /// <summary>Width of the blend from the pad back to the natural ground, metres.</summary>
    public const float Blend = 8f;

    public bool Overlaps(float minX, float minZ, float maxX, float maxZ)
    {
        float r = Radius + Blend;
        return X - r <= maxX && X + r >= minX && Z - r <= maxZ && Z + r >= minZ;
    }
}
