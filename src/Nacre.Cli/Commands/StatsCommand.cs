using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Cli.Commands;

/// <summary>
/// <c>nacre stats "&lt;prompt&gt;" [--seed N] [--radius METRES] [--json]</c>: what the world holds within a radius of
/// the spawn point — objects per label, water and land fractions, elevation range — how fast its chunks generate
/// on one core, a content hash of every generated chunk (equal hashes mean byte-identical worlds), and the requested
/// objects that had nowhere to stand ("a boat" in a dry desert) and so were not placed.
/// </summary>
public static class StatsCommand
{
    public const float MaxRadius = 2048f;

    public static Command Create()
    {
        Argument<string> prompt = CommonOptions.Prompt();
        Option<string?> seed = CommonOptions.Seed();
        Option<string?> radius = new("--radius") { Description = $"Radius around the spawn point, metres (16 … {MaxRadius}, default 256)" };
        Option<bool> json = new("--json") { Description = "Print one JSON object instead of text" };
        var command = new Command("stats", "Count what a prompt's world holds and time its generation, e.g. nacre stats \"a village by a river\" --json")
        {
            prompt, seed, radius, json,
        };
        command.SetAction(parse => Run(parse.GetValue(prompt), parse.GetValue(seed), parse.GetValue(radius), parse.GetValue(json)));
        return command;
    }

