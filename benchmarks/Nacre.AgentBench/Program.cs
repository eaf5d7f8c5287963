using System.Diagnostics;
using System.Globalization;
using Nacre.Agents;
using Nacre.Agents.Baselines;

// Steps/s of agent envs in one process on one GL context (docs/performance.md, "Agent envs"):
//   dotnet run -c Release --project benchmarks/Nacre.AgentBench -- [--steps 300] [--envs 8] [--sizes 64,84,128] [--repeat 3]
// Each case makes its envs, resets them (episodes 0 … n − 1 of the train split), warms up for 20 steps, then times
// --steps vector steps of random actions; steps/s counts env steps (all envs together). Every case runs --repeat
// times (the whole table, round after round) and the median and best are printed: on a shared machine single runs
// vary by 2×. Memory per env is the growth of the process's working set from 0 to n envs, divided by n, after 20
// steps, in the first round (the very first case also pays for the GL context and the first worlds).
int steps = Arg("--steps", 300);
int repeat = Arg("--repeat", 3);
int manyEnvs = Arg("--envs", 8);
int[] sizes = [.. (ArgText("--sizes") ?? "64,84,128").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
ObservationKey rgb = ObservationKey.Rgb;
ObservationKey all = ObservationKey.Rgb | ObservationKey.Depth | ObservationKey.Labels;

using var host = new AgentHost(maxEnvs: Math.Max(manyEnvs, 1));
Console.WriteLine($"Nacre.AgentBench: {Environment.ProcessorCount} cores, {steps} steps a case, random actions, Nacre/ObjectNav-v0 train episodes");
var cases = (from size in sizes
             from obs in new[] { (Keys: rgb, Name: "rgb"), (Keys: all, Name: "rgb+depth+labels") }
             from n in new[] { 1, manyEnvs }.Distinct()
             select (Size: size, obs.Keys, obs.Name, Envs: n)).ToArray();
var rates = cases.Select(_ => new List<double>()).ToArray();
var memory = new double[cases.Length];
for (int round = 0; round < repeat; round++)
{
    for (int c = 0; c < cases.Length; c++)
    {
        (double perSecond, double mib) = Run(host, cases[c].Size, cases[c].Keys, cases[c].Envs, steps);
        rates[c].Add(perSecond);
        if (round == 0)
        {
            memory[c] = mib;
        }
    }
}
Console.WriteLine("| size | observations | envs | steps/s median | steps/s best | ms/step (median) | memory/env |");
Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
for (int c = 0; c < cases.Length; c++)
{
    double median = rates[c].Order().ElementAt(rates[c].Count / 2), best = rates[c].Max();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {cases[c].Size}×{cases[c].Size} | {cases[c].Name} | {cases[c].Envs} | {median:0} | {best:0} | {1000 / median:0.00} | {memory[c]:0.0} MiB |"));
}
Console.WriteLine($"GL: {host.GraphicsDescription}");
return 0;

static (double StepsPerSecond, double MibPerEnv) Run(AgentHost host, int size, ObservationKey keys, int n, int steps)
{
    GC.Collect();
    long before = Process.GetCurrentProcess().WorkingSet64;
    using NacreVectorEnv envs = host.MakeVector(new EnvOptions { Width = size, Height = size, Observations = keys }, n);
    envs.Reset(seed: 0);
    var agents = Enumerable.Range(0, n).Select(i => new RandomAgent((ulong)i)).ToArray();
    var actions = new AgentAction[n];
    void StepAll()
    {
        for (int i = 0; i < n; i++)
        {
            actions[i] = agents[i].Act(null!);
        }
        envs.Step(actions);
    }
    for (int w = 0; w < 20; w++)
    {
        StepAll();
    }
    GC.Collect();
    double mib = (Process.GetCurrentProcess().WorkingSet64 - before) / (1024.0 * 1024.0) / n;
    var clock = Stopwatch.StartNew();
    for (int s = 0; s < steps; s++)
    {
        StepAll();
    }
    return (steps * n / clock.Elapsed.TotalSeconds, mib);
}

int Arg(string name, int fallback) => ArgText(name) is string t ? int.Parse(t, CultureInfo.InvariantCulture) : fallback;

string? ArgText(string name)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
