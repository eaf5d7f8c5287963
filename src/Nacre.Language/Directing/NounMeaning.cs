using Nacre.Core;

namespace Nacre.Language.Directing;

/// <summary>
/// What a noun means to the director: the object labels it matches (<see cref="Labels"/>) or a landform
/// (<see cref="Landform"/>), and the label to create when it is spawned (<see cref="Spawn"/>, None for landforms).
/// </summary>
public sealed record NounMeaning(string Word, IReadOnlyList<SemanticLabel> Labels, AnchorKind? Landform, SemanticLabel Spawn)
{
    public bool IsLandform => Landform is not null;
}
