namespace Nacre.StudioBench;

/// <summary>Catches the URL from the line the studio prints once it listens.</summary>
public sealed class UrlCatcher : StringWriter
{
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
