namespace Nacre.Cli.Commands;

/// <summary>
/// Turns Ctrl+C into a cancel the render loop notices, instead of killing the process mid-write: the loop stops,
/// the outputs are disposed (deleting partial files) and the CLI reports "cancelled".
/// </summary>
internal sealed class CancelOnCtrlC : IDisposable
{
    private volatile bool _cancelled;

    public CancelOnCtrlC()
    {
        Console.CancelKeyPress += OnCancel;
    }

    public void ThrowIfCancelled()
    {
        if (_cancelled)
        {
            throw new OperationCanceledException("cancelled by Ctrl+C");
        }
    }

    public void Dispose() => Console.CancelKeyPress -= OnCancel;

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true;
        _cancelled = true;
    }
}
