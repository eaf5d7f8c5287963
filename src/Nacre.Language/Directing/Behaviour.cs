namespace Nacre.Language.Directing;

/// <summary>What an actor does: "walks to the lake" = (WalkTo, the lake). <see cref="Target"/> is null for wander and stay,
/// and for "drive along the road" (the nearest road).</summary>
public sealed record Behaviour(BehaviourKind Kind, SubjectQuery? Target)
{
    public override string ToString() => Target is null ? Kind.ToString() : $"{Kind} {Target}";
}
