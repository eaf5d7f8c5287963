using Nacre.Core;

namespace Nacre.Language.Directing;

/// <summary>"calm", "make it dramatic", "event density normal": how often ambient events happen (birds take off, a vehicle passes, gusts).</summary>
public sealed record MoodCommand(Mood Mood) : DirectorCommand
{
    public override DirectorDomain Domain => DirectorDomain.Story;
}
