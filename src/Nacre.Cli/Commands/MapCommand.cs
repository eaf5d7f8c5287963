using System.CommandLine;
using System.Globalization;
using Nacre.Core;
using Nacre.Media;
using Nacre.Rendering.Maps;
using Nacre.WorldGen;

namespace Nacre.Cli.Commands;

/// <summary>
/// <c>nacre map "&lt;prompt&gt;" [--seed N] [--size METRES] [--center X,Z] [--pixels N] -o map.png</c>: a top-down
/// colour map of the world around the spawn point (or the given centre). The same inputs write the same bytes.
/// </summary>
public static class MapCommand
{
    public static Command Create()
    {
        Argument<string> prompt = CommonOptions.Prompt();
        Option<string?> seed = CommonOptions.Seed();
        Option<string?> size = new("--size") { Description = $"Edge of the square area shown, metres ({MapRequest.MinSize} … {MapRequest.MaxSize}, default 512)" };
        Option<string?> center = new("--center") { Description = "Centre of the map, metres east,south, e.g. 120,-40 (default: the spawn point)" };
        Option<string?> pixels = new("--pixels") { Description = "Picture edge in pixels (256 … 4096, default 1024)" };
        Option<string> output = CommonOptions.Output("map.png");
        var command = new Command("map", "Draw a top-down map of the world a prompt makes (PNG), e.g. nacre map \"a cabin by a lake\" -o map.png")
        {
            prompt, seed, size, center, pixels, output,
        };
        command.SetAction(parse => Run(
            parse.GetValue(prompt), parse.GetValue(seed), parse.GetValue(size), parse.GetValue(center), parse.GetValue(pixels), parse.GetValue(output)!));
        return command;
    }

    private static int Run(string? promptText, string? seedText, string? sizeText, string? centerText, string? pixelsText, string outputPath)
    {
        string prompt = CommonOptions.CheckPrompt(promptText);
        ulong seed = CommonOptions.ParseSeed(seedText);
        float size = WorldOptions.ParseMetres(sizeText, "--size", 512f, MapRequest.MinSize, MapRequest.MaxSize);
        (float X, float Z)? center = WorldOptions.ParsePoint(centerText, "--center");
        int pixels = WorldOptions.ParseInt(pixelsText, "--pixels", 1024, 256, 4096);
        string full = CommonOptions.CheckOutputPath(outputPath, ".png");

        WorldSpec spec = WorldOptions.Understand(prompt, seed);
        var world = new WorldGenerator(spec);
        (float cx, float cz) = center ?? (MathF.Round(world.Spawn.Position.X), MathF.Round(world.Spawn.Position.Z));
        string subtitle = string.Create(CultureInfo.InvariantCulture,
            $"seed {seed} · {size:0.#} m × {size:0.#} m · centre {cx:0.#}, {cz:0.#} · generator v{WorldGenerator.Version}");
        var request = new MapRequest(cx, cz, size, pixels, prompt, subtitle);
        byte[] rgba = WorldMapPainter.Paint(world, request);
        CommonOptions.WriteAtomically(full, s => ImageFile.WritePng(s, rgba, pixels, pixels));
        Console.Error.WriteLine($"nacre: wrote {outputPath} ({pixels}×{pixels}, {size:0.#} m across)");
        return ExitCodes.Ok;
    }
}
