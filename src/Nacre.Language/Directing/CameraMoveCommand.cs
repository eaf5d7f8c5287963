namespace Nacre.Language.Directing;

/// <summary>
/// "pan left 30 degrees", "dolly in slowly over 3 seconds", "boom up 2 m", "crane up". <see cref="Amount"/> is signed
/// (see <see cref="CameraMoveKind"/> for units and sign); qualitative amounts ("a little") are already resolved.
/// <see cref="Toward"/> is set for "push in on the cabin": the move aims at that subject first.
/// </summary>
public sealed record CameraMoveCommand(CameraMoveKind Kind, float Amount, Motion Motion, SubjectQuery? Toward = null) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Camera;
}
