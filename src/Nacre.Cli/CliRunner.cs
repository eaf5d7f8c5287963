using System.CommandLine;

namespace Nacre.Cli;

/// <summary>Parses, reports usage errors as one clear line with exit code 2, and never shows a stack trace.</summary>
public static class CliRunner
{
    public static int Run(RootCommand root, string[] args)
    {
        ArgumentNullException.ThrowIfNull(root);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // "Required command was not provided" is the least useful of several errors: name the bad token instead.
            string first = parsed.Errors.Select(e => e.Message).OrderBy(m => m.StartsWith("Required command", StringComparison.Ordinal) ? 1 : 0).First();
            string command = parsed.CommandResult.Command.Name;
            Console.Error.WriteLine($"nacre: {first} (see 'nacre {(command == root.Name ? "" : command + " ")}--help')");
            return ExitCodes.Usage;
        }
        try
        {
            // Our own handlers below turn exceptions into one line; System.CommandLine's default one prints a stack trace.
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"nacre: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("nacre: cancelled");
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // the last line of defence: a person sees a message, never a stack trace
        catch (Exception e)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"nacre: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("NACRE_DEBUG") == "1")
            {
                Console.Error.WriteLine(e);
            }
            return ExitCodes.Failure;
        }
    }
}
