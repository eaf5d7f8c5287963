using System.CommandLine;
using System.Globalization;
using Nacre.Core;
using Nacre.Rendering;
using Nacre.Simulation.Directing;
using Nacre.Storage;
using Nacre.Studio;
using Nacre.Studio.Takes;
using Nacre.Studio.Worlds;

namespace Nacre.Cli.Commands;

/// <summary>
/// <c>nacre take list [--data DIR] [--world ID]</c> and <c>nacre take render &lt;id&gt; [--data DIR] [--res 480p|720p]
/// [--fps 24|25|30] -o take.mp4</c>: the takes recorded in the studio, and their offline render (frame-identical to any
/// other render of the same take).
/// </summary>
public static class TakesCommand
{
    public static Command Create()
    {
        var command = new Command("take", "Takes recorded in Nacre Studio: list them, render one to MP4.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Render());
        return command;
    }

    private static Option<string?> Data() => new("--data") { Description = "Folder of the studio's world database nacre.db (default ./data, as for nacre studio)" };

    private static Command List()
    {
        Option<string?> data = Data();
        var world = new Option<string?>("--world") { Description = "Only this world's takes (its id, as in the studio's URL or nacre take list)" };
        var command = new Command("list", "List recorded takes: id, world, length, commands, and whether a video was rendered.") { data, world };
        command.SetAction(parse => RunList(parse.GetValue(data), parse.GetValue(world)));
        return command;
    }

    private static Command Render()
    {
        var id = new Argument<string>("id") { Description = "The take's id (see nacre take list)" };
        Option<string?> data = Data();
        var res = new Option<string>("--res") { Description = "Video size: 480p (854×480) or 720p (1280×720); default 480p", DefaultValueFactory = _ => "480p" };
        var fps = new Option<string>("--fps") { Description = "Frames a second: 24, 25 or 30; default 24", DefaultValueFactory = _ => "24" };
        Option<string> output = CommonOptions.Output("take.mp4");
        Option<string?> quality = CommonOptions.Quality();
        var framesDir = new Option<string?>("--frames-dir") { Description = "Also write every frame as a PNG into this folder (it must exist)" };
        var command = new Command("render", "Render a recorded take to H.264 MP4, e.g. nacre take render t3f9… -o take.mp4") { id, data, res, fps, quality, output, framesDir };
        command.SetAction(parse => RunRender(parse.GetValue(id)!, parse.GetValue(data), parse.GetValue(res)!, parse.GetValue(fps)!,
            parse.GetValue(quality), parse.GetValue(output)!, parse.GetValue(framesDir)));
        return command;
    }

    private static int RunList(string? dataText, string? worldId)
    {
        (WorldStore store, string data) = OpenStore(dataText);
        List<WorldRecord> worlds = worldId is null
            ? [.. store.ListWorlds().Select(w => store.GetWorld(w.Id)).OfType<WorldRecord>()]
            : [store.GetWorld(worldId) ?? throw new UsageException($"--world '{worldId}': no world with that id in {data} (nacre take list shows them all)")];
        var rows = worlds.SelectMany(w => store.ListTakes(w.Id).Select(t => (World: w, Take: t))).OrderBy(r => r.Take.Id).ToList();
        if (rows.Count == 0)
        {
            Console.WriteLine("no takes yet: open a world in the studio (./nacre studio), switch to Direct, press Record, type commands, press Stop");
            return ExitCodes.Ok;
        }
        Console.WriteLine($"{"id",-33}  {"take",-10} {"length",7} {"cmds",4}  {"recorded (UTC)",-16}  {"video",-5}  world");
        foreach ((WorldRecord w, TakeRecord t) in rows)
        {
            RecordedTake? take = TakeView.TryRead(t);
            bool video = File.Exists(TakeRenders.VideoPath(data, t.PublicId));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{t.PublicId}  {Clip(t.Name, 10),-10} {t.Ticks / 60.0,6:0.0}s {take?.Commands.Count.ToString(CultureInfo.InvariantCulture) ?? "?",4}  {t.CreatedAt:yyyy-MM-dd HH:mm}  {(video ? "yes" : "no"),-5}  {w.Name} ({w.Id})"));
        }
        return ExitCodes.Ok;
    }

    private static int RunRender(string idText, string? dataText, string resText, string fpsText, string? qualityText, string outputPath, string? framesDir)
    {
        string id = idText.Trim();
        (int width, int height) = DirectCommand.ParseResolution(resText);
        int fps = DirectCommand.ParseFps(fpsText);
        RenderQuality quality = CommonOptions.ParseQuality(qualityText);
        string output = CommonOptions.CheckOutputPath(outputPath, ".mp4");
        if (framesDir is not null && !Directory.Exists(framesDir))
        {
            throw new UsageException($"--frames-dir '{framesDir}' does not exist: create the folder first");
        }
        (WorldStore store, string data) = OpenStore(dataText);
        TakeRecord record = store.GetTake(id) ?? throw new UsageException($"no take '{id}' in {data}: nacre take list shows the takes there (ids like t3f9…)");
        WorldRecord world = store.GetWorld(record.WorldId) ?? throw new UsageException($"take {id}'s world is gone");
        RecordedTake take;
        Nacre.Language.Directing.TakeScript script;
        try
        {
            take = RecordedTake.FromJson(record.InputJson);
            script = take.ToScript();
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"nacre: take {id} cannot be rendered by this build: {e.Message}");
            return ExitCodes.Failure;
        }
        WorldSpec spec = WorldService.SpecOf(world);
        WorldSource source = WorldSource.For(spec, world.Seed);
        IReadOnlyList<LogEntry> log = WorldService.LogOf(store, world.Id);
        DirectorSession session = take.NewSession(new DirectorWorld(source.Generate), world.Seed, log);
        session.Tone = spec.Tone;
        session.SubjectPoint = source.Spawn.SubjectPosition;
        DirectCommand.RenderTake(source.Generate, Nacre.Rendering.Models.Planting.From(spec), session, script, width, height, fps, quality, output, framesDir,
            $"{record.Name} of \"{world.Name}\" ({take.Commands.Count} commands)");
        return ExitCodes.Ok;
    }

    internal static (WorldStore Store, string Data) OpenStore(string? dataText)
    {
        string data = Path.GetFullPath(string.IsNullOrWhiteSpace(dataText) ? "data" : dataText);
        string db = new StudioOptions { DataDirectory = data }.DatabasePath;
        if (!File.Exists(db))
        {
            throw new UsageException($"no studio database at {db}: record a take in the studio first (./nacre studio), or pass --data DIR");
        }
        try
        {
            return (WorldStore.Open(db), data);
        }
        catch (StoreException e)
        {
            throw new UsageException(e.Message, e);
        }
    }

    private static string Clip(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
