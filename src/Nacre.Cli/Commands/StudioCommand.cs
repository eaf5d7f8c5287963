using System.CommandLine;
using System.Globalization;
using Nacre.Storage;
using Nacre.Studio;

namespace Nacre.Cli.Commands;

/// <summary>
/// <c>nacre studio [--data DIR] [--urls URL] [--max-sessions N]</c>: starts Nacre Studio, the web app where you
/// type a world and walk through it, and prints its URL. Loopback only unless <c>--urls</c> says otherwise.
/// </summary>
public static class StudioCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Folder for the world database nacre.db (default ./data)" };
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (default {StudioApp.DefaultUrl}; port 0 picks a free one)" };
        var maxSessions = new Option<string?>("--max-sessions") { Description = $"Live sessions at once (default {new StudioOptions().MaxSessions}: one per CPU core)" };
        var command = new Command("studio", "Start Nacre Studio: type a world, preview it, walk through it in the browser.")
        {
            data, urls, maxSessions,
        };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(data), parse.GetValue(urls), parse.GetValue(maxSessions), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string? dataText, string? urlsText, string? maxText, CancellationToken cancel)
    {
        var options = new StudioOptions
        {
            DataDirectory = CheckDataFolder(dataText ?? "data"),
            MaxSessions = ParseMaxSessions(maxText),
        };
        string url = CheckUrls(urlsText ?? StudioApp.DefaultUrl);
        try
        {
            await StudioApp.RunAsync(options, url, Console.Out, cancel);
        }
        catch (StoreException e)
        {
            throw new UsageException(e.Message, e);
        }
        catch (IOException e) when (e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"cannot listen on {url}: {e.Message} — is another studio running? Try --urls http://127.0.0.1:0", e);
        }
        return ExitCodes.Ok;
    }

    private static string CheckDataFolder(string folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            throw new UsageException("--data is empty: give a folder for the world database, e.g. --data ./data");
        }
        string full = Path.GetFullPath(folder);
        if (File.Exists(full))
        {
            throw new UsageException($"--data '{folder}' is a file: give a folder (nacre.db is created inside it)");
        }
        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot create the data folder '{folder}': {e.Message}", e);
        }
        return full;
    }

    private static int ParseMaxSessions(string? text)
    {
        if (text is null)
        {
            return new StudioOptions().MaxSessions;
        }
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n is < 1 or > 64)
        {
            throw new UsageException($"--max-sessions '{text}' is not a number from 1 to 64, e.g. --max-sessions 2");
        }
        return n;
    }

    private static string CheckUrls(string text)
    {
        foreach (string u in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(u, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new UsageException($"--urls '{u}' is not an http URL: expected e.g. --urls http://127.0.0.1:5170");
            }
        }
        return text;
    }
}
