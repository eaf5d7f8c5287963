using Nacre.Core;

namespace Nacre.Language.Directing;

/// <summary>
/// "heavy rain", "fog density 0.7", "clear skies over 5 seconds", "a storm rolls in": change the weather to
/// <see cref="Kind"/> at <see cref="Intensity"/> ∈ [0, 1]. Belongs to the take unless <see cref="Keep"/>.
/// </summary>
public sealed record WeatherCommand(WeatherKind Kind, float Intensity, Motion Motion, bool Keep = false) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Atmosphere;
}
