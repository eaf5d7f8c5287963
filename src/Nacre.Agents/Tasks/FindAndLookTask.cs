using System.Numerics;
using System.Text.Json.Nodes;
using Nacre.Agents.Navigation;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Agents.Tasks;

/// <summary>
/// Nacre/FindAndLook-v0: "look at the lighthouse". The agent starts 15 … 45 m from the subject facing anywhere; success
/// (ending the episode, +10) is a frame where the subject's label covers at least <see cref="MinCoverage"/> of the
/// pixels with its centre in the middle third. Each step also earns 5 × the rise in coverage, and costs 0.01.
/// </summary>
public sealed class FindAndLookTask : AgentTask
{
    /// <summary>Share of the frame the subject must fill.</summary>
    public const float MinCoverage = 0.02f;

    public override string Name => "Nacre/FindAndLook-v0";

    public override string Description => "turn and move until the named object fills the middle of the view";

    public override int MaxSteps => 200;

    public override IReadOnlyList<TaskPrompt> Prompts { get; } =
    [
        new("a lighthouse on a rocky coast", "the lighthouse", SemanticLabel.Lighthouse),
        new("a red barn on rolling hills with farmland", "the red barn", SemanticLabel.Barn),
        new("a windmill in a field of flowers", "the windmill", SemanticLabel.Windmill),
        new("a castle on a hill", "the castle", SemanticLabel.Castle),
    ];

    protected override TaskEpisode? Begin(SharedWorld world, WorldDraw draw, ref Rng rng)
    {
        if (FindSubject(world, draw.GoalLabel) is not PlacedObject target)
        {
            return null;
        }
        (Vector2 centre, DistanceField field, float reach) = FieldAround(world, target, 2f);
        return PickStart(field, centre, reach + 15f, reach + 40f, 12f, 55f, ref rng) is Vector2 start
            ? new Episode(draw, start, rng.Range(-MathF.PI, MathF.PI), target.Label)
            : null;
    }

    private sealed class Episode(WorldDraw draw, Vector2 start, float yaw, SemanticLabel label) : TaskEpisode(draw, start, yaw)
    {
        private float _coverage;
        private bool _success;

        public override string GoalText => "look at " + Draw.GoalPhrase;

        public override SemanticLabel GoalLabel => label;

        public override bool NeedsLabels(in AgentState state) => true;

        public override StepOutcome Evaluate(in AgentState state, in FrameView frame)
        {
            (float fraction, float centreX) = frame.Coverage(label);
            float reward = (5f * (fraction - _coverage)) - 0.01f;
            _coverage = fraction;
            _success = fraction >= MinCoverage && centreX is > 1f / 3f and < 2f / 3f;
            return new StepOutcome(reward + (_success ? 10f : 0f), _success, _success);
        }

        public override void Describe(JsonObject info)
        {
            info["success"] = _success;
            info["coverage"] = Math.Round(_coverage, 4);
        }
    }
}
