namespace Nacre.Language.Directing;

/// <summary>"paint the barn white", "make the car blue": change objects' base colour. Recorded in the edit log.</summary>
public sealed record RecolorCommand(SubjectQuery Subject, NamedColor Color) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Story;
}
