namespace Nacre.WorldGen.Terrain;

/// <summary>
/// The relief plus the landforms the site plan raised near the spawn point (hills): the terrain before water,
/// roads and building pads shape it. Pure and thread-safe.
/// </summary>
internal sealed class BaseTerrain
{
    private readonly Hill[] _hills;
    private readonly LandformRecipe? _recipe;

    public BaseTerrain(ReliefField relief, IReadOnlyList<Hill> hills, LandformRecipe? recipe = null)
    {
        Relief = relief;
        _hills = [.. hills];
        _recipe = recipe;
    }

    public ReliefField Relief { get; }

    public IReadOnlyList<Hill> Hills => _hills;

    /// <summary>Height at (x, z), metres above sea level.</summary>
    public float Height(float x, float z)
    {
        float h = Relief.Height(x, z);
        if (_recipe is not null)
        {
            h = _recipe.Shape(x, z, h);
        }
        foreach (Hill hill in _hills)
        {
            float dx = x - hill.X, dz = z - hill.Z;
            float d2 = (dx * dx) + (dz * dz);
            if (d2 >= hill.Radius * hill.Radius)
            {
                continue;
            }
            float r = MathF.Sqrt(d2) / hill.Radius;
            // Level top inside FlatTop, then a smooth shoulder down to the foot.
            float t = r <= hill.FlatTop ? 0f : (r - hill.FlatTop) / (1f - hill.FlatTop);
            h += hill.Height * DetMath.Bump(t);
        }
        return h;
    }
}
