using System.Text.Json.Nodes;

namespace Nacre.Agents.Baselines;

/// <summary>Runs a policy over episodes 0 … n − 1 of a split and sums up success, SPL, steps and return.</summary>
public static class Evaluation
{
    /// <param name="host">Where the env runs.</param>
    /// <param name="options">The env (its keys must include what the policy needs).</param>
    /// <param name="policy">The policy.</param>
    /// <param name="episodes">How many episodes, from episode <paramref name="first"/> on.</param>
    /// <param name="first">The first episode's seed.</param>
    /// <param name="onEpisode">Called after each episode with its index and final info (progress, per-episode tables).</param>
    public static EvaluationResult Run(AgentHost host, EnvOptions options, IAgentPolicy policy, int episodes, long first = 0, Action<long, JsonObject>? onEpisode = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(policy);
        using NacreEnv env = host.Make(options with { Observations = options.Observations | policy.Needs });
        int successes = 0;
        double spl = 0, steps = 0, returns = 0;
        for (long e = first; e < first + episodes; e++)
        {
            (Observation obs, _) = env.Reset(e);
            policy.Begin(env, obs);
            JsonObject info = [];
            float total = 0;
            int n = 0;
            while (true)
            {
                StepResult r = env.Step(policy.Act(obs));
                obs = r.Observation;
                total += r.Reward;
                n++;
                if (r.Terminated || r.Truncated)
                {
                    info = r.Info;
                    break;
                }
            }
            bool success = info["success"]?.GetValue<bool>() ?? false;
            successes += success ? 1 : 0;
            spl += info["spl"]?.GetValue<float>() ?? 0f;
            steps += n;
            returns += total;
            onEpisode?.Invoke(e, info);
        }
        return new EvaluationResult(episodes, successes, spl / episodes, steps / episodes, returns / episodes);
    }
}
