using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nacre.Agents.Tasks;
using Nacre.Rendering;

namespace Nacre.Agents.Protocol;

/// <summary>
/// One client of <see cref="EnvServer"/>: reads JSON requests (make, reset, step, tasks, close), answers each with one
/// JSON message (and, after reset and step, one binary message of observations). A bad request is answered with
/// <c>{"ok": false, "error": "…"}</c> and the connection stays open. Disposing closes the client's envs.
/// </summary>
internal sealed class EnvConnection(AgentHost host) : IDisposable
{
    private NacreVectorEnv? _envs;
    private EnvOptions? _options;
    private long _steps;
    private int _count;

    public async Task RunAsync(Stream stream, CancellationToken cancel)
    {
        while (await Wire.ReadAsync(stream, Wire.MaxRequestBytes, cancel).ConfigureAwait(false) is (byte kind, byte[] body))
        {
            if (kind != Wire.Json)
            {
                await Wire.WriteJsonAsync(stream, Error("requests are JSON messages ('J'); binary messages only go from server to client"), cancel).ConfigureAwait(false);
                continue;
            }
            JsonObject request;
            try
            {
                request = JsonNode.Parse(Encoding.UTF8.GetString(body)) as JsonObject ?? throw new JsonException("the request is not a JSON object");
            }
            catch (JsonException e)
            {
                await Wire.WriteJsonAsync(stream, Error("malformed JSON request: " + e.Message), cancel).ConfigureAwait(false);
                continue;
            }
            string cmd = request["cmd"]?.GetValueKind() == JsonValueKind.String ? request["cmd"]!.GetValue<string>() : "";
            if (cmd == "close")
            {
                Dispose();
                await Wire.WriteJsonAsync(stream, new JsonObject { ["ok"] = true }, cancel).ConfigureAwait(false);
                return;
            }
            (JsonObject reply, byte[]? observations) = Handle(cmd, request);
            await Wire.WriteJsonAsync(stream, reply, cancel).ConfigureAwait(false);
            if (observations is not null)
            {
                await Wire.WriteAsync(stream, Wire.Binary, observations, cancel).ConfigureAwait(false);
            }
        }
    }

    /// <summary>"8 envs of Nacre/ObjectNav-v0, 1200 steps", for the server's log.</summary>
    public string Describe() => _options is null ? "no envs made" : $"{_count} envs of {_options.Task}, {_steps} steps";

    public void Dispose()
    {
        _envs?.Dispose();
        _envs = null;
    }

    private (JsonObject Reply, byte[]? Observations) Handle(string cmd, JsonObject request)
    {
        try
        {
            return cmd switch
            {
                "make" => (Make(request), null),
                "reset" => Reset(request),
                "step" => Step(request),
                "tasks" => (Tasks(), null),
                _ => (Error($"unknown cmd '{cmd}': expected make, reset, step, tasks or close"), null),
            };
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or JsonException or GraphicsUnavailableException)
        {
            return (Error(e.Message), null);
        }
    }

    private JsonObject Make(JsonObject r)
    {
        int count = Int(r, "num_envs", 1);
        if (count < 1)
        {
            throw new ArgumentException($"num_envs {count} must be at least 1");
        }
        string[] keys = r["obs"] is JsonArray names ? [.. names.Select(n => n?.GetValue<string>() ?? "")] : ["rgb", "pose", "goal"];
        var options = new EnvOptions
        {
            Task = r["task"]?.GetValue<string>() ?? "Nacre/ObjectNav-v0",
            Width = Int(r, "width", 84),
            Height = Int(r, "height", Int(r, "width", 84)),
            Observations = ObservationKeys.Parse(keys),
            ActionMode = (r["action_mode"]?.GetValue<string>() ?? "discrete") switch
            {
                "discrete" => ActionMode.Discrete,
                "continuous" => ActionMode.Continuous,
                string other => throw new ArgumentException($"unknown action_mode '{other}': expected discrete or continuous"),
            },
            Split = Splits.Parse(r["split"]?.GetValue<string>() ?? "train"),
            MaxSteps = r["max_steps"] is JsonNode m ? m.GetValue<int>() : null,
            TicksPerStep = Int(r, "ticks_per_step", 12),
        };
        // Make the new envs before closing the old, so a refused request leaves the client's envs as they were.
        NacreVectorEnv envs = host.MakeVector(options, count);
        Dispose();
        _envs = envs;
        _options = options;
        _count = count;
        NacreEnv first = envs.Envs[0];
        return new JsonObject
        {
            ["ok"] = true,
            ["num_envs"] = count,
            ["task"] = first.TaskName,
            ["max_steps"] = first.MaxSteps,
            ["action_space"] = first.ActionSpace.ToJson(),
            ["observation_space"] = first.ObservationSpace.ToJson(),
            ["metadata"] = new JsonObject { ["render_fps"] = first.RenderFps, ["render_modes"] = new JsonArray("rgb_array") },
        };
    }