    private static int Run(string? promptText, string? seedText, string? radiusText, bool json)
    {
        string prompt = CommonOptions.CheckPrompt(promptText);
        ulong seed = CommonOptions.ParseSeed(seedText);
        float radius = WorldOptions.ParseMetres(radiusText, "--radius", 256f, 16f, MaxRadius);
        WorldSpec spec = WorldOptions.Understand(prompt, seed);

        var clock = Stopwatch.StartNew();
        var world = new WorldGenerator(spec);
        double planMs = clock.Elapsed.TotalMilliseconds;
        SpawnPoint spawn = world.Spawn;
        float cx = spawn.Position.X, cz = spawn.Position.Z;
        ChunkCoord c0 = ChunkCoord.FromWorld(cx - radius, cz - radius), c1 = ChunkCoord.FromWorld(cx + radius, cz + radius);
        var chunks = new List<ChunkData>();
        clock.Restart();
        // One thread on purpose: the figure is chunks per second on one core, as a background worker gets.
        for (int z = c0.Z; z <= c1.Z; z++)
        {
            for (int x = c0.X; x <= c1.X; x++)
            {
                chunks.Add(world.Generate(new ChunkCoord(x, z)));
            }
        }
        double genSeconds = clock.Elapsed.TotalSeconds;

        ulong hash = StableHash.Combine((ulong)WorldGenerator.Version, (ulong)BitConverter.SingleToUInt32Bits(spawn.Position.X),
            (ulong)BitConverter.SingleToUInt32Bits(spawn.Position.Z), (ulong)BitConverter.SingleToUInt32Bits(spawn.Yaw));
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        long samples = 0, wet = 0;
        float minH = float.MaxValue, maxH = float.MinValue;
        float r2 = radius * radius;
        foreach (ChunkData c in chunks)
        {
            hash = ChunkHash.Combine(hash, c);
            for (int z = 0; z < ChunkData.Cells; z++)
            {
                for (int x = 0; x < ChunkData.Cells; x++)
                {
                    float dx = c.Coord.MinX + x - cx, dz = c.Coord.MinZ + z - cz;
                    if ((dx * dx) + (dz * dz) > r2)
                    {
                        continue;
                    }
                    samples++;
                    float h = c.HeightAt(x, z);
                    minH = MathF.Min(minH, h);
                    maxH = MathF.Max(maxH, h);
                    if (c.WaterSurface[ChunkData.SampleIndex(x, z)] > h)
                    {
                        wet++;
                    }
                }
            }
            foreach (PlacedObject o in c.Objects)
            {
                float dx = o.Position.X - cx, dz = o.Position.Z - cz;
                if ((dx * dx) + (dz * dz) <= r2)
                {
                    string name = SemanticLabels.Name(o.Label);
                    counts[name] = counts.GetValueOrDefault(name) + 1;
                }
            }
        }
        double waterFraction = samples == 0 ? 0 : (double)wet / samples;
        double chunksPerSecond = chunks.Count / Math.Max(genSeconds, 1e-9);
        string hashHex = hash.ToString("x16", CultureInfo.InvariantCulture);
        if (json)
        {
            WriteJson(prompt, seed, radius, chunks.Count, chunksPerSecond, planMs, hashHex, spawn, waterFraction, minH, maxH, counts, world.Unplaced);
        }
        else
        {
            var o = Console.Out;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"world: \"{prompt}\" seed {seed}, generator v{WorldGenerator.Version}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"area: {radius:0.#} m around the spawn ({cx:0.0}, {cz:0.0}), {chunks.Count} chunks"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"spawn: ({spawn.Position.X:0.0}, {spawn.Position.Y:0.0}, {spawn.Position.Z:0.0}) heading {spawn.Yaw * 180f / MathF.PI:0}°, looking at {(spawn.SubjectLabel == SemanticLabel.None ? "nothing in particular" : SemanticLabels.Name(spawn.SubjectLabel))}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"water: {waterFraction * 100:0.0} %, land: {(1 - waterFraction) * 100:0.0} %"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"elevation: {minH:0.0} m … {maxH:0.0} m"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generation: {chunksPerSecond:0} chunks/s on one core ({1000 / chunksPerSecond:0.00} ms a chunk; planning {planMs:0} ms)"));
            o.WriteLine($"content hash: {hashHex}");
            foreach (UnplacedRequest u in world.Unplaced)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"not placed: {u.Missing} {SemanticLabels.Name(u.Label)} — {u.Reason}"));
            }
            o.WriteLine("objects:");
            foreach ((string name, int n) in counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-12} {n,7}"));
            }
        }
        return ExitCodes.Ok;
    }

    private static void WriteJson(string prompt, ulong seed, float radius, int chunks, double chunksPerSecond, double planMs, string hash,
        SpawnPoint spawn, double water, float minH, float maxH, SortedDictionary<string, int> counts, IReadOnlyList<UnplacedRequest> unplaced)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("prompt", prompt);
            w.WriteNumber("seed", seed);
            w.WriteNumber("generatorVersion", WorldGenerator.Version);
            w.WriteNumber("radius", radius);
            w.WriteNumber("chunks", chunks);
            w.WriteNumber("chunksPerSecond", Math.Round(chunksPerSecond, 1));
            w.WriteNumber("msPerChunk", Math.Round(1000.0 / chunksPerSecond, 3));
            w.WriteNumber("planningMs", Math.Round(planMs, 1));
            w.WriteString("contentHash", hash);
            w.WriteStartObject("spawn");
            w.WriteNumber("x", Math.Round(spawn.Position.X, 3));
            w.WriteNumber("y", Math.Round(spawn.Position.Y, 3));
            w.WriteNumber("z", Math.Round(spawn.Position.Z, 3));
            w.WriteNumber("yawDegrees", Math.Round(spawn.Yaw * 180.0 / Math.PI, 2));
            w.WriteString("subject", SemanticLabels.Name(spawn.SubjectLabel));
            w.WriteEndObject();
            w.WriteNumber("waterFraction", Math.Round(water, 4));
            w.WriteNumber("landFraction", Math.Round(1 - water, 4));
            w.WriteStartObject("elevation");
            w.WriteNumber("min", Math.Round(minH, 2));
            w.WriteNumber("max", Math.Round(maxH, 2));
            w.WriteEndObject();
            w.WriteStartObject("counts");
            foreach ((string name, int n) in counts)
            {
                w.WriteNumber(name, n);
            }
            w.WriteEndObject();
            w.WriteStartArray("unplaced");
            foreach (UnplacedRequest u in unplaced)
            {
                w.WriteStartObject();
                w.WriteString("label", SemanticLabels.Name(u.Label));
                w.WriteNumber("missing", u.Missing);
                w.WriteString("reason", u.Reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stdout.WriteByte((byte)'\n');
    }
}
