using System.CommandLine;
using Nacre.Core;
using Nacre.Language;
using Nacre.Language.WordNet;

namespace Nacre.Cli.Commands;

/// <summary>
/// <c>nacre spec "&lt;prompt&gt;" [--seed N]</c>: the prompt's WorldSpec as JSON on stdout; the words that were not
/// understood on stderr, in one line.
/// </summary>
public static class SpecCommand
{
    public static Command Create()
    {
        Argument<string> prompt = CommonOptions.Prompt();
        Option<string?> seed = CommonOptions.Seed();
        var command = new Command("spec", "Print the world spec a prompt is understood as (JSON), e.g. nacre spec \"a castle on a hill at dusk\"")
        {
            prompt,
            seed,
        };
        command.SetAction(parse => Run(parse.GetValue(prompt), parse.GetValue(seed)));
        return command;
    }

    private static int Run(string? promptText, string? seedText)
    {
        string prompt = CommonOptions.CheckPrompt(promptText);
        ulong seed = CommonOptions.ParseSeed(seedText);
        WorldSpec spec;
        try
        {
            spec = PromptParser.Parse(prompt, seed);
        }
        catch (WordNetMissingException e)
        {
            Console.Error.WriteLine($"nacre: {e.Message}");
            return ExitCodes.Failure;
        }
        Console.Out.WriteLine(WorldSpecJson.Serialize(spec));
        if (spec.Unrecognized.Count > 0)
        {
            Console.Error.WriteLine($"nacre: not understood: {string.Join(", ", spec.Unrecognized)}");
        }
        return ExitCodes.Ok;
    }
}
