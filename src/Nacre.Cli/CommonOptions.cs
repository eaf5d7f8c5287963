using System.CommandLine;
using System.Globalization;

namespace Nacre.Cli;

/// <summary>Options and argument checks shared by several commands, so every command words its errors the same way.</summary>
public static class CommonOptions
{
    /// <summary>Longest prompt accepted, characters.</summary>
    public const int MaxPromptLength = 2000;

    public static Argument<string> Prompt() => new("prompt") { Description = "What the world is, in words, e.g. \"a foggy pine forest at dusk with a cabin by a lake\"" };

    public static Option<string?> Seed() => new("--seed") { Description = "World seed: a whole number 0 … 18446744073709551615 (default 1)" };

    public static Option<string?> Quality() => new("--quality")
    {
        Description = "Render tier: final (per-pixel light, soft shadows, ambient occlusion, bloom, depth of field, motion blur, supersampled; the default) or live (the studio's real-time look, much faster)",
    };

    /// <summary>Parses --quality: final or live; absent means final (commands that make something a person keeps).</summary>
    public static Nacre.Rendering.RenderQuality ParseQuality(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "final" => Nacre.Rendering.RenderQuality.Final,
        "live" => Nacre.Rendering.RenderQuality.Live,
        _ => throw new UsageException($"--quality '{text}' is not a render tier: use final (the default: slower, richer) or live (the studio's real-time look)"),
    };

    public static Option<string> Output(string example) => new("--output", "-o") { Description = $"Output file, e.g. {example}", Required = true };

    /// <summary>Rejects an empty or oversized prompt with a message that says what is expected.</summary>
    public static string CheckPrompt(string? prompt)
    {
        if (string.IsNullOrWhiteSpace(prompt))
        {
            throw new UsageException("the prompt is empty: describe a world, e.g. nacre spec \"a pine forest with a cabin by a lake\"");
        }
        if (prompt.Length > MaxPromptLength)
        {
            throw new UsageException($"the prompt is {prompt.Length} characters long: at most {MaxPromptLength} are accepted");
        }
        return prompt.Trim();
    }

    /// <summary>Parses --seed: a non-negative whole number; absent means 1.</summary>
    public static ulong ParseSeed(string? text)
    {
        if (text is null)
        {
            return 1;
        }
        if (!ulong.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed))
        {
            string what = text.TrimStart().StartsWith('-') ? "is negative" : "is not a whole number";
            throw new UsageException($"--seed '{Nacre.Core.ControlText.Escape(text, 40)}' {what}: seeds are whole numbers from 0 to 18446744073709551615, e.g. --seed 42");
        }
        return seed;
    }

    /// <summary>
    /// Checks that <paramref name="path"/> can be written (its folder exists and is writable) before any work is
    /// done, so a bad path fails fast and no output is left half-written.
    /// </summary>
    public static string CheckOutputPath(string path, params string[] extensions) => CheckOutputPathFor("-o", path, extensions);

    /// <summary>
    /// <see cref="CheckOutputPath(string, string[])"/> for a file named by another option (<paramref name="option"/>,
    /// e.g. "--report"), whose name the messages use.
    /// </summary>
    public static string CheckOutputPathFor(string option, string path, params string[] extensions)
    {
        string what = option == "-o" ? "output" : option;
        string example = "out" + (extensions.FirstOrDefault() ?? "");
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException($"the {what} path is empty: give a file name with {option}, e.g. {option} {(option == "-o" ? "map.png" : example)}");
        }
        string full = Path.GetFullPath(path);
        if (extensions.Length > 0 && !extensions.Any(e => full.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            throw new UsageException($"{what} '{path}' must end in {string.Join(" or ", extensions)}");
        }
        if (Directory.Exists(full))
        {
            throw new UsageException($"{what} '{path}' is a folder: give a file name, e.g. {Path.Combine(path, example)}");
        }
        string? dir = Path.GetDirectoryName(full);
        if (dir is null || !Directory.Exists(dir))
        {
            throw new UsageException($"cannot write '{path}': folder '{dir}' does not exist");
        }
        CheckFolderWritable(dir, $"cannot write '{path}'");
        return full;
    }

    /// <summary>Creates and deletes a probe file in <paramref name="folder"/>; a failure becomes a usage error starting with <paramref name="what"/>.</summary>
    public static void CheckFolderWritable(string folder, string what)
    {
        string probe = Path.Combine(folder, $".nacre-write-test-{Environment.ProcessId}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new UsageException($"{what}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Writes a file atomically: the content goes to a temporary file beside the target, which is renamed over it
    /// only when complete. A failure or kill leaves no half-written output.
    /// </summary>
    public static void WriteAtomically(string fullPath, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        string tmp = fullPath + $".tmp-{Environment.ProcessId}";
        try
        {
            using (var fs = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(fs);
            }
            File.Move(tmp, fullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp))
            {
                File.Delete(tmp);
            }
        }
    }
}
