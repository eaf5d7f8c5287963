using Nacre.Core;
using Nacre.Language;
using Nacre.Simulation.Directing;
using Nacre.Storage;
using Nacre.Studio.Api;
using Nacre.WorldGen;

namespace Nacre.Studio.Worlds;

/// <summary>
/// Words to saved worlds: parses a prompt into a <see cref="WorldSpec"/> (the only fuzzy step), stores the spec with
/// its seed and generator version, remixes, and remakes worlds made with an older generator. A saved world is rebuilt from its stored spec, never by re-reading
/// the prompt, so a later parser cannot change it.
/// </summary>
public sealed class WorldService(WorldStore store)
{
    /// <summary>Longest prompt accepted, characters (as the CLI).</summary>
    public const int MaxPromptLength = 2000;

    /// <summary>Seed used when none is given (as the CLI).</summary>
    public const ulong DefaultSeed = 1;

    public WorldStore Store => store;

    /// <summary>Checks a prompt; throws <see cref="BadRequestException"/> saying what is expected.</summary>
    public static string CheckPrompt(string? prompt)
    {
        if (string.IsNullOrWhiteSpace(prompt))
        {
            throw new BadRequestException("the prompt is empty: describe a world, e.g. \"a foggy pine forest at dusk with a cabin by a lake\"");
        }
        if (prompt.Length > MaxPromptLength)
        {
            throw new BadRequestException($"the prompt is {prompt.Length} characters long: at most {MaxPromptLength} are accepted");
        }
        return prompt.Trim();
    }

    /// <summary>What the prompt means (concepts, unrecognised words, the full spec). Pure and quick (parsing only).</summary>
    public static WorldSpec Understand(string prompt, ulong seed) => PromptParser.Parse(CheckPrompt(prompt), seed);

    /// <summary>Parses and saves a new world.</summary>
    public WorldRecord Create(string prompt, ulong seed, string? name, string? parentId = null)
    {
        WorldSpec spec = Understand(prompt, seed);
        string worldName = CheckName(name) ?? DefaultName(spec.Prompt.Length > 0 ? spec.Prompt : prompt);
        return store.CreateWorld(new NewWorld(worldName, prompt.Trim(), seed, WorldSpecJson.Serialize(spec), GeneratorVersion, parentId));
    }

    /// <summary>
    /// A new world from an existing one with a changed prompt and/or seed (what is left out stays the same), made with
    /// the current generator; the original's edits are carried over so what was built there is built here too. An
    /// unchanged remix of a world made with an older generator is accepted: it differs by its generator (a remake).
    /// </summary>
    public WorldRecord Remix(WorldRecord original, string? prompt, ulong? seed, string? name)
    {
        ArgumentNullException.ThrowIfNull(original);
        string newPrompt = prompt is null ? original.Prompt : CheckPrompt(prompt);
        ulong newSeed = seed ?? original.Seed;
        if (newPrompt == original.Prompt && newSeed == original.Seed && name is null && VersionOf(original) == WorldGenerator.Version)
        {
            throw new BadRequestException("a remix needs a change: give a new \"prompt\" or \"seed\" (or a \"name\" to make a copy)");
        }
        return Derive(original, newPrompt, newSeed, name ?? SuffixedName(original.Name, " (remix)"));
    }

    /// <summary>
    /// The world made again from its prompt and seed with the generator this build runs (<see cref="WorldGenerator.Version"/>):
    /// a remix whose parent is the original, with the original's edits carried over. The prompt is read again, so the
    /// remake also gets what the current parser understands (landforms, layouts). Refused with 409 when the world is
    /// already on the current generator, or on a newer one than this build has.
    /// </summary>
    public WorldRecord Remake(WorldRecord original)
    {
        ArgumentNullException.ThrowIfNull(original);
        int version = VersionOf(original);
        if (version == WorldGenerator.Version)
        {
            throw new BadRequestException($"this world is already made with generator v{version}, the current one: there is nothing to remake (remix it to change its prompt or seed)", 409);
        }
        if (version > WorldGenerator.Version)
        {
            throw new BadRequestException($"this world was made with generator v{version}, newer than this build's v{WorldGenerator.Version}: open it with a newer Nacre", 409);
        }
        return Derive(original, original.Prompt, original.Seed, SuffixedName(original.Name, $" (v{WorldGenerator.Version})"));
    }

