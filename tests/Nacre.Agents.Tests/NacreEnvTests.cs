using Nacre.Agents.Tasks;
using Nacre.Core;

namespace Nacre.Agents.Tests;

/// <summary>The env's Gymnasium shape, its determinism in one process, and its answers to bad input.</summary>
public class NacreEnvTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static readonly int[] Walk = [1, 1, 6, 1, 1, 5, 2, 7, 8, 3, 4, 9, 1, 1];

    private static EnvOptions All(int side = 48) => new()
    {
        Width = side,
        Height = side,
        Observations = ObservationKey.Rgb | ObservationKey.Depth | ObservationKey.Labels | ObservationKey.Instances | ObservationKey.Pose | ObservationKey.Goal,
        Split = Split.Validation,
    };

    [Fact]
    public void Step_SameEpisodeAndActions_GiveIdenticalObservations()
    {
        using NacreEnv a = fixture.Host.Make(All());
        using NacreEnv b = fixture.Host.Make(All());
        // b wanders elsewhere in between, so the shared renderer has drawn other places: it must not matter.
        ObservationHash.OfEpisode(b, 9, [1, 1, 1, 6, 1, 1]);
        string first = ObservationHash.OfEpisode(a, 2, Walk);
        string second = ObservationHash.OfEpisode(b, 2, Walk);
        second.ShouldBe(first);
        ObservationHash.OfEpisode(b, 3, Walk).ShouldNotBe(first, "another episode seed must give another episode");
    }

    [Fact]
    public void Reset_Observation_HasEveryAskedKeyWithItsShape()
    {
        using NacreEnv env = fixture.Host.Make(All(64));
        (Observation o, var info) = env.Reset(0);
        o.Rgb!.Length.ShouldBe(64 * 64 * 3);
        o.Depth!.Length.ShouldBe(64 * 64);
        o.Instances!.Length.ShouldBe(64 * 64);
        o.Pose!.Length.ShouldBe(5);
        o.Goal.ShouldBe((int)env.Episode!.GoalLabel);
        info["goal"]!.GetValue<string>().ShouldStartWith("go to the ");
        // Looking level from the ground: sky along the top row (infinitely far), ground along the bottom.
        o.Labels![..64].ShouldContain((ushort)SemanticLabel.Sky);
        float.IsPositiveInfinity(o.Depth[0]).ShouldBeTrue();
        o.Depth[^1].ShouldBeLessThan(20f);
        env.ObservationSpace.ToJson()["spaces"]!["rgb"]!["shape"]!.ToJsonString().ShouldBe("[64,64,3]");
        env.ActionSpace.ToJson().ToJsonString().ShouldBe("{\"type\":\"Discrete\",\"n\":10}");
        env.RenderFps.ShouldBe(5);
        env.Render().Length.ShouldBe(64 * 64 * 3);
    }

    [Fact]
    public void Step_Forward_MovesTheAgentAboutHalfAMetre()
    {
        using NacreEnv env = fixture.Host.Make(All());
        float[] before = env.Reset(1).Observation.Pose!;
        env.Step(AgentAction.Of(DiscreteAction.Forward));
        float[] after = env.Step(AgentAction.Of(DiscreteAction.Forward)).Observation.Pose!;
        float moved = MathF.Sqrt(MathF.Pow(after[0] - before[0], 2) + MathF.Pow(after[2] - before[2], 2));
        moved.ShouldBeInRange(0.4f, 1.2f);
        float[] turned = env.Step(AgentAction.Of(DiscreteAction.TurnRight)).Observation.Pose!;
        MathF.IEEERemainder(turned[3] - after[3], 2 * MathF.PI).ShouldBe(15f * MathF.PI / 180f, 1e-3f);
    }

    [Fact]
    public void Step_ContinuousAction_MovesByItsSpeed()
    {
        using NacreEnv env = fixture.Host.Make(All() with { ActionMode = ActionMode.Continuous });
        float[] start = env.Reset(1).Observation.Pose!;
        float[] half = env.Step(AgentAction.Of([0.5f, 0f, 0f, 0f, 0f])).Observation.Pose!;
        float[] full = env.Step(AgentAction.Of([1f, 0f, 0f, 0f, 0f])).Observation.Pose!;
        float d1 = MathF.Sqrt(MathF.Pow(half[0] - start[0], 2) + MathF.Pow(half[2] - start[2], 2));
        float d2 = MathF.Sqrt(MathF.Pow(full[0] - half[0], 2) + MathF.Pow(full[2] - half[2], 2));
        d1.ShouldBeGreaterThan(0.05f);
        d2.ShouldBeGreaterThan(d1);
        Should.Throw<InvalidActionException>(() => env.Step(AgentAction.Of([2f, 0f, 0f, 0f, 0f]))).Message.ShouldContain("element 0 is 2, expected -1 … 1");
        Should.Throw<InvalidActionException>(() => env.Step(AgentAction.Of(1))).Message.ShouldContain("continuous");
    }

    [Fact]
    public void BadInput_GetsAMessageThatSaysWhatIsValid()
    {
        using NacreEnv env = fixture.Host.Make(All());
        Should.Throw<InvalidOperationException>(() => env.Step(AgentAction.Of(0))).Message.ShouldContain("call reset");
        env.Reset(0);
        Should.Throw<InvalidActionException>(() => env.Step(AgentAction.Of(10))).Message.ShouldContain("expected an integer 0 … 9");
        env.Step(AgentAction.Of(0)).Observation.Rgb.ShouldNotBeNull("an env goes on after a refused action");
        Should.Throw<ArgumentException>(() => fixture.Host.Make(new EnvOptions { Task = "Nacre/ObjectNav-v9" })).Message.ShouldContain("did you mean 'Nacre/ObjectNav-v0'");
        Should.Throw<ArgumentException>(() => ObservationKeys.Parse(["rgb", "colour"])).Message.ShouldContain("unknown observation key 'colour'");
        Should.Throw<ArgumentException>(() => fixture.Host.Make(new EnvOptions { Width = 4096 })).Message.ShouldContain("16 … 512");
        int before = fixture.Host.LiveEnvs;
        Should.Throw<TooManyEnvsException>(() => fixture.Host.MakeVector(new EnvOptions(), 100)).Message.ShouldContain("at most 16");
        fixture.Host.LiveEnvs.ShouldBe(before, "a refused request makes nothing");
    }

    [Fact]
    public void VectorEnv_AutoresetsAnEndedEpisodeOnTheNextStep()
    {
        using NacreVectorEnv envs = fixture.Host.MakeVector(All(32) with { MaxSteps = 2 }, 2);
        Should.Throw<InvalidOperationException>(() => envs.Step([AgentAction.Of(1), AgentAction.Of(1)])).Message.ShouldContain("call reset");
        (Observation[] obs, var infos) = envs.Reset(seed: 4);
        infos[1]["episode"]!.GetValue<long>().ShouldBe(5);
        envs.Step([AgentAction.Of(1), AgentAction.Of(1)]);
        StepResult[] last = envs.Step([AgentAction.Of(1), AgentAction.Of(1)]);
        last.ShouldAllBe(r => r.Truncated);
        StepResult[] next = envs.Step([AgentAction.Of(1), AgentAction.Of(1)]);
        next.ShouldAllBe(r => r.Info["autoreset"]!.GetValue<bool>());
        // Each env goes on with its own stream: env 0 → 4 + 2, env 1 → 5 + 2.
        next[0].Info["episode"]!.GetValue<long>().ShouldBe(6);
        next[1].Info["episode"]!.GetValue<long>().ShouldBe(7);
    }

    [Fact]
    public void Splits_NeverShareAWorld()
    {
        foreach (AgentTask task in TaskRegistry.All)
        {
            var seen = new Dictionary<ulong, Split>();
            foreach (Split split in Enum.GetValues<Split>())
            {
                for (int w = 0; w < 500; w++)
                {
                    ulong seed = task.DrawWorld(split, w).WorldSeed;
                    Splits.Of(seed).ShouldBe(split);
                    if (seen.TryGetValue(seed, out Split other))
                    {
                        other.ShouldBe(split, $"{task.Name}: world seed {seed} is in two splits");
                    }
                    seen[seed] = split;
                }
            }
        }
    }
}
