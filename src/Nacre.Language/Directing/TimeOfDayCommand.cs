namespace Nacre.Language.Directing;

/// <summary>
/// "make it night", "golden hour", "set the time to 18:30": move the sun to local solar time <see cref="Hours"/>
/// ∈ [0, 24). The transition takes the shorter way round the clock (22:00 → 02:00 passes midnight; dusk → golden hour
/// goes back), forward when both ways are 12 hours.
/// <see cref="Keep"/> ("… and keep it") makes the change part of the world rather than only of the take.
/// </summary>
public sealed record TimeOfDayCommand(float Hours, string Name, Motion Motion, bool Keep = false) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Atmosphere;
}
