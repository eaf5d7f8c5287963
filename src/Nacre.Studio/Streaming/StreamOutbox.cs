using System.Collections.Concurrent;

namespace Nacre.Studio.Streaming;

/// <summary>
/// What waits to go down one session's WebSocket: at most one frame (the newest — a frame not yet sent when the next
/// is ready is dropped, never queued, so latency stays bounded by about two frame times) and a short queue of text
/// notices. One producer (the session's render thread) and one consumer (the connection's send loop).
/// </summary>
public sealed class StreamOutbox : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0);
    private readonly ManualResetEventSlim _taken = new(initialState: true);
    private readonly ConcurrentQueue<string> _notices = new();
    private EncodedFrame? _frame;

    /// <summary>Hands over a frame; returns true when it replaced one that was never sent (a dropped frame).</summary>
    public bool PublishFrame(EncodedFrame frame)
    {
        _taken.Reset();
        EncodedFrame? stale = Interlocked.Exchange(ref _frame, frame);
        _wake.Release();
        return stale is not null;
    }

    /// <summary>Queues a JSON text message (a notice, a reply to a command).</summary>
    public void PublishText(string json)
    {
        _notices.Enqueue(json);
        _wake.Release();
    }

    /// <summary>Wakes the sender without anything new (the session is closing: it should look and stop).</summary>
    public void Wake() => _wake.Release();

    /// <summary>Waits until there may be something to send.</summary>
    public Task WaitAsync(CancellationToken cancel) => _wake.WaitAsync(cancel);

    /// <summary>Takes the newest frame, if any, and tells the render thread it may render the next.</summary>
    public EncodedFrame? TakeFrame()
    {
        EncodedFrame? f = Interlocked.Exchange(ref _frame, null);
        if (f is not null)
        {
            _taken.Set();
        }
        return f;
    }

    public bool TryTakeText(out string json) => _notices.TryDequeue(out json!);

    /// <summary>
    /// Blocks the render thread until the last published frame has been taken by the sender, so no frame is
    /// rendered only to be dropped; false after <paramref name="timeout"/> (a slow link: render anyway, the newest wins).
    /// </summary>
    public bool WaitUntilTaken(TimeSpan timeout, CancellationToken cancel)
    {
        try
        {
            return _taken.Wait(timeout, cancel);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Forgets what was not sent (the client went away) and unblocks the render thread.</summary>
    public void Clear()
    {
        Interlocked.Exchange(ref _frame, null);
        _notices.Clear();
        _taken.Set();
    }

    public void Dispose()
    {
        _wake.Dispose();
        _taken.Dispose();
    }
}