    private (JsonObject, byte[]?) Reset(JsonObject r)
    {
        NacreVectorEnv envs = Envs();
        long? seed = r["seed"] is JsonNode s && s.GetValueKind() == JsonValueKind.Number ? s.GetValue<long>() : null;
        Split? split = r["options"]?["split"] is JsonNode sp ? Splits.Parse(sp.GetValue<string>()) : null;
        (Observation[] obs, JsonObject[] infos) = envs.Reset(seed, split);
        (byte[] body, JsonArray arrays) = ObservationPacker.Pack(obs, _options!.Observations);
        return (new JsonObject { ["ok"] = true, ["infos"] = new JsonArray([.. infos]), ["arrays"] = arrays }, body);
    }

    private (JsonObject, byte[]?) Step(JsonObject r)
    {
        NacreVectorEnv envs = Envs();
        if (r["actions"] is not JsonArray list)
        {
            throw new InvalidActionException($"a step needs \"actions\": a list of {envs.Count} actions, one per env");
        }
        AgentAction[] actions = [.. list.Select(ParseAction)];
        StepResult[] results = envs.Step(actions);
        _steps += results.Length;
        (byte[] body, JsonArray arrays) = ObservationPacker.Pack([.. results.Select(x => x.Observation)], _options!.Observations);
        return (new JsonObject
        {
            ["ok"] = true,
            ["rewards"] = new JsonArray([.. results.Select(x => (JsonNode)Math.Round(x.Reward, 5))]),
            ["terminated"] = new JsonArray([.. results.Select(x => (JsonNode)x.Terminated)]),
            ["truncated"] = new JsonArray([.. results.Select(x => (JsonNode)x.Truncated)]),
            ["infos"] = new JsonArray([.. results.Select(x => x.Info)]),
            ["arrays"] = arrays,
        }, body);
    }

    private static JsonObject Tasks() => new()
    {
        ["ok"] = true,
        ["tasks"] = new JsonArray([.. TaskRegistry.All.Select(t => new JsonObject { ["name"] = t.Name, ["description"] = t.Description, ["max_steps"] = t.MaxSteps })]),
    };

    private NacreVectorEnv Envs() => _envs ?? throw new InvalidOperationException("no envs yet: send {\"cmd\": \"make\", …} first");

    private static AgentAction ParseAction(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out int i) => AgentAction.Of(i),
        JsonArray a when a.All(x => x?.GetValueKind() == JsonValueKind.Number) => AgentAction.Of([.. a.Select(x => (float)x!.GetValue<double>())]),
        _ => throw new InvalidActionException($"invalid action {node?.ToJsonString() ?? "null"}: expected an integer (discrete) or a list of 5 numbers (continuous)"),
    };

    private static int Int(JsonObject r, string key, int fallback)
    {
        JsonNode? node = r[key];
        if (node is null)
        {
            return fallback;
        }
        return node.GetValueKind() == JsonValueKind.Number && node.AsValue().TryGetValue(out int v)
            ? v
            : throw new ArgumentException($"{key} must be an integer, got {node.ToJsonString()}");
    }

    private static JsonObject Error(string message) => new() { ["ok"] = false, ["error"] = message };
}
