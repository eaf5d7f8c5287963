using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Nacre.Agents;
using Nacre.Agents.Baselines;
using Nacre.Agents.Protocol;
using Nacre.Agents.Tasks;

namespace Nacre.Cli.Commands;

/// <summary>
/// <c>nacre env serve|eval|tasks</c>: embodied-agent envs (docs/agents.md). <c>serve</c> runs the env protocol server
/// that the Python client talks to; <c>eval</c> runs a baseline agent over a split's episodes and prints success and
/// SPL; <c>tasks</c> lists the registered tasks.
/// </summary>
public static class EnvCommand
{
    public const int DefaultPort = 5171;

    public static Command Create()
    {
        var command = new Command("env", "Agent environments: serve them to Python, evaluate the baseline agents, list the tasks.");
        command.Subcommands.Add(Serve());
        command.Subcommands.Add(Eval());
        command.Subcommands.Add(Tasks());
        return command;
    }

    private static Command Serve()
    {
        var port = new Option<string?>("--port") { Description = $"TCP port on 127.0.0.1 (default {DefaultPort}; 0 picks a free one, printed on the first line)" };
        var maxEnvs = new Option<string?>("--max-envs") { Description = "Envs open at once across all clients (default 256)" };
        var command = new Command("serve", "Serve envs over TCP (JSON control, binary observations); the Python client in examples/agents speaks it.")
        {
            port, maxEnvs,
        };
        command.SetAction((parse, cancel) => ServeAsync(parse.GetValue(port), parse.GetValue(maxEnvs), cancel));
        return command;
    }

    private static async Task<int> ServeAsync(string? portText, string? maxText, CancellationToken cancel)
    {
        int port = WorldOptions.ParseInt(portText, "--port", DefaultPort, 0, 65535);
        int max = WorldOptions.ParseInt(maxText, "--max-envs", 256, 1, 100_000);
        using var host = new AgentHost(max);
        var server = new EnvServer(host, Console.Error);
        try
        {
            await server.ServeAsync(IPAddress.Loopback, port, bound =>
            {
                // The first stdout line is what launchers (the Python client) read to find the port.
                Console.Out.WriteLine($"nacre env serve: listening on 127.0.0.1:{bound}");
                Console.Out.Flush();
            }, cancel);
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new UsageException($"cannot listen on 127.0.0.1:{port}: the port is in use — is another server running? Try --port 0", e);
        }
        return ExitCodes.Ok;
    }

    private static Command Eval()
    {
        var task = new Option<string?>("--task") { Description = "Task name (default Nacre/ObjectNav-v0)" };
        var agent = new Option<string?>("--agent") { Description = "scripted (ObjectNav only) or random (default scripted)" };
        var split = new Option<string?>("--split") { Description = "train, val or test (default val)" };
        var episodes = new Option<string?>("--episodes") { Description = "Episodes 0 … N − 1 of the split (default 20)" };
        var size = new Option<string?>("--size") { Description = "Frame side, pixels (default 84)" };
        var command = new Command("eval", "Run a baseline agent over a split's episodes: success rate, SPL, steps.")
        {
            task, agent, split, episodes, size,
        };
        command.SetAction(parse => RunEval(parse.GetValue(task), parse.GetValue(agent), parse.GetValue(split), parse.GetValue(episodes), parse.GetValue(size)));
        return command;
    }

    private static int RunEval(string? taskText, string? agentText, string? splitText, string? episodesText, string? sizeText)
    {
        string taskName = taskText ?? "Nacre/ObjectNav-v0";
        Split split;
        try
        {
            TaskRegistry.Get(taskName);
            split = Splits.Parse(splitText ?? "val");
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message, e);
        }
        int count = WorldOptions.ParseInt(episodesText, "--episodes", 20, 1, 10_000);
        int side = WorldOptions.ParseInt(sizeText, "--size", 84, 16, EnvOptions.MaxSide);
        IAgentPolicy policy = (agentText ?? "scripted") switch
        {
            "scripted" when taskName.Contains("ObjectNav", StringComparison.OrdinalIgnoreCase) => new ScriptedObjectNavAgent(),
            "scripted" => throw new UsageException("the scripted agent solves ObjectNav only: use --task Nacre/ObjectNav-v0 or --agent random"),
            "random" => new RandomAgent(1),
            string other => throw new UsageException($"unknown agent '{other}': expected scripted or random"),
        };
        using var host = new AgentHost();
        var options = new EnvOptions { Task = taskName, Width = side, Height = side, Split = split };
        EvaluationResult result = Evaluation.Run(host, options, policy, count, onEpisode: (e, info) =>
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"episode {e}: {info.ToJsonString()}")));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{taskName} {Splits.NameOf(split)} {agentText ?? "scripted"}: success {result.Successes}/{result.Episodes} ({result.SuccessRate:P0}), SPL {result.MeanSpl:0.000}, steps {result.MeanSteps:0.0}, return {result.MeanReturn:0.00}"));
        return ExitCodes.Ok;
    }

    private static Command Tasks()
    {
        var command = new Command("tasks", "List the registered tasks.");
        command.SetAction(_ =>
        {
            foreach (AgentTask t in TaskRegistry.All)
            {
                Console.Out.WriteLine($"{t.Name,-24} max {t.MaxSteps,3} steps  {t.Description}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
