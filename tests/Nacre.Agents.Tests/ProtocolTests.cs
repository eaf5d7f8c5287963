using System.Text.Json.Nodes;
using Nacre.Agents.Tasks;

namespace Nacre.Agents.Tests;

/// <summary>
/// The env protocol end to end: the Python client (examples/agents/nacre_env.py, standard library + numpy) starts
/// `nacre env serve` as its own process, steps an episode, sends bad input and walks out mid-episode. The frames it
/// receives must hash to the same bytes as the same episode stepped in this process.
/// </summary>
public class ProtocolTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static readonly int[] Actions = [1, 1, 6, 1, 7, 1, 5, 3, 1, 9, 1, 2];

    [Fact]
    public void PythonClient_AcrossProcesses_SeesTheSameFramesAndClearErrors()
    {
        const long Seed = 3;
        var options = new EnvOptions
        {
            Width = 64,
            Height = 64,
            Observations = ObservationKey.Rgb | ObservationKey.Depth | ObservationKey.Labels | ObservationKey.Pose | ObservationKey.Goal,
            Split = Split.Validation,
        };
        string expected;
        using (NacreEnv env = fixture.Host.Make(options))
        {
            expected = ObservationHash.OfEpisode(env, Seed, Actions);
        }

        JsonObject found = RunPython(Seed);

        found["hash"]!.GetValue<string>().ShouldBe(expected, "another process must render the same episode byte for byte");
        found["shapes"]!["rgb"]!.ToJsonString().ShouldBe("[[64,64,3],\"uint8\"]");
        found["shapes"]!["depth"]!.ToJsonString().ShouldBe("[[64,64],\"float32\"]");
        found["shapes"]!["labels"]!.ToJsonString().ShouldBe("[[64,64],\"uint16\"]");
        found["goal_text"]!.GetValue<string>().ShouldStartWith("go to the ");
        found["render_fps"]!.GetValue<int>().ShouldBe(5);
        found["render_shape"]!.ToJsonString().ShouldBe("[64,64,3]");
        found["invalid_action"]!.GetValue<string>().ShouldContain("invalid action 99");
        found["steps_after_error"]!.GetValue<bool>().ShouldBeTrue();
        found["unknown_task"]!.GetValue<string>().ShouldContain("unknown task 'Nacre/ObjectNav-v9'");
        found["wrong_key"]!.GetValue<string>().ShouldContain("unknown observation key 'colour'");
        found["too_many"]!.GetValue<string>().ShouldContain("too many envs");
        found["served_after_disconnect"]!.GetValue<bool>().ShouldBeTrue();
        found["slots_freed"]!.GetValue<bool>().ShouldBeTrue("the envs of a client that left must be closed");
        found["episodes"]!.AsArray().Count.ShouldBe(2);
        found["episode_files"]!.ToJsonString().ShouldBe("[\"actions.npy\",\"meta.json\",\"pose.npy\",\"rewards.npy\",\"rgb.npy\",\"terminated.npy\",\"truncated.npy\"]");
        found["episode_rgb"]!.ToJsonString().ShouldBe("[6,32,32,3]");
        found["episode_actions"]!.ToJsonString().ShouldBe("[5]");
    }

    private static JsonObject RunPython(long seed)
    {
        string scratch = Directory.CreateTempSubdirectory("nacre-agents-").FullName;
        try
        {
            // Debian's python3 has numpy (python3-numpy); a python3 earlier on PATH (pyenv) may not.
            string python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
            (int code, string stdout, string stderr) = ChildProcess.Run(python,
            [
                Path.Combine(AppContext.BaseDirectory, "protocol_check.py"),
                Path.Combine(AppContext.BaseDirectory, "nacre.dll"),
                RepoRoot(),
                seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                string.Join(',', Actions),
                scratch,
            ], TimeSpan.FromMinutes(2));
            code.ShouldBe(0, stderr);
            return JsonNode.Parse(stdout.Trim().Split('\n')[^1])!.AsObject();
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static string RepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Nacre.slnx")))
        {
            dir = Path.GetDirectoryName(dir);
        }
        return dir ?? throw new InvalidOperationException("Nacre.slnx not found above " + AppContext.BaseDirectory);
    }
}
