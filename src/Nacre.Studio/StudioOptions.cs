namespace Nacre.Studio;

/// <summary>How a studio runs: where it keeps worlds, how many sessions it serves, how fast it streams.</summary>
public sealed record StudioOptions
{
    /// <summary>Folder holding <c>nacre.db</c> (created if missing).</summary>
    public string DataDirectory { get; init; } = "data";

    /// <summary>
    /// Concurrent live sessions. Each session renders on its own thread with software OpenGL, which keeps about
    /// one core busy at 720p, so the default is one session per core (two on the reference machine).
    /// </summary>
    public int MaxSessions { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>A session with no connected client (closed, dropped or never connected) is closed and freed after this long.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A connected session that receives no input at all for this long is closed (a forgotten tab).</summary>
    public TimeSpan InactiveTimeout { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>Upper bound on frames a second streamed to one session.</summary>
    public int MaxFps { get; init; } = 60;

    /// <summary>JPEG quality of streamed frames, 1 … 100.</summary>
    public int JpegQuality { get; init; } = 75;

    /// <summary>Largest WebSocket message a client may send, bytes (an input event is well under 200).</summary>
    public int MaxClientMessageBytes { get; init; } = 4096;

    /// <summary>Largest HTTP request body accepted by the API, bytes.</summary>
    public long MaxRequestBodyBytes { get; init; } = 64 * 1024;

    /// <summary>
    /// The studio's access token, or null for none. Null is the default on loopback (only this machine can connect);
    /// bound to a network address the studio requires one (see docs/security.md). With a token, every request but
    /// <c>/api/health</c> must carry it: header <c>X-Nacre-Token</c>, the <c>nacre_token</c> cookie (set when the
    /// printed <c>?token=</c> URL is opened) or a <c>?token=</c> query parameter.
    /// </summary>
    public string? AccessToken { get; init; }

    /// <summary>
    /// Host names (without port) the studio answers to; any other Host header gets 400 (DNS rebinding defence).
    /// Loopback names by default; a studio bound to a network address adds its own names and addresses.
    /// </summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = LoopbackHosts;

    /// <summary>The names of this machine as a loopback client writes them in a Host header.</summary>
    public static IReadOnlyList<string> LoopbackHosts { get; } = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>Live sessions one client address may start per minute (more get 429 with Retry-After).</summary>
    public int SessionStartsPerMinute { get; init; } = 20;

    /// <summary>Preview stills rendered at once (each takes a core for ~0.3 s); more queue, and past the queue get 429.</summary>
    public int MaxConcurrentPreviews { get; init; } = 2;

    /// <summary>Preview requests that may wait for a free renderer before further ones get 429.</summary>
    public int PreviewQueueLength { get; init; } = 4;

    /// <summary>Take renders one client address may start per minute.</summary>
    public int RenderStartsPerMinute { get; init; } = 6;

    /// <summary>World-changing requests (create, remix, remake, rename, delete) one client address may make per minute.</summary>
    public int WorldWritesPerMinute { get; init; } = 120;

    /// <summary>Input events a session's stream accepts a second (a 240 Hz mouse with keys is well under); more are dropped.</summary>
    public int MaxInputsPerSecond { get; init; } = 400;

    /// <summary>Expensive stream requests (commands, subjects, record, stop, replay, mode) a session accepts a second; more get a reply saying to slow down.</summary>
    public int MaxCommandsPerSecond { get; init; } = 5;

    /// <summary>Edits a world's log may hold; an edit past it is refused with a reply (remix into a new world to go on).</summary>
    public int MaxEditsPerWorld { get; init; } = 2000;

    /// <summary>Path of the database inside <see cref="DataDirectory"/>.</summary>
    public string DatabasePath => Path.Combine(DataDirectory, "nacre.db");
}
