using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Nacre.Media;
using Nacre.Storage;
using Nacre.Studio.Streaming;

namespace Nacre.Studio.Sessions;

/// <summary>
/// One browser tab's live world: a simulation and a renderer on a thread of their own (an OpenGL context is bound
/// to one thread), fed by input events and streaming JPEG frames through <see cref="Outbox"/>. Only the holder of
/// <see cref="Token"/> may drive or watch it. The simulation advances in fixed 60 Hz ticks while a client is
/// connected and pauses while none is. Closing saves where the walker stands (and a thumbnail) with the world.
/// </summary>
public sealed class StudioSession : IDisposable
{
    /// <summary>Simulation ticks a second (fixed step).</summary>
    public const int TicksPerSecond = 60;

    /// <summary>
    /// Most ticks simulated before one frame (1 s): a slow frame still moves the walker at its real speed, and only a
    /// longer stall is skipped rather than replayed in a burst.
    /// </summary>
    private const int MaxCatchUpTicks = 60;

    private static readonly TimeSpan SlowLinkWait = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan ViewSaveInterval = TimeSpan.FromSeconds(5);

    private readonly Func<StudioSession, ISessionEngine> _engineFactory;
    private readonly WorldStore _store;
    private readonly ILogger _log;
    private readonly TimeProvider _time;
    private readonly StudioOptions _options;
    private readonly ConcurrentQueue<ClientInput> _inputs = new();
    private readonly CancellationTokenSource _closing = new();
    private readonly ManualResetEventSlim _wake = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Thread _thread;
    private long _lastActivityTicks;
    private long _connection;
    private int _attached;
    private long _framesSent;
    private long _framesDropped;
    private uint _lastSendMicros;
    private string _closeReason = "closed";
    private FrameHeader _lastHeader;

    public StudioSession(string id, string token, WorldRecord world, Resolution resolution, StudioOptions options,
        Func<StudioSession, ISessionEngine> engineFactory, WorldStore store, ILogger log, TimeProvider time)
    {
        Id = id;
        Token = token;
        World = world;
        Resolution = resolution;
        _options = options;
        _engineFactory = engineFactory;
        _store = store;
        _log = log;
        _time = time;
        CreatedAt = time.GetUtcNow();
        _lastActivityTicks = CreatedAt.UtcTicks;
        _thread = new Thread(Run) { IsBackground = true, Name = $"nacre-session-{id}" };
    }

    /// <summary>Public id (appears in URLs); knowing it gives no access.</summary>
    public string Id { get; }

    /// <summary>The secret that drives and watches this session (256 random bits, base64url).</summary>
    public string Token { get; }

    public WorldRecord World { get; }

    public Resolution Resolution { get; }

    public DateTimeOffset CreatedAt { get; }

    /// <summary>Last time a client connected, disconnected or sent input.</summary>
    public DateTimeOffset LastActivity => new(Interlocked.Read(ref _lastActivityTicks), TimeSpan.Zero);

    public bool IsAttached => Volatile.Read(ref _attached) == 1;

    public bool IsClosing => _closing.IsCancellationRequested;

    public StreamOutbox Outbox { get; } = new();

    /// <summary>Sentences for people about how the world opened (e.g. damaged edits set aside); sent with <c>ready</c>.</summary>
    public IReadOnlyList<string> OpenNotices { get; init; } = [];

    public long FramesSent => Interlocked.Read(ref _framesSent);

    public long FramesDropped => Interlocked.Read(ref _framesDropped);

    /// <summary>Header of the newest frame rendered (position, tick, timings).</summary>
    public FrameHeader LastFrame => _lastHeader;

    /// <summary>Completes when the session's thread has saved, freed its engine and stopped.</summary>
    public Task Closed => _closed.Task;

    /// <summary>Raised (on the session thread) once the session has closed.</summary>
    public event Action<StudioSession>? Ended;

    public void Start() => _thread.Start();

