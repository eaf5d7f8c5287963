namespace Nacre.Agents.Baselines;

/// <summary>Something that acts in an env: told when an episode begins, then asked for one action per observation.</summary>
public interface IAgentPolicy
{
    /// <summary>What the policy must observe (the env has to be made with these keys).</summary>
    ObservationKey Needs { get; }

    /// <summary>A new episode has begun in <paramref name="env"/> with <paramref name="first"/> as its first observation.</summary>
    void Begin(NacreEnv env, Observation first);

    /// <summary>The action for this observation.</summary>
    AgentAction Act(Observation observation);
}
