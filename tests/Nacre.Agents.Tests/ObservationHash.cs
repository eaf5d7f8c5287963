using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Nacre.Agents.Tests;

/// <summary>SHA-256 over observations' rgb, depth and labels bytes, in the order the Python check hashes them.</summary>
internal sealed class ObservationHash : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public void Add(Observation o)
    {
        _hash.AppendData(o.Rgb!);
        _hash.AppendData(MemoryMarshal.AsBytes(o.Depth!.AsSpan()));
        _hash.AppendData(MemoryMarshal.AsBytes(o.Labels!.AsSpan()));
    }

    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();

    /// <summary>The hash of an episode's reset observation and the observations after each action.</summary>
    public static string OfEpisode(NacreEnv env, long seed, IEnumerable<int> actions, List<float>? rewards = null)
    {
        using var h = new ObservationHash();
        h.Add(env.Reset(seed).Observation);
        foreach (int a in actions)
        {
            StepResult r = env.Step(AgentAction.Of(a));
            h.Add(r.Observation);
            rewards?.Add(r.Reward);
        }
        return h.Finish();
    }
}