    /// <summary>A client connected; returns its connection number. An older connection is superseded.</summary>
    public long Attach()
    {
        long n = Interlocked.Increment(ref _connection);
        Outbox.Clear();
        Volatile.Write(ref _attached, 1);
        Touch();
        _wake.Set();
        return n;
    }

    /// <summary>True while <paramref name="connection"/> is the newest connection and the session is open.</summary>
    public bool IsCurrent(long connection) => Interlocked.Read(ref _connection) == connection && !IsClosing;

    /// <summary>A client went away; the session pauses until one connects again (or idles out).</summary>
    public void Detach(long connection)
    {
        if (Interlocked.CompareExchange(ref _connection, connection, connection) == connection)
        {
            Volatile.Write(ref _attached, 0);
            Outbox.Clear();
            // Release held keys: a dropped connection must not leave the walker running.
            _inputs.Enqueue(new ClientInput(0, ClientInputKind.ReleaseAll));
            Touch();
        }
    }

    public void Enqueue(ClientInput input)
    {
        _inputs.Enqueue(input);
        Touch();
    }

    public void FrameSent(uint sendMicros)
    {
        Interlocked.Increment(ref _framesSent);
        Volatile.Write(ref _lastSendMicros, sendMicros);
    }

    /// <summary>Asks the session to save and stop; returns at once (await <see cref="Closed"/> to wait).</summary>
    /// <param name="reason">"closed", "idle", "inactive", "shutdown", "error": stored with the session.</param>
    public void Close(string reason)
    {
        if (!_closing.IsCancellationRequested)
        {
            _closeReason = reason;
            _closing.Cancel();
            _wake.Set();
            Outbox.Wake();
        }
    }

    public void Dispose()
    {
        Close("shutdown");
        if (_thread.IsAlive && Thread.CurrentThread != _thread)
        {
            _thread.Join(TimeSpan.FromSeconds(10));
        }
        Outbox.Dispose();
        _closing.Dispose();
        _wake.Dispose();
    }

    private void Touch() => Interlocked.Exchange(ref _lastActivityTicks, _time.GetUtcNow().UtcTicks);

    private void Run()
    {
        ISessionEngine? engine = null;
        EngineFrame last = default;
        try
        {
            engine = _engineFactory(this);
            last = Loop(engine);
        }
#pragma warning disable CA1031 // one session failing must not take the studio down: report it and close this one
        catch (Exception e)
#pragma warning restore CA1031
        {
            _log.LogError(e, "session {Session} failed", Id);
            Outbox.PublishText(Notice("error", $"the world stopped: {e.Message}. Reopen it from the gallery."));
            Close("error");
        }
        finally
        {
            Save(engine, last, final: true);
            engine?.Dispose();
            try
            {
                _store.EndSession(Id, _closeReason, FramesSent);
            }
#pragma warning disable CA1031 // the database may be gone at shutdown; the session is over either way
            catch (Exception e)
#pragma warning restore CA1031
            {
                _log.LogWarning(e, "could not record the end of session {Session}", Id);
            }
            _closed.TrySetResult();
            Ended?.Invoke(this);
        }
    }

