namespace Nacre.Language.Directing;

/// <summary>"follow the deer", "track the car": keep the subject centred and keep the current distance to it as it moves.</summary>
public sealed record FollowCommand(SubjectQuery Subject) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Camera;
}
