using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nacre.Storage;
using Nacre.Studio.Worlds;

namespace Nacre.Studio.Sessions;

/// <summary>
/// The live sessions of a studio: starts them up to the cap (beyond it: "studio busy"), finds one only for the
/// holder of its token, and closes sessions that have been idle (no client) or inactive (no input) too long.
/// Thread-safe.
/// </summary>
public sealed class SessionManager : BackgroundService
{
    /// <summary>How often idle sessions are looked for: every 5 s, or a quarter of a shorter idle time.</summary>
    private readonly TimeSpan _sweepInterval;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, StudioSession> _sessions = new(StringComparer.Ordinal);
    private readonly Lock _startLock = new();
    private readonly StudioOptions _options;
    private readonly WorldStore _store;
    private readonly SessionEngineFactory _engines;
    private readonly ILoggerFactory _logs;
    private readonly ILogger _log;
    private readonly TimeProvider _time;

    public SessionManager(StudioOptions options, WorldStore store, SessionEngineFactory engines, ILoggerFactory logs, TimeProvider time)
    {
        _options = options;
        _store = store;
        _engines = engines;
        _logs = logs;
        _log = logs.CreateLogger<SessionManager>();
        _time = time;
        _sweepInterval = TimeSpan.FromTicks(Math.Clamp(options.IdleTimeout.Ticks / 4, TimeSpan.TicksPerMillisecond * 50, TimeSpan.TicksPerSecond * 5));
    }

    /// <summary>Cancelled when the studio begins to shut down: streams close with 1001 "going away".</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Sessions open now (including ones closing).</summary>
    public int Count => _sessions.Count;

    public int Capacity => _options.MaxSessions;

    /// <summary>Starts a session on a saved world, or says the studio is busy.</summary>
    public SessionStartResult Start(WorldRecord world, Resolution resolution)
    {
        StudioSession session;
        lock (_startLock)
        {
            if (_sessions.Count >= _options.MaxSessions)
            {
                return new SessionStartResult(null, true,
                    $"studio busy: all {_options.MaxSessions} live sessions are in use. Try again in a minute, or close another tab.");
            }
            string id = NewSessionId();
            string token = NewToken();
            ViewState? view = ViewState.FromJson(world.ViewJson);
            // Damaged edit rows are set aside now, so the engine opens the rest and the client is told what was skipped.
            IReadOnlyList<string> setAside = WorldLogLoader.Load(_store, world.Id).SetAside;
            if (setAside.Count > 0 && _log.IsEnabled(LogLevel.Warning))
            {
                _log.LogWarning("world {World}: {Count} damaged edit rows set aside: {Rows}", world.Id, setAside.Count, string.Join("; ", setAside));
            }
            session = new StudioSession(id, token, world, resolution, _options,
                s => _engines.Create(world, resolution, view, s), _store, _logs.CreateLogger<StudioSession>(), _time)
            {
                OpenNotices = WorldLogLoader.Notice(setAside) is { } notice ? [notice] : [],
            };
            _store.StartSession(id, world.Id, resolution.Name);
            _sessions[id] = session;
        }
        session.Ended += s =>
        {
            _sessions.TryRemove(s.Id, out _);
            if (_log.IsEnabled(LogLevel.Information))
            {
                _log.LogInformation("session {Session} on world {World} ended ({Frames} frames)", s.Id, s.World.Id, s.FramesSent);
            }
            // What the session held (its renderer, llvmpipe's threads and scratch) goes back to the system, so a
            // studio's memory stays flat while sessions come and go.
            ProcessMemory.ReturnUnused();
        };
        session.Start();
        if (_log.IsEnabled(LogLevel.Information))
        {
            _log.LogInformation("session {Session} started on world {World} at {Resolution}", session.Id, world.Id, resolution.Name);
        }
        return new SessionStartResult(session, false, null);
    }

    /// <summary>
    /// The session with this id if <paramref name="token"/> is its token; null otherwise (an unknown id and a wrong
    /// token look the same, so ids cannot be probed). The comparison takes the same time however much matches.
    /// </summary>
    public StudioSession? Find(string id, string? token)
    {
        if (token is null || !_sessions.TryGetValue(id, out StudioSession? s) || s.IsClosing)
        {
            return null;
        }
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(s.Token)) ? s : null;
    }

    /// <summary>True when some open session is showing this world (it must not be deleted under it).</summary>
    public bool IsWorldInUse(string worldId) => _sessions.Values.Any(s => s.World.Id == worldId && !s.IsClosing);

    /// <summary>Closes sessions idle or inactive past their limits. Called by the background loop; public for tests.</summary>
    public void Sweep()
    {
        DateTimeOffset now = _time.GetUtcNow();
        foreach (StudioSession s in _sessions.Values)
        {
            TimeSpan quiet = now - s.LastActivity;
            if (!s.IsAttached && quiet > _options.IdleTimeout)
            {
                s.Close("idle");
            }
            else if (s.IsAttached && quiet > _options.InactiveTimeout)
            {
                s.Outbox.PublishText(StudioSession.Notice("error", "closed after a long time without input: reopen the world from the gallery"));
                s.Close("inactive");
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_sweepInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Sweep();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await base.StopAsync(cancellationToken);
        StudioSession[] open = [.. _sessions.Values];
        foreach (StudioSession s in open)
        {
            s.Close("shutdown");
        }
        await Task.WhenAll(open.Select(s => s.Closed)).WaitAsync(TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        foreach (StudioSession s in _sessions.Values)
        {
            s.Dispose();
        }
        _stopping.Dispose();
        base.Dispose();
    }

    private static string NewToken()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static string NewSessionId()
    {
        const string alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
        Span<byte> bytes = stackalloc byte[12];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[13];
        chars[0] = 's';
        for (int i = 0; i < 12; i++)
        {
            chars[i + 1] = alphabet[bytes[i] & 31];
        }
        return new string(chars);
    }
}
