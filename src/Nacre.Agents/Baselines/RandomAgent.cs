using Nacre.Core;

namespace Nacre.Agents.Baselines;

/// <summary>Uniformly random discrete actions from a seeded stream (the same seed, the same actions).</summary>
public sealed class RandomAgent(ulong seed) : IAgentPolicy
{
    private Rng _rng = new(StableHash.Combine(StableHash.Of("agents.random"), seed));

    public ObservationKey Needs => ObservationKey.Rgb;

    public void Begin(NacreEnv env, Observation first)
    {
    }

    public AgentAction Act(Observation observation) => AgentAction.Of(_rng.Next(Enum.GetValues<DiscreteAction>().Length));
}
