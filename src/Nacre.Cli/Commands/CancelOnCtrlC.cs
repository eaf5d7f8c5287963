using System.Runtime.InteropServices;

namespace Nacre.Cli.Commands;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM into a cancel the render loop notices, instead of killing the process mid-write:
/// the loop stops, the outputs are disposed (deleting partial files) and the CLI reports "cancelled".
/// </summary>
internal sealed class CancelOnCtrlC : IDisposable
{
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private volatile bool _cancelled;

    public CancelOnCtrlC()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    public void ThrowIfCancelled()
    {
        if (_cancelled)
        {
            throw new OperationCanceledException("cancelled");
        }
    }

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        _cancelled = true;
    }
}