    private EngineFrame Loop(ISessionEngine engine)
    {
        CancellationToken cancel = _closing.Token;
        var simClock = new Stopwatch();
        long baseTick = engine.Tick;
        long pendingSeq = 0, appliedSeq = 0, tickAtApply = 0;
        uint frameNumber = 0;
        double minFrameSeconds = 1.0 / Math.Max(1, _options.MaxFps);
        long lastViewSave = Stopwatch.GetTimestamp();
        bool thumbnailSaved = World.HasThumbnail;
        EngineFrame frame = default;
        int droppedSinceLast = 0;

        while (!cancel.IsCancellationRequested)
        {
            if (!IsAttached)
            {
                // Nobody watching: time stands still and nothing is rendered.
                simClock.Stop();
                _wake.Wait(TimeSpan.FromMilliseconds(500));
                _wake.Reset();
                continue;
            }
            simClock.Start();
            long frameStart = Stopwatch.GetTimestamp();

            while (_inputs.TryDequeue(out ClientInput input))
            {
                engine.Apply(input);
                if (input.Sequence != 0)
                {
                    pendingSeq = Math.Max(pendingSeq, input.Sequence);
                    tickAtApply = engine.Tick;
                }
            }

            long due = baseTick + (long)(simClock.Elapsed.TotalSeconds * TicksPerSecond);
            if (due - engine.Tick > MaxCatchUpTicks)
            {
                baseTick -= due - engine.Tick - MaxCatchUpTicks;
                due = engine.Tick + MaxCatchUpTicks;
            }
            long t0 = Stopwatch.GetTimestamp();
            engine.StepTo(due);
            uint simulateUs = Micros(t0);
            if (engine.Tick > tickAtApply)
            {
                appliedSeq = pendingSeq;
            }

            frame = engine.Render();
            long t1 = Stopwatch.GetTimestamp();
            byte[] jpeg = ImageFile.EncodeJpeg(frame.Rgba.Span, frame.Width, frame.Height, _options.JpegQuality);
            uint encodeUs = Micros(t1);

            var header = new FrameHeader(
                frame.Width, frame.Height, droppedSinceLast, ++frameNumber, engine.Tick, (uint)appliedSeq,
                simulateUs, frame.RenderMicros, frame.ReadbackMicros, encodeUs, Volatile.Read(ref _lastSendMicros),
                frame.Camera.Position.X, frame.Camera.Position.Y, frame.Camera.Position.Z, frame.Camera.Yaw, frame.Camera.Pitch,
                frame.TimeOfDayHours, frame.Weather, frame.Triangles);
            byte[] message = new byte[FrameHeader.Size + jpeg.Length];
            header.Write(message);
            jpeg.CopyTo(message, FrameHeader.Size);
            _lastHeader = header;
            droppedSinceLast = 0;
            if (Outbox.PublishFrame(new EncodedFrame(message, header, Stopwatch.GetTimestamp())))
            {
                Interlocked.Increment(ref _framesDropped);
                droppedSinceLast++;
            }

            if (!thumbnailSaved && simClock.Elapsed > TimeSpan.FromSeconds(1))
            {
                thumbnailSaved = SaveThumbnail(frame);
            }
            if (Stopwatch.GetElapsedTime(lastViewSave) > ViewSaveInterval)
            {
                Save(engine, default, final: false);
                lastViewSave = Stopwatch.GetTimestamp();
            }

            // Render the next frame only once this one is on its way (or the link is too slow to wait for).
            Outbox.WaitUntilTaken(SlowLinkWait, cancel);
            double spare = minFrameSeconds - Stopwatch.GetElapsedTime(frameStart).TotalSeconds;
            if (spare > 0.001)
            {
                cancel.WaitHandle.WaitOne(TimeSpan.FromSeconds(spare));
            }
        }
        return frame;
    }

    private void Save(ISessionEngine? engine, EngineFrame last, bool final)
    {
        if (engine is null)
        {
            return;
        }
        try
        {
            _store.SaveView(World.Id, engine.View.ToJson());
            if (final && !last.Rgba.IsEmpty)
            {
                SaveThumbnail(last);
            }
        }
#pragma warning disable CA1031 // saving the view is best effort; the world itself is already saved
        catch (Exception e)
#pragma warning restore CA1031
        {
            _log.LogWarning(e, "could not save the view of world {World}", World.Id);
        }
    }

    private bool SaveThumbnail(EngineFrame frame)
    {
        _store.SetThumbnail(World.Id, Thumbnail.FromRgba(frame.Rgba.Span, frame.Width, frame.Height));
        return true;
    }

    private static uint Micros(long since) => (uint)Math.Min(uint.MaxValue, Stopwatch.GetElapsedTime(since).Ticks / 10);

    internal static string Notice(string level, string text) => JsonSerializer.Serialize(new { t = "notice", level, text });
}
