namespace Nacre.Agents.Tests;

/// <summary>One agent host (one GL context) shared by a test class.</summary>
public sealed class HostFixture : IDisposable
{
    public AgentHost Host { get; } = new(maxEnvs: 16);

    public void Dispose() => Host.Dispose();
}
