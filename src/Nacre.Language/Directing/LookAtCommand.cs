namespace Nacre.Language.Directing;

/// <summary>"look at the barn", "pan to the lake": turn (from where the camera is) until the subject is centred.</summary>
public sealed record LookAtCommand(SubjectQuery Subject, Motion Motion) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Camera;
}
