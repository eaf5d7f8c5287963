using System.Net;
using System.Net.Sockets;

namespace Nacre.Agents.Protocol;

/// <summary>
/// <c>nacre env serve</c>: a TCP server of the env protocol (docs/agents.md). Each connection makes one vector env on
/// the shared <see cref="AgentHost"/> and steps it; a client that errs gets an error message and may go on, and one
/// that leaves (even mid-episode) has its envs closed, while every other client keeps being served.
/// </summary>
public sealed class EnvServer
{
    private readonly AgentHost _host;
    private readonly TextWriter _log;
    private int _connections;

    /// <param name="host">Where the envs run.</param>
    /// <param name="log">One line per connection and per error, for the operator.</param>
    public EnvServer(AgentHost host, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(log);
        _host = host;
        _log = log;
    }

    /// <summary>Listens on <paramref name="address"/>:<paramref name="port"/> (0 picks a free port) until cancelled.</summary>
    /// <param name="address">The address to bind (127.0.0.1 for this machine only).</param>
    /// <param name="port">The port, or 0 for any free one.</param>
    /// <param name="listening">Called once with the port actually bound, before the first client is accepted.</param>
    /// <param name="cancel">Stops the server.</param>
    public async Task ServeAsync(IPAddress address, int port, Action<int> listening, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(listening);
        var listener = new TcpListener(address, port);
        listener.Start();
        var clients = new List<Task>();
        try
        {
            listening(((IPEndPoint)listener.LocalEndpoint).Port);
            while (!cancel.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await listener.AcceptTcpClientAsync(cancel).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                int id = Interlocked.Increment(ref _connections);
                clients.RemoveAll(t => t.IsCompleted);
                clients.Add(Task.Run(() => ServeClientAsync(client, id, cancel), CancellationToken.None));
            }
        }
        finally
        {
            listener.Stop();
        }
        await Task.WhenAll(clients).ConfigureAwait(false);
    }

    private async Task ServeClientAsync(TcpClient client, int id, CancellationToken cancel)
    {
        using (client)
        {
            client.NoDelay = true;
            await using NetworkStream stream = client.GetStream();
            using var connection = new EnvConnection(_host);
            Log($"client {id} connected");
            try
            {
                await connection.RunAsync(stream, cancel).ConfigureAwait(false);
                Log($"client {id} closed ({connection.Describe()})");
            }
            catch (Exception e) when (e is IOException or SocketException or ProtocolException or OperationCanceledException)
            {
                Log($"client {id} dropped: {e.Message} ({connection.Describe()}); its envs are closed");
            }
        }
    }

    private void Log(string line)
    {
        lock (_log)
        {
            _log.WriteLine("nacre env serve: " + line);
            _log.Flush();
        }
    }
}
