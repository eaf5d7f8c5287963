namespace Nacre.Language.Directing;

/// <summary>"remove the truck", "delete the second house", "get rid of all the cars": hide objects. Recorded in the edit log.</summary>
public sealed record RemoveCommand(SubjectQuery Subject) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Story;
}
