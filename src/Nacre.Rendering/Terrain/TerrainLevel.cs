namespace Nacre.Rendering.Terrain;

/// <summary>
/// Index ranges (first index, count) of one terrain level of detail: the height grid, and the skirt under each
/// edge (north = −Z, east = +X, south = +Z, west = −X), drawn only where the neighbour uses another level.
/// </summary>
internal readonly record struct TerrainLevel(
    (int First, int Count) Grid,
    (int First, int Count) North,
    (int First, int Count) East,
    (int First, int Count) South,
    (int First, int Count) West);
