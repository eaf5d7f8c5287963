using System.Threading.RateLimiting;

namespace Nacre.Studio.Streaming;

/// <summary>
/// Per-connection input limits, so one client cannot stall its session's stream: key and mouse events at most
/// <see cref="StudioOptions.MaxInputsPerSecond"/>, and the expensive requests (commands, subjects, mode, record, stop,
/// replay), which the session thread answers between frames, at most <see cref="StudioOptions.MaxCommandsPerSecond"/>
/// with a burst of twice that. Token buckets from System.Threading.RateLimiting. Used by one receive loop at a time.
/// </summary>
public sealed class InputThrottle : IDisposable
{
    private readonly TokenBucketRateLimiter _inputs;
    private readonly TokenBucketRateLimiter _commands;

    public InputThrottle(StudioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _inputs = Bucket(options.MaxInputsPerSecond);
        _commands = Bucket(options.MaxCommandsPerSecond);
    }

    /// <summary>Whether to apply <paramref name="input"/>; a release-all is always applied (it only stops things).</summary>
    public InputAdmission Admit(ClientInput input) => input.Kind switch
    {
        ClientInputKind.ReleaseAll => InputAdmission.Accepted,
        ClientInputKind.KeyDown or ClientInputKind.KeyUp or ClientInputKind.Look =>
            _inputs.AttemptAcquire().IsAcquired ? InputAdmission.Accepted : InputAdmission.Dropped,
        _ => _commands.AttemptAcquire().IsAcquired ? InputAdmission.Accepted : InputAdmission.SlowDown,
    };

    public void Dispose()
    {
        _inputs.Dispose();
        _commands.Dispose();
    }

    /// <summary>A bucket of twice the rate, refilled a tenth of the rate every 100 ms.</summary>
    private static TokenBucketRateLimiter Bucket(int perSecond) => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = Math.Max(2, perSecond * 2),
        TokensPerPeriod = Math.Max(1, perSecond / 10),
        ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
        AutoReplenishment = true,
        QueueLimit = 0,
    });
}
