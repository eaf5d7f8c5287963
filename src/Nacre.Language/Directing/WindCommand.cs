namespace Nacre.Language.Directing;

/// <summary>
/// "make it windy", "a strong wind over 4 seconds", "the wind dies down", "a gust of wind": wind in the trees and grass.
/// <see cref="Strength"/>: 0.2 still air, 1 the everyday breeze, 2.5 windy, 4.5 a gale. A <see cref="Gust"/> rises to
/// that strength and falls back over <see cref="Motion"/>, leaving the wind as it was. Belongs to the take.
/// </summary>
public sealed record WindCommand(float Strength, Motion Motion, bool Gust = false) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Atmosphere;
}
