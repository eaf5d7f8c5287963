using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Nacre.Studio.Security;

/// <summary>
/// What a studio's <c>--urls</c> expose: loopback only (this machine; no token needed), or a network (a token is
/// needed, and the Host names it answers to are its own names and addresses).
/// </summary>
public static class StudioBinding
{
    /// <summary>True when every URL listens on a loopback address or name only.</summary>
    public static bool IsLoopbackOnly(string urls) => Hosts(urls).All(IsLoopbackHost);

    /// <summary>True when some URL listens on every interface (0.0.0.0, [::], * or +).</summary>
    public static bool IsWildcard(string urls) => Hosts(urls).Any(IsWildcardHost);

    /// <summary>
    /// The Host names a studio bound to <paramref name="urls"/> answers to: loopback names, each specific host it is
    /// bound to, on a wildcard binding this machine's name and interface addresses, and <paramref name="extra"/>.
    /// </summary>
    /// <param name="extra">Names people reach it by (a DNS name, a reverse proxy's host), from <c>--allowed-hosts</c>.</param>
    public static IReadOnlyList<string> AllowedHosts(string urls, IEnumerable<string> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        var hosts = new SortedSet<string>(StudioOptions.LoopbackHosts, StringComparer.OrdinalIgnoreCase);
        foreach (string h in Hosts(urls))
        {
            if (IsWildcardHost(h))
            {
                hosts.Add(Dns.GetHostName());
                foreach (IPAddress a in InterfaceAddresses())
                {
                    hosts.Add(a.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{a}]" : a.ToString());
                }
            }
            else
            {
                hosts.Add(h);
            }
        }
        foreach (string h in extra)
        {
            hosts.Add(h.Trim());
        }
        return [.. hosts];
    }

    /// <summary>The URL a person opens: a wildcard host replaced by this machine's name, the token added when there is one.</summary>
    public static string OpenUrl(string listening, string? token)
    {
        ArgumentNullException.ThrowIfNull(listening);
        var b = new UriBuilder(listening);
        if (IsWildcardHost(b.Host) || b.Host is "[::]" or "::")
        {
            b.Host = Dns.GetHostName();
        }
        b.Path = "/";
        b.Query = token is null ? "" : $"{AccessTokenGuard.QueryName}={token}";
        return b.Uri.AbsoluteUri;
    }

    private static IEnumerable<string> Hosts(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(HostOf);

    private static string HostOf(string url)
    {
        // Kestrel accepts http://*:5170 and http://+:5170, which Uri does not parse.
        int start = url.IndexOf("://", StringComparison.Ordinal) + 3;
        string rest = url[Math.Max(3, start)..];
        int end = rest.StartsWith('[') ? rest.IndexOf(']', StringComparison.Ordinal) + 1 : rest.IndexOfAny([':', '/']);
        return (end <= 0 ? rest : rest[..end]).ToLowerInvariant();
    }

    private static bool IsWildcardHost(string host) => host is "0.0.0.0" or "[::]" or "*" or "+";

    private static bool IsLoopbackHost(string host) =>
        host == "localhost" || IPAddress.TryParse(host.Trim('[', ']'), out IPAddress? ip) && IPAddress.IsLoopback(ip);

    private static IEnumerable<IPAddress> InterfaceAddresses()
    {
        try
        {
            return [.. NetworkInterface.GetAllNetworkInterfaces()
                .SelectMany(n => n.GetIPProperties().UnicastAddresses)
                .Select(u => u.Address)
                .Where(a => a.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6 && !a.IsIPv6LinkLocal)];
        }
        catch (NetworkInformationException)
        {
            return [];
        }
    }
}
