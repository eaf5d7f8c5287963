namespace Nacre.Studio;

/// <summary>
/// A writer to pass to <see cref="StudioApp.RunAsync"/> when hosting the studio in-process (tests, benchmarks): it
/// catches the URL from the line the studio prints once it listens ("… running at http://127.0.0.1:PORT/ …").
/// </summary>
public sealed class StudioUrlCatcher : StringWriter
{
    /// <summary>Completes with the URL the studio listens on.</summary>
    public TaskCompletionSource<string> Url { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Task WriteLineAsync(string? value)
    {
        int at = value?.IndexOf("http://", StringComparison.Ordinal) ?? -1;
        if (at >= 0)
        {
            Url.TrySetResult(value![at..].Split(' ')[0]);
        }
        return base.WriteLineAsync(value);
    }
}
