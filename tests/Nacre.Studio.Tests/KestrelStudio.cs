namespace Nacre.Studio.Tests;

/// <summary>
/// The studio on real Kestrel on a free loopback port and a fresh database (what <c>nacre studio</c> runs), for tests
/// whose point is the real network: a client that vanishes without a close, real close frames. Disposing stops it.
/// </summary>
internal sealed class KestrelStudio : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "nacre-kestrel-tests-" + Path.GetRandomFileName());

    private KestrelStudio(StudioOptions options, StudioUrlCatcher announced)
    {
        _running = StudioApp.RunAsync(options with { DataDirectory = _data }, "http://127.0.0.1:0", announced, _stop.Token);
    }

    public Uri Url { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public static async Task<KestrelStudio> StartAsync(StudioOptions options)
    {
        var announced = new StudioUrlCatcher();
        var studio = new KestrelStudio(options, announced);
        studio.Url = new Uri(await announced.Url.Task.WaitAsync(TimeSpan.FromSeconds(60)));
        studio.Http = new HttpClient { BaseAddress = studio.Url };
        return studio;
    }

    /// <summary>The WebSocket URL of a session's stream.</summary>
    public Uri StreamUrl(string sessionId) => new($"ws://{Url.Authority}/api/sessions/{sessionId}/stream");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