    /// <summary>A new world whose parent is <paramref name="original"/>, carrying over its edits.</summary>
    private WorldRecord Derive(WorldRecord original, string prompt, ulong seed, string name)
    {
        WorldRecord derived = Create(prompt, seed, name, original.Id);
        store.CopyEdits(original.Id, derived.Id);
        return store.GetWorld(derived.Id)!;
    }

    /// <summary>The stored spec of a world (what it is rebuilt from), with the world's own seed.</summary>
    public static WorldSpec SpecOf(WorldRecord world) =>
        WorldSpecJson.Deserialize((world ?? throw new ArgumentNullException(nameof(world))).SpecJson) with
        {
            Seed = world.Seed,
            Generator = VersionOf(world),
        };

    /// <summary>
    /// The generator version a saved world was made with, from its stored "worldgen-N" (worlds from before versions
    /// were numbered are version 1).
    /// </summary>
    public static int VersionOf(WorldRecord world) => VersionOf((world ?? throw new ArgumentNullException(nameof(world))).GeneratorVersion);

    /// <summary>The generator version a stored "worldgen-N" names (1 for anything else: worlds from before versions were numbered).</summary>
    public static int VersionOf(string generatorVersion)
    {
        ArgumentNullException.ThrowIfNull(generatorVersion);
        const string Prefix = "worldgen-";
        return generatorVersion.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(generatorVersion.AsSpan(Prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int v)
            && v >= 1
            ? v
            : 1;
    }

    /// <summary>A world's edit log as the simulation reads it, in order; damaged rows are set aside (see <see cref="WorldLogLoader"/>).</summary>
    public static IReadOnlyList<LogEntry> LogOf(WorldStore store, string worldId) => WorldLogLoader.Load(store, worldId).Entries;

    /// <summary>Version string of the generator this build runs; stored with every world.</summary>
    public static string GeneratorVersion => $"worldgen-{WorldGenerator.Version}";

    /// <summary>Checks an optional name; null stays null.</summary>
    public static string? CheckName(string? name)
    {
        if (name is null)
        {
            return null;
        }
        string trimmed = name.Trim();
        if (trimmed.Length == 0 || trimmed.Length > WorldStore.MaxNameLength)
        {
            throw new BadRequestException($"a world name must be 1 to {WorldStore.MaxNameLength} characters");
        }
        if (trimmed.Any(ControlText.IsUnsafe))
        {
            throw new BadRequestException($"the name '{ControlText.Escape(trimmed, 60)}' holds control or text-direction characters: use plain text");
        }
        return trimmed;
    }

    /// <summary>A gallery name from a prompt: without a leading article, capitalised, at most ~48 characters at a word break.</summary>
    public static string DefaultName(string prompt)
    {
        string s = string.Join(' ', new string([.. prompt.Select(c => ControlText.IsUnsafe(c) ? ' ' : c)]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (string article in new[] { "a ", "an ", "the " })
        {
            if (s.StartsWith(article, StringComparison.OrdinalIgnoreCase) && s.Length > article.Length)
            {
                s = s[article.Length..];
                break;
            }
        }
        const int max = 48;
        if (s.Length > max)
        {
            int cut = s.LastIndexOf(' ', max);
            s = s[..(cut > 20 ? cut : max)].TrimEnd(',', ';', ' ') + "…";
        }
        return s.Length == 0 ? "Untitled world" : char.ToUpperInvariant(s[0]) + s[1..];
    }

    /// <summary>The name with <paramref name="suffix"/> (once), cut to the longest name the store takes.</summary>
    private static string SuffixedName(string name, string suffix)
    {
        string baseName = name.EndsWith(suffix, StringComparison.Ordinal) ? name : name + suffix;
        return baseName.Length <= WorldStore.MaxNameLength ? baseName : baseName[..WorldStore.MaxNameLength];
    }
}
