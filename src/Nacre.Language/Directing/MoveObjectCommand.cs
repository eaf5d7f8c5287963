namespace Nacre.Language.Directing;

/// <summary>"move the car next to the barn", "put the truck by the lake": relocate existing objects. Recorded in the edit log.</summary>
public sealed record MoveObjectCommand(SubjectQuery Subject, Placement Where) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Story;
}
