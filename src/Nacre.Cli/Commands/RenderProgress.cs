using System.Globalization;
using Spectre.Console;

namespace Nacre.Cli.Commands;

/// <summary>
/// Shows how far a long render has got, on standard error: a Spectre.Console progress bar on a terminal, a plain
/// line every 10 % otherwise (logs, CI, tests), so standard output stays for results.
/// </summary>
internal static class RenderProgress
{
    /// <summary>Runs <paramref name="work"/>, which calls its argument with the number of steps done so far.</summary>
    public static void Run(string description, long total, Action<Action<long>> work)
    {
        if (!Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    ProgressTask task = ctx.AddTask(description, maxValue: total);
                    work(done => task.Value = done);
                    task.Value = total;
                });
            return;
        }
        int lastTenth = -1;
        work(done =>
        {
            int tenth = total == 0 ? 10 : (int)(done * 10 / total);
            if (tenth != lastTenth)
            {
                lastTenth = tenth;
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{description}: {tenth * 10}% ({done}/{total})"));
            }
        });
    }
}
