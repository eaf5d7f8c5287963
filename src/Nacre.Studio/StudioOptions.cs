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

    /// <summary>A session with no connected client is closed and freed after this long.</summary>
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

    /// <summary>Path of the database inside <see cref="DataDirectory"/>.</summary>
    public string DatabasePath => Path.Combine(DataDirectory, "nacre.db");
}
