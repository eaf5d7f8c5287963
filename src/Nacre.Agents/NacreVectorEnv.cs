using System.Text.Json.Nodes;
using Nacre.Agents.Tasks;

namespace Nacre.Agents;

/// <summary>
/// Many envs stepped together, like Gymnasium's vector envs: one action each, results in env order. An env whose
/// episode ended is reset on its next step (autoreset "next step": that step returns the new episode's first
/// observation, reward 0, and <c>info["autoreset"] = true</c>). Env <c>i</c> of a vector reset with seed <c>s</c>
/// starts episode <c>s + i</c>. The envs' simulations advance in parallel on the thread pool; all envs render on the
/// host's one GL context, one after another.
/// </summary>
public sealed class NacreVectorEnv : IDisposable
{
    private readonly NacreEnv[] _envs;
    private readonly bool[] _needsReset;
    private bool _started;

    internal NacreVectorEnv(NacreEnv[] envs)
    {
        _envs = envs;
        foreach (NacreEnv env in envs)
        {
            env.EpisodeStride = envs.Length;
        }
        _needsReset = new bool[envs.Length];
    }

    public int Count => _envs.Length;

    public IReadOnlyList<NacreEnv> Envs => _envs;

    /// <summary>Resets every env; env i starts episode <paramref name="seed"/> + i (or its next one without a seed).</summary>
    public (Observation[] Observations, JsonObject[] Infos) Reset(long? seed = null, Split? split = null)
    {
        var obs = new Observation[_envs.Length];
        var infos = new JsonObject[_envs.Length];
        for (int i = 0; i < _envs.Length; i++)
        {
            (obs[i], infos[i]) = _envs[i].Reset(seed is long s ? s + i : null, split);
            _needsReset[i] = false;
        }
        _started = true;
        return (obs, infos);
    }

    /// <summary>Steps every env with its action (<paramref name="actions"/> has one per env).</summary>
    /// <exception cref="InvalidActionException">An action is invalid; no env was stepped.</exception>
    /// <exception cref="InvalidOperationException">The vector was never reset.</exception>
    public StepResult[] Step(IReadOnlyList<AgentAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (!_started)
        {
            throw new InvalidOperationException("no episodes are running: call reset before step");
        }
        if (actions.Count != _envs.Length)
        {
            throw new InvalidActionException($"expected {_envs.Length} actions, one per env, got {actions.Count}");
        }
        for (int i = 0; i < _envs.Length; i++)
        {
            _envs[i].CheckAction(actions[i]);
        }
        // The simulations advance in parallel (each env's own walker); the frames are then rendered one by one, in env order.
        Parallel.For(0, _envs.Length, i =>
        {
            if (!_needsReset[i])
            {
                _envs[i].Advance(actions[i]);
            }
        });
        var results = new StepResult[_envs.Length];
        for (int i = 0; i < _envs.Length; i++)
        {
            NacreEnv env = _envs[i];
            if (_needsReset[i])
            {
                // Each env draws the episodes i, i + n, i + 2n… of its own stream after the first.
                (Observation o, JsonObject info) = env.Reset();
                info["autoreset"] = true;
                results[i] = new StepResult(o, 0f, false, false, info);
                _needsReset[i] = false;
                continue;
            }
            results[i] = env.Judge();
            _needsReset[i] = results[i].Terminated || results[i].Truncated;
        }
        return results;
    }

    public void Dispose()
    {
        foreach (NacreEnv env in _envs)
        {
            env.Dispose();
        }
    }
}
