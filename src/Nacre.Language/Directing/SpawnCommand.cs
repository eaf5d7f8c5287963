using Nacre.Core;

namespace Nacre.Language.Directing;

/// <summary>
/// "place a red car next to the cabin", "add three deer in the meadow", "a truck drives along the road": new objects
/// or characters. <see cref="Where"/> defaults to <see cref="Placement.InView"/>; <see cref="Behaviour"/> is set when the
/// line also says what they do. Recorded in the world's edit log.
/// </summary>
public sealed record SpawnCommand(int Count, SemanticLabel Label, string Noun, NamedColor? Color, Placement Where, Behaviour? Behaviour = null) : DirectorCommand
{
    /// <summary>Most objects one command may add.</summary>
    public const int MaxCount = 50;

    public override DirectorDomain Domain => DirectorDomain.Story;
}
