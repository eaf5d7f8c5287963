namespace Nacre.Language.Directing;

/// <summary>"the deer walk to the lake", "make the dog follow the person", "the truck drives along the road".</summary>
public sealed record BehaviourCommand(SubjectQuery Actor, Behaviour Behaviour) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Story;
}
