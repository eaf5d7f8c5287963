using System.Numerics;
using System.Text.Json.Nodes;
using Nacre.Core;

namespace Nacre.Agents.Tasks;

/// <summary>
/// Nacre/Exploration-v0: cover ground. Reward 0.1 for each 2 m × 2 m cell the feet enter for the first time; no
/// termination, truncated at <see cref="MaxSteps"/>. Info: <c>area_m2</c>, the area covered.
/// </summary>
public sealed class ExplorationTask : AgentTask
{
    /// <summary>Side of a coverage cell, metres.</summary>
    public const float CellSize = 2f;

    public override string Name => "Nacre/Exploration-v0";

    public override string Description => "cover as much ground as possible: reward per new 2 m cell; area_m2 reported";

    public override int MaxSteps => 300;

    public override IReadOnlyList<TaskPrompt> Prompts => OpenWorldPrompts.All;

    protected override TaskEpisode? Begin(SharedWorld world, WorldDraw draw, ref Rng rng)
    {
        Vector3 spawn = world.Generator.Spawn.Position;
        float angle = rng.Range(-MathF.PI, MathF.PI), r = rng.Range(0f, 20f);
        var start = new Vector2(spawn.X + (MathF.Sin(angle) * r), spawn.Z - (MathF.Cos(angle) * r));
        float water = world.Generator.WaterSurface(start.X, start.Y);
        if (float.IsFinite(water) && water > world.Generator.GroundHeight(start.X, start.Y) + 0.3f)
        {
            start = new Vector2(spawn.X, spawn.Z);
        }
        return new Episode(draw, start, rng.Range(-MathF.PI, MathF.PI));
    }

    private sealed class Episode(WorldDraw draw, Vector2 start, float yaw) : TaskEpisode(draw, start, yaw)
    {
        // The start counts as covered: only new ground earns reward.
        private readonly HashSet<(int, int)> _visited = [Cell(start.X, start.Y)];

        public override string GoalText => "explore: cover as much ground as you can";

        public override StepOutcome Evaluate(in AgentState state, in FrameView frame)
        {
            bool fresh = _visited.Add(Cell(state.Feet.X, state.Feet.Z));
            return new StepOutcome(fresh ? 0.1f : 0f, false, false);
        }

        private static (int, int) Cell(float x, float z) => ((int)MathF.Floor(x / CellSize), (int)MathF.Floor(z / CellSize));

        public override void Describe(JsonObject info) => info["area_m2"] = _visited.Count * CellSize * CellSize;
    }
}
