using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Nacre.Agents.Navigation;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Agents.Tasks;

/// <summary>
/// An episode of getting somewhere (ObjectNav, PointNav): reward is progress along the shortest walk to the goal
/// (from a <see cref="DistanceField"/>), −0.01 a step, +10 on arrival; the info carries success, SPL (success weighted by
/// the shortest path over the path walked), the geodesic start distance and the distance left.
/// </summary>
internal sealed class NavigationEpisode : TaskEpisode
{
    private const float SuccessReward = 10f;
    private const float StepPenalty = 0.01f;

    private readonly DistanceField _field;
    private readonly PlacedObject[] _goals;
    private readonly PlacedObject? _target;
    private readonly Vector2? _point;
    private readonly float _shortest;
    private float _previous;
    private Vector2 _last;
    private float _walked;
    private bool _success;

    /// <summary>An object goal: arrive within <see cref="ObjectNavTask.SuccessDistance"/> of any of <paramref name="goals"/> with it in view.</summary>
    public NavigationEpisode(WorldDraw draw, Vector2 start, float yaw, DistanceField field, string goalText, PlacedObject[] goals, PlacedObject target)
        : this(draw, start, yaw, field, goalText)
    {
        _goals = goals;
        _target = target;
    }

    /// <summary>A point goal: arrive within <see cref="PointNavTask.SuccessDistance"/> of <paramref name="point"/>.</summary>
    public NavigationEpisode(WorldDraw draw, Vector2 start, float yaw, DistanceField field, Vector2 point)
        : this(draw, start, yaw, field, string.Create(CultureInfo.InvariantCulture, $"go to the point ({point.X:0}, {point.Y:0})"))
    {
        _goals = [];
        _point = point;
    }

    private NavigationEpisode(WorldDraw draw, Vector2 start, float yaw, DistanceField field, string goalText)
        : base(draw, start, yaw)
    {
        _field = field;
        GoalText = goalText;
        _goals = [];
        _shortest = field.DistanceAt(start.X, start.Y);
        _previous = _shortest;
        _last = start;
    }

    public override string GoalText { get; }

    public override SemanticLabel GoalLabel => _target?.Label ?? SemanticLabel.None;

    public override Vector2? GoalPoint => _point ?? (_target is PlacedObject t ? new Vector2(t.Position.X, t.Position.Z) : null);

    /// <summary>The field the reward follows (the scripted agent's oracle in tests).</summary>
    public DistanceField Field => _field;

    public override bool NeedsLabels(in AgentState state) => _target is not null && NearestGoal(new Vector2(state.Feet.X, state.Feet.Z)) <= ObjectNavTask.SuccessDistance;

    public override StepOutcome Evaluate(in AgentState state, in FrameView frame)
    {
        var feet = new Vector2(state.Feet.X, state.Feet.Z);
        _walked += Vector2.Distance(feet, _last);
        _last = feet;
        float now = _field.DistanceAt(feet.X, feet.Y);
        float progress = float.IsFinite(now) && float.IsFinite(_previous) ? _previous - now : 0f;
        if (float.IsFinite(now))
        {
            _previous = now;
        }
        _success = _point is Vector2 p
            ? Vector2.Distance(feet, p) <= PointNavTask.SuccessDistance
            : NearestGoal(feet) <= ObjectNavTask.SuccessDistance && frame.Coverage(_target!.Value.Label).Fraction >= ObjectNavTask.MinInView;
        return new StepOutcome(progress - StepPenalty + (_success ? SuccessReward : 0f), _success, _success);
    }

    public override void Describe(JsonObject info)
    {
        info["success"] = _success;
        info["spl"] = _success && _shortest > 0f ? _shortest / MathF.Max(_walked, _shortest) : 0f;
        info["geodesic_start"] = Round(_shortest);
        info["path_length"] = Round(_walked);
        info["distance_to_goal"] = Round(_previous);
    }

    private static double Round(float v) => float.IsFinite(v) ? Math.Round(v, 3) : -1.0;

    private float NearestGoal(Vector2 feet)
    {
        float best = float.PositiveInfinity;
        foreach (PlacedObject o in _goals)
        {
            best = MathF.Min(best, AgentTask.FootprintDistance(o, feet));
        }
        return best;
    }
}
