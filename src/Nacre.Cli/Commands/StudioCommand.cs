using System.CommandLine;
using System.Globalization;
using Nacre.Storage;
using Nacre.Studio;
using Nacre.Studio.Security;

namespace Nacre.Cli.Commands;

/// <summary>
/// <c>nacre studio [--data DIR] [--urls URL] [--max-sessions N] [--token T | --no-auth] [--allowed-hosts H,…]</c>:
/// starts Nacre Studio, the web app where you type a world and walk through it, and prints its URL. Loopback only
/// unless <c>--urls</c> says otherwise; bound to a network it needs an access token (generated and printed in the URL
/// unless given), see docs/security.md.
/// </summary>
public static class StudioCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Folder for the world database nacre.db (default ./data)" };
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (default {StudioApp.DefaultUrl}; port 0 picks a free one)" };
        var maxSessions = new Option<string?>("--max-sessions") { Description = $"Live sessions at once (default {new StudioOptions().MaxSessions}: one per CPU core)" };
        var token = new Option<string?>("--token") { Description = $"Access token to require (default: from ${TokenVariable}, else generated when bound to a network)" };
        var noAuth = new Option<bool>("--no-auth") { Description = "Bound to a network, let anyone who can reach the port in without a token (not recommended)" };
        var allowedHosts = new Option<string?>("--allowed-hosts") { Description = "Extra host names the studio answers to, comma-separated (e.g. a DNS name on your LAN)" };
        var command = new Command("studio", "Start Nacre Studio: type a world, preview it, walk through it in the browser.")
        {
            data, urls, maxSessions, token, noAuth, allowedHosts,
        };
        command.SetAction((parse, cancel) => RunAsync(
            parse.GetValue(data), parse.GetValue(urls), parse.GetValue(maxSessions),
            new Access(parse.GetValue(token) ?? Environment.GetEnvironmentVariable(TokenVariable), parse.GetValue(noAuth), parse.GetValue(allowedHosts)),
            cancel));
        return command;
    }

    /// <summary>The environment variable an access token may be given in (keeps it out of the process list).</summary>
    public const string TokenVariable = "NACRE_STUDIO_TOKEN";

    private sealed record Access(string? Token, bool NoAuth, string? AllowedHosts);

    private static async Task<int> RunAsync(string? dataText, string? urlsText, string? maxText, Access access, CancellationToken cancel)
    {
        string url = CheckUrls(urlsText ?? StudioApp.DefaultUrl);
        bool shared = !StudioBinding.IsLoopbackOnly(url);
        // Every flag is checked before the data folder is created.
        string? token = ChooseToken(access, shared);
        IReadOnlyList<string> hosts = StudioBinding.AllowedHosts(url, SplitHosts(access.AllowedHosts));
        int maxSessions = ParseMaxSessions(maxText);
        var options = new StudioOptions
        {
            DataDirectory = CheckDataFolder(dataText ?? "data"),
            MaxSessions = maxSessions,
            AccessToken = token,
            AllowedHosts = hosts,
        };
        if (shared)
        {
            WarnShared(url, options);
        }
        try
        {
            await StudioApp.RunAsync(options, url, Console.Out, cancel);
        }
        catch (StoreException e)
        {
            throw new UsageException(e.Message, e);
        }
        catch (IOException e) when (e.Message.Contains("address", StringComparison.OrdinalIgnoreCase) || e.InnerException is System.Net.Sockets.SocketException)
        {
            throw new UsageException($"cannot listen on {url}: the port is in use or the address is not this machine's — is another studio running? Try --urls http://127.0.0.1:0", e);
        }
        return ExitCodes.Ok;
    }

    private static string? ChooseToken(Access access, bool shared)
    {
        if (access.Token is { } t)
        {
            if (access.NoAuth)
            {
                throw new UsageException("--token and --no-auth contradict each other: give one of them");
            }
            if (t.Length < 16 || t.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or '~')))
            {
                throw new UsageException("the access token must be at least 16 characters of letters, digits, '-', '_', '.' or '~' (leave it out to have one generated)");
            }
            return t;
        }
        return shared && !access.NoAuth ? AccessTokenGuard.NewToken() : null;
    }

    private static void WarnShared(string url, StudioOptions options)
    {
        Console.Error.WriteLine(StudioBinding.IsWildcard(url)
            ? $"nacre: warning: {url} listens on every network interface of this machine."
            : $"nacre: warning: {url} listens on a network address, not only on this machine.");
        Console.Error.WriteLine(options.AccessToken is null
            ? "nacre: warning: --no-auth: ANYONE who can reach this port can read, change and delete every world, take and video in "
              + $"{options.DataDirectory}, start sessions and queue renders. Use it only on a network you trust completely."
            : "nacre: the worlds, edit logs, takes and videos are shared with whoever has the access token in the URL below; "
              + "each person opens that URL once (it sets a cookie). Scripts send the header X-Nacre-Token.");
        Console.Error.WriteLine($"nacre: answering to host names: {string.Join(", ", options.AllowedHosts)} (add more with --allowed-hosts)");
    }

    private static string[] SplitHosts(string? text)
    {
        string[] hosts = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (string h in hosts)
        {
            if (Uri.CheckHostName(h.Trim('[', ']')) == UriHostNameType.Unknown || h.Contains(':', StringComparison.Ordinal) && !h.StartsWith('['))
            {
                throw new UsageException($"--allowed-hosts '{h}' is not a host name: give names without scheme or port, e.g. --allowed-hosts studio.lan,192.168.1.20");
            }
        }
        return hosts;
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
