using Nacre.Core;

namespace Nacre.Language.Directing;

/// <summary>
/// A subject as spoken — "the tallest tree", "the car by the lake", "the second house", "the nearest road" — parsed
/// into a query that the simulation resolves against the world's labelled objects and landforms near the camera.
/// Exactly one of <see cref="Labels"/> (objects) or <see cref="Landform"/> is set for a <see cref="SubjectReference.Named"/> subject.
/// </summary>
public sealed record SubjectQuery
{
    /// <summary>The words as written, e.g. "the tallest tree"; used in messages.</summary>
    public string Text { get; init; } = "";

    public SubjectReference Reference { get; init; } = SubjectReference.Named;

    /// <summary>Head noun in its singular dictionary form ("tree", "house"); empty for Camera/Previous.</summary>
    public string Noun { get; init; } = "";

    /// <summary>Object labels the noun covers ("tree" → conifer, broadleaf, birch…); empty for a landform.</summary>
    public IReadOnlyList<SemanticLabel> Labels { get; init; } = [];

    /// <summary>The landform when the noun is one ("the lake", "the nearest road"); null for objects.</summary>
    public AnchorKind? Landform { get; init; }

    /// <summary>1-based position among matches ordered by distance from the camera ("the second house" = 2); 0 when not said; -1 for "the last".</summary>
    public int Ordinal { get; init; }

    public Superlative Superlative { get; init; }

    /// <summary>Colour filter ("the red car"): matches objects whose tint is nearest this colour.</summary>
    public NamedColor? Color { get; init; }

    /// <summary>"all the trees": every match rather than one.</summary>
    public bool All { get; init; }

    /// <summary>Spatial qualifier ("the car <b>by</b> the lake"): only matches near <see cref="RelativeTo"/>.</summary>
    public RelationKind? Relation { get; init; }

    public SubjectQuery? RelativeTo { get; init; }

    /// <summary>True when the subject is an object class (not a landform, camera or pronoun).</summary>
    public bool IsObject => Reference == SubjectReference.Named && Labels.Count > 0;

    /// <summary>The camera ("here").</summary>
    public static SubjectQuery Camera(string text) => new() { Text = text, Reference = SubjectReference.Camera };

    /// <summary>The previous command's subject ("it").</summary>
    public static SubjectQuery Previous(string text) => new() { Text = text, Reference = SubjectReference.Previous };

    public override string ToString() => Text;
}
