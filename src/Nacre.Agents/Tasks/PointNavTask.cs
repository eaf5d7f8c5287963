using System.Numerics;
using Nacre.Agents.Navigation;
using Nacre.Core;

namespace Nacre.Agents.Tasks;

/// <summary>
/// Nacre/PointNav-v0: walk to a point 8 … 40 m (walking) away, given as the <c>pointgoal</c> observation (distance and
/// bearing from the agent). Success within <see cref="SuccessDistance"/> ends the episode. Rewards and info as ObjectNav.
/// </summary>
public sealed class PointNavTask : AgentTask
{
    /// <summary>Metres from the point that count as arrived.</summary>
    public const float SuccessDistance = 1f;

    public override string Name => "Nacre/PointNav-v0";

    public override string Description => "walk to a point given as distance and bearing: success within 1 m; SPL";

    public override int MaxSteps => 300;

    public override IReadOnlyList<TaskPrompt> Prompts => OpenWorldPrompts.All;

    protected override TaskEpisode? Begin(SharedWorld world, WorldDraw draw, ref Rng rng)
    {
        Vector3 spawn = world.Generator.Spawn.Position;
        var grid = new NavGrid(world.Chunks, spawn.X, spawn.Z, ObjectNavTask.GridSize);
        for (int attempt = 0; attempt < 8; attempt++)
        {
            float angle = rng.Range(-MathF.PI, MathF.PI), r = rng.Range(0f, 25f);
            var goal = new Vector2(MathF.Round(spawn.X + (MathF.Sin(angle) * r)), MathF.Round(spawn.Z - (MathF.Cos(angle) * r)));
            int node = grid.NodeAt(goal.X, goal.Y);
            if (node < 0 || !grid.IsFree(node))
            {
                continue;
            }
            var field = new DistanceField(grid, p => Vector2.Distance(p, goal) <= 0.5f);
            if (PickStart(field, goal, 8f, 30f, 8f, 40f, ref rng) is Vector2 start)
            {
                return new NavigationEpisode(draw, start, rng.Range(-MathF.PI, MathF.PI), field, goal);
            }
        }
        return null;
    }
}
