using System.Numerics;
using System.Text.Json.Nodes;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Agents.Tasks;

/// <summary>
/// One episode of a task in a world: where the agent starts, what the goal is, and the running judgement of its steps
/// (reward, termination, metrics). Made by <see cref="AgentTask.Begin"/>; holds state, so one per episode.
/// </summary>
public abstract class TaskEpisode
{
    protected TaskEpisode(WorldDraw draw, Vector2 start, float startYaw)
    {
        Draw = draw;
        Start = start;
        StartYaw = startYaw;
    }

    public WorldDraw Draw { get; }

    /// <summary>Start position on the ground (x, z), world metres.</summary>
    public Vector2 Start { get; }

    /// <summary>Start heading, radians.</summary>
    public float StartYaw { get; }

    /// <summary>The instruction, e.g. "go to the red barn".</summary>
    public abstract string GoalText { get; }

    /// <summary>The goal's semantic label (None when the goal is a point or there is none).</summary>
    public virtual SemanticLabel GoalLabel => Draw.GoalLabel;

    /// <summary>The goal point (x, z) for PointNav, else null.</summary>
    public virtual Vector2? GoalPoint => null;

    /// <summary>Objects that move during the episode (the actor to follow), at <paramref name="tick"/>.</summary>
    public virtual IReadOnlyList<PlacedObject> Actors(long tick) => [];

    /// <summary>Whether this step's frame must carry labels for <see cref="Evaluate"/> (asked before rendering).</summary>
    public virtual bool NeedsLabels(in AgentState state) => false;

    /// <summary>Judges one step.</summary>
    public abstract StepOutcome Evaluate(in AgentState state, in FrameView frame);

    /// <summary>Adds the task's metrics (success, SPL, area…) to a step's info.</summary>
    public abstract void Describe(JsonObject info);
}
