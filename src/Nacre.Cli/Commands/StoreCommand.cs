using System.CommandLine;
using Nacre.Core;
using Nacre.Simulation.Directing;
using Nacre.Storage;
using Nacre.Studio.Worlds;

namespace Nacre.Cli.Commands;

/// <summary>
/// <c>nacre store check [--data DIR]</c>: verifies a studio database — SQLite's integrity and foreign-key checks, every
/// world's spec and every edit row readable — and lists edit rows set aside as damaged; exit 0 when sound, 1 when not.
/// <c>nacre store backup FILE [--data DIR]</c>: writes a consistent copy with SQLite's online backup (safe while a
/// studio runs). Neither changes the database.
/// </summary>
public static class StoreCommand
{
    public static Command Create()
    {
        var command = new Command("store", "Check or back up the studio's world database (nacre.db).");
        command.Subcommands.Add(Check());
        command.Subcommands.Add(Backup());
        return command;
    }

    private static Option<string?> DataOption() => new("--data") { Description = "Folder holding nacre.db (default ./data)" };

    private static Command Check()
    {
        Option<string?> data = DataOption();
        var command = new Command("check", "Verify the database: integrity, and that every world and edit can be read. Exit 1 when not.") { data };
        command.SetAction(parse => RunCheck(parse.GetValue(data)));
        return command;
    }

    private static Command Backup()
    {
        Option<string?> data = DataOption();
        var output = new Argument<string>("file") { Description = "Where to write the copy, e.g. backup.db (replaced if it exists)" };
        var command = new Command("backup", "Write a consistent copy of the database (SQLite online backup; safe while the studio runs).") { output, data };
        command.SetAction(parse => RunBackup(parse.GetValue(output)!, parse.GetValue(data)));
        return command;
    }

    private static int RunCheck(string? dataText)
    {
        (WorldStore store, _) = TakesCommand.OpenStore(dataText);
        using (store)
        {
            var problems = new List<string>(store.CheckIntegrity());
            IReadOnlyList<WorldSummary> worlds = store.ListWorlds();
            int edits = 0;
            foreach (WorldSummary w in worlds)
            {
                try
                {
                    problems.AddRange(CheckWorld(store, w.Id, ref edits));
                }
                catch (Microsoft.Data.Sqlite.SqliteException e)
                {
                    problems.Add($"world {w.Id} cannot be read from the file: {e.Message}");
                }
            }
            IReadOnlyList<DamagedEdit> setAside = store.ListDamagedEdits();
            foreach (DamagedEdit d in setAside)
            {
                Console.WriteLine($"set aside: world {d.WorldId} edit {d.Sequence} ({ControlText.Escape(d.Kind, 40)}) on {d.SetAsideAt:yyyy-MM-dd HH:mm} UTC: {ControlText.Escape(d.Reason, 200)}");
            }
            foreach (string p in problems.Take(50))
            {
                Console.WriteLine($"problem: {ControlText.Escape(p, 300)}");
            }
            if (problems.Count > 50)
            {
                Console.WriteLine($"… and {problems.Count - 50} more problems");
            }
            Console.WriteLine($"{store.DatabasePath}: {worlds.Count} worlds, {edits} edits, {setAside.Count} set aside as damaged: "
                + (problems.Count == 0 ? "ok" : $"{problems.Count} problems"));
            return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        }
    }

    /// <summary>The world's spec and each of its edit rows read as a session would read them, without changing anything.</summary>
    private static IEnumerable<string> CheckWorld(WorldStore store, string worldId, ref int edits)
    {
        var problems = new List<string>();
        WorldRecord? world = store.GetWorld(worldId);
        if (world is null)
        {
            return problems;
        }
        try
        {
            _ = WorldService.SpecOf(world);
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or ArgumentException)
        {
            problems.Add($"world {worldId}: its stored spec cannot be read: {e.Message}");
        }
        foreach (EditRecord e in store.ReadEdits(worldId))
        {
            edits++;
            if (WorldLogLoader.Problem(new LogEntry(e.Tick, e.Kind, e.Json)) is { } problem)
            {
                problems.Add($"world {worldId} edit {e.Sequence} ({e.Kind}) cannot be read: {problem} (the studio sets it aside when the world is next opened)");
            }
        }
        return problems;
    }

    private static int RunBackup(string output, string? dataText)
    {
        string target = CommonOptions.CheckOutputPathFor("file", output, ".db");
        (WorldStore store, _) = TakesCommand.OpenStore(dataText);
        using (store)
        {
            if (string.Equals(Path.GetFullPath(target), store.DatabasePath, StringComparison.Ordinal))
            {
                throw new UsageException($"'{output}' is the database itself: give another file for the copy, e.g. backup.db");
            }
            store.Backup(target);
            Console.WriteLine($"wrote {target}: a consistent copy of {store.DatabasePath} ({new FileInfo(target).Length / 1024} KiB)");
            return ExitCodes.Ok;
        }
    }
}
