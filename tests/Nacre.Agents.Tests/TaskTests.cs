using Nacre.Agents.Baselines;
using Nacre.Agents.Tasks;
using Nacre.Core;

namespace Nacre.Agents.Tests;

/// <summary>The tasks judge what a user would: the scripted agent reaches the barn, the random one rarely does, the others reward what they say.</summary>
public class TaskTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const int Episodes = 10;

    [Fact]
    public void ObjectNav_ScriptedAgent_SolvesMostValidationEpisodes_RandomAgentFarFewer()
    {
        var options = new EnvOptions { Width = 64, Height = 64, Split = Split.Validation };
        EvaluationResult scripted = Evaluation.Run(fixture.Host, options, new ScriptedObjectNavAgent(), Episodes, first: 40);
        EvaluationResult random = Evaluation.Run(fixture.Host, options with { MaxSteps = 200 }, new RandomAgent(7), Episodes, first: 40);
        scripted.SuccessRate.ShouldBeGreaterThanOrEqualTo(0.8, $"scripted: {scripted}");
        scripted.MeanSpl.ShouldBeGreaterThan(0.5);
        random.SuccessRate.ShouldBeLessThanOrEqualTo(scripted.SuccessRate - 0.5, $"random: {random}");
    }

    [Fact]
    public void PointNav_WalkingTowardsThePoint_ShortensTheDistanceAndEarnsReward()
    {
        using NacreEnv env = fixture.Host.Make(new EnvOptions { Task = "Nacre/PointNav-v0", Width = 32, Height = 32, Observations = ObservationKey.PointGoal | ObservationKey.Pose });
        float[] goal = env.Reset(0).Observation.PointGoal!;
        float start = goal[0];
        start.ShouldBeGreaterThan(4f);
        float total = 0;
        for (int i = 0; i < 30 && goal[0] > 2f; i++)
        {
            // Face the point, then walk.
            StepResult r = env.Step(AgentAction.Of(MathF.Abs(goal[1]) > 0.3f ? (goal[1] > 0 ? DiscreteAction.TurnRight : DiscreteAction.TurnLeft) : DiscreteAction.Forward));
            goal = r.Observation.PointGoal!;
            total += r.Reward;
        }
        goal[0].ShouldBeLessThan(start - 3f);
        total.ShouldBeGreaterThan(0f);
    }

    [Fact]
    public void Follow_ThePersonIsInViewAtTheStart_AndWalksAway()
    {
        using NacreEnv env = fixture.Host.Make(new EnvOptions { Task = "Nacre/Follow-v0", Width = 64, Height = 64, Observations = ObservationKey.Labels | ObservationKey.Pose });
        Observation first = env.Reset(0).Observation;
        first.Labels!.Count(l => l == (ushort)SemanticLabel.Person).ShouldBeGreaterThan(5, "the person stands 5 m ahead");
        StepResult r = env.Step(AgentAction.Of(DiscreteAction.Noop));
        for (int i = 0; i < 40; i++)
        {
            r = env.Step(AgentAction.Of(DiscreteAction.Noop));
        }
        r.Info["following_fraction"]!.GetValue<double>().ShouldBeLessThan(1.0, "standing still, the agent falls behind");
    }

    [Fact]
    public void Exploration_WalkingCoversGround_StandingStillDoesNot()
    {
        using NacreEnv env = fixture.Host.Make(new EnvOptions { Task = "Nacre/Exploration-v0", Width = 32, Height = 32 });
        env.Reset(0);
        float still = 0, walking = 0;
        for (int i = 0; i < 10; i++)
        {
            still += env.Step(AgentAction.Of(DiscreteAction.Noop)).Reward;
        }
        // A walker who turns away when something stops them (a trunk, a wall, the water's edge), as any explorer would.
        StepResult r = env.Step(AgentAction.Of(DiscreteAction.Forward));
        int idle = 0;
        for (int i = 0; i < 30; i++)
        {
            bool turn = idle >= 3;
            r = env.Step(AgentAction.Of(turn ? DiscreteAction.TurnLeft : DiscreteAction.Forward));
            idle = turn || r.Reward > 0 ? 0 : idle + 1;
            walking += r.Reward;
        }
        still.ShouldBe(0f);
        walking.ShouldBeGreaterThan(0.3f);
        r.Info["area_m2"]!.GetValue<float>().ShouldBeGreaterThan(8f);
    }
}
