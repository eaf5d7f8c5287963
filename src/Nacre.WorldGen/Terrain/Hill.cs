namespace Nacre.WorldGen.Terrain;

/// <summary>A landform added near the spawn point ("a castle on a hill"): a smooth dome, metres.</summary>
/// <param name="X">Centre, world x (m).</param>
/// <param name="Z">Centre, world z (m).</param>
/// <param name="Radius">Radius of the foot (m).</param>
/// <param name="Height">Height of the top above the raw terrain (m).</param>
/// <param name="FlatTop">Fraction of the radius that is a level top (room for a castle).</param>
internal sealed record Hill(float X, float Z, float Radius, float Height, float FlatTop);
