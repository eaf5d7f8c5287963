using System.Numerics;
using Nacre.Agents.Navigation;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Agents.Tasks;

/// <summary>
/// Nacre/ObjectNav-v0: "go to the red barn". The agent starts 10 … 45 m (walking) from the prompt's main subject,
/// facing anywhere. Success — which ends the episode — is standing within <see cref="SuccessDistance"/> of any object
/// with the goal's label while at least <see cref="MinInView"/> of the frame shows that label. Reward per step: the
/// drop in walking distance to the goal (metres), −0.01, and +10 on success. Info at the end: success and SPL.
/// </summary>
public sealed class ObjectNavTask : AgentTask
{
    /// <summary>Metres between the feet and the goal's footprint that count as arrived.</summary>
    public const float SuccessDistance = 2f;

    /// <summary>Share of the frame the goal's label must cover when arriving (it is in view).</summary>
    public const float MinInView = 0.005f;

    /// <summary>Nodes along a side of the episode's navigation grid (metres).</summary>
    internal const int GridSize = 128;

    public override string Name => "Nacre/ObjectNav-v0";

    public override string Description => "go to a named object (\"go to the red barn\"): success within 2 m with it in view; SPL";

    public override int MaxSteps => 400;

    public override IReadOnlyList<TaskPrompt> Prompts { get; } =
    [
        new("a red barn on rolling hills with farmland", "the red barn", SemanticLabel.Barn),
        new("a wooden cabin by a lake in a pine forest", "the cabin", SemanticLabel.Cabin),
        new("a lighthouse on a rocky coast", "the lighthouse", SemanticLabel.Lighthouse),
        new("a windmill in a field of flowers", "the windmill", SemanticLabel.Windmill),
        new("a stone church in a small village", "the church", SemanticLabel.Church),
        new("a castle on a hill", "the castle", SemanticLabel.Castle),
    ];

    protected override TaskEpisode? Begin(SharedWorld world, WorldDraw draw, ref Rng rng)
    {
        if (FindSubject(world, draw.GoalLabel) is not PlacedObject target)
        {
            return null;
        }
        (Vector2 centre, DistanceField field, float reach) = FieldAround(world, target, SuccessDistance - 0.5f);
        PlacedObject[] goals = [.. world.Chunks.ObjectsNear(centre.X, centre.Y, GridSize / 2f).Where(o => o.Label == target.Label)];
        if (field.GoalNodes == 0 || PickStart(field, centre, reach + 10f, reach + 38f, 10f, 45f, ref rng) is not Vector2 start)
        {
            return null;
        }
        return new NavigationEpisode(draw, start, rng.Range(-MathF.PI, MathF.PI), field, "go to " + draw.GoalPhrase, goals, target);
    }
}
