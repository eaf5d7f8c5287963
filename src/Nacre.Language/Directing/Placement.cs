using Nacre.Core;

namespace Nacre.Language.Directing;

/// <summary>Where to put something: "next to the cabin" = (Beside, the cabin); "here" = (InFrontOf, the camera).</summary>
public sealed record Placement(RelationKind Relation, SubjectQuery Anchor)
{
    /// <summary>In view, a few metres in front of the camera: where things go when no place is said.</summary>
    public static Placement InView { get; } = new(RelationKind.InFrontOf, SubjectQuery.Camera("in view"));

    public override string ToString() => $"{Relation} {Anchor}";
}
