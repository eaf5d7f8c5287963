using System.Numerics;
using System.Text.Json.Nodes;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Agents.Tasks;

/// <summary>
/// Nacre/Follow-v0: follow a walking person. The person starts 5 m ahead and walks at 1.1 m/s on a winding path (a pure
/// function of the tick and the episode); it is a ghost that passes through things. Reward per step: +0.1 while the
/// agent keeps 1.5 … 6 m from it, else −0.02; losing it (more than 30 m away) ends the episode. Info:
/// <c>following_fraction</c>, the share of steps spent at a good distance.
/// </summary>
public sealed class FollowTask : AgentTask
{
    /// <summary>The person's walking speed, m/s.</summary>
    public const float ActorSpeed = 1.1f;

    private const ulong ActorId = 0x464F4C4C4F57_0001ul; // "FOLLOW" 1: the actor's instance id in the instance buffer

    public override string Name => "Nacre/Follow-v0";

    public override string Description => "follow a walking person, keeping 1.5 … 6 m behind";

    public override int MaxSteps => 300;

    public override IReadOnlyList<TaskPrompt> Prompts => OpenWorldPrompts.All;

    protected override TaskEpisode? Begin(SharedWorld world, WorldDraw draw, ref Rng rng)
    {
        Vector3 spawn = world.Generator.Spawn.Position;
        var start = new Vector2(spawn.X, spawn.Z);
        float yaw = rng.Range(-MathF.PI, MathF.PI);
        return new Episode(draw, start, yaw, world.Generator, rng.Range(0f, 6.28f));
    }

    private sealed class Episode(WorldDraw draw, Vector2 start, float yaw, WorldGenerator generator, float phase) : TaskEpisode(draw, start, yaw)
    {
        private int _good;
        private int _steps;

        public override string GoalText => "follow the person";

        public override SemanticLabel GoalLabel => SemanticLabel.Person;

        /// <summary>Where the person stands at a tick: a path that winds ±35° around the start heading.</summary>
        public Vector2 ActorAt(long tick)
        {
            float t = tick / 60f;
            // Heading h(t) = yaw + 0.6 sin(t / 5 + phase): integrated in closed form so any tick is exact.
            float along = ActorSpeed * t;
            float wobble = 0.6f * 5f * (MathF.Cos(phase) - MathF.Cos((t / 5f) + phase)) * ActorSpeed;
            Vector2 forward = new(MathF.Sin(StartYaw), -MathF.Cos(StartYaw));
            Vector2 right = new(MathF.Cos(StartYaw), MathF.Sin(StartYaw));
            return Start + (forward * (5f + along)) + (right * wobble);
        }

        public override IReadOnlyList<PlacedObject> Actors(long tick)
        {
            Vector2 p = ActorAt(tick), q = ActorAt(tick + 6);
            float heading = MathF.Atan2(q.X - p.X, -(q.Y - p.Y));
            float ground = MathF.Max(generator.GroundHeight(p.X, p.Y), generator.WaterSurface(p.X, p.Y));
            return [new PlacedObject(ActorId, SemanticLabel.Person, new Vector3(p.X, ground, p.Y), heading, 1f, new Rgb(40, 90, 200), Vector3.Zero, 0, MaterialKind.Unspecified)];
        }

        public override StepOutcome Evaluate(in AgentState state, in FrameView frame)
        {
            float d = Vector2.Distance(new Vector2(state.Feet.X, state.Feet.Z), ActorAt(state.Tick));
            _steps++;
            bool good = d is >= 1.5f and <= 6f;
            if (good)
            {
                _good++;
            }
            bool lost = d > 30f;
            return new StepOutcome(good ? 0.1f : -0.02f, lost, false);
        }

        public override void Describe(JsonObject info) =>
            info["following_fraction"] = _steps == 0 ? 0.0 : Math.Round(_good / (double)_steps, 4);
    }
}
