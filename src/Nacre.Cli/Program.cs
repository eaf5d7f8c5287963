using System.CommandLine;
using Nacre.Cli;
using Nacre.Cli.Commands;

// The nacre command: one file per subcommand under Commands/, registered here. Exit codes: 0 ok,
// 1 runtime failure, 2 usage error (bad flag, bad value, unwritable output) — see ExitCodes.
var root = new RootCommand("Nacre — a real-time world model engine: describe a world, walk it, direct it, export it.");
Command[] commands =
[
    SpecCommand.Create(),
    MapCommand.Create(),
    StatsCommand.Create(),
    WanderCommand.Create(),
    BenchCommand.Create(),
    StudioCommand.Create(),
    DirectCommand.Create(),
    TakesCommand.Create(),
    StillCommand.Create(),
    EnvCommand.Create(),
    StoreCommand.Create(),
];
foreach (Command c in commands)
{
    root.Subcommands.Add(c);
}

return CliRunner.Run(root, args);
