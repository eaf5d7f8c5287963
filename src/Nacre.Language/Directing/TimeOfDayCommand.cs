namespace Nacre.Language.Directing;

/// <summary>
/// "make it night", "golden hour", "set the time to 18:30": move the sun to local solar time <see cref="Hours"/>
/// ∈ [0, 24). The transition runs forward through the day (18:00 → 06:00 passes midnight), never backwards.
/// <see cref="Keep"/> ("… and keep it") makes the change part of the world rather than only of the take.
/// </summary>
public sealed record TimeOfDayCommand(float Hours, string Name, Motion Motion, bool Keep = false) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Atmosphere;
}
