namespace Nacre.Studio.Streaming;

/// <summary>What <see cref="InputThrottle"/> decided for one input event.</summary>
public enum InputAdmission
{
    /// <summary>Apply it.</summary>
    Accepted,

    /// <summary>A command over its rate: refuse it with a reply, so the person sees why nothing happened.</summary>
    SlowDown,

    /// <summary>A key or mouse event over its rate: drop it silently (the next one carries the state).</summary>
    Dropped,
}
