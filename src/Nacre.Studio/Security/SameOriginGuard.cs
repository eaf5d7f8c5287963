using Microsoft.AspNetCore.Http;
using Nacre.Core;
using Nacre.Studio.Api;

namespace Nacre.Studio.Security;

/// <summary>
/// Refuses (403) a state-changing request or a WebSocket upgrade sent by a page of another origin: a site the user
/// visits must not create worlds, start sessions or queue renders with the user's browser. The browser names the page's
/// origin in <c>Origin</c> (and <c>Sec-Fetch-Site</c>); it must be this studio's own <c>scheme://host:port</c>. Requests
/// without either header (curl, scripts) are not from a browser page and pass. CORS cannot do this: it only decides
/// whether a page may read a response, after a simple POST has already been carried out.
/// </summary>
public sealed class SameOriginGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        HttpRequest req = http.Request;
        bool changesState = !(HttpMethods.IsGet(req.Method) || HttpMethods.IsHead(req.Method) || HttpMethods.IsOptions(req.Method));
        if ((changesState || http.WebSockets.IsWebSocketRequest) && IsCrossOrigin(req))
        {
            await Results.Json(new ApiError(
                $"refused: this request came from a page on {Describe(req)}, not from the studio itself; only the studio's own pages may change worlds or open streams"),
                statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(http);
            return;
        }
        await next(http);
    }

    /// <summary>True when a browser says the request comes from a page on another origin.</summary>
    public static bool IsCrossOrigin(HttpRequest req)
    {
        string? origin = req.Headers.Origin;
        if (!string.IsNullOrEmpty(origin))
        {
            // "null" (a sandboxed frame or a file: page) is never the studio.
            return !Uri.TryCreate(origin, UriKind.Absolute, out Uri? o)
                || !string.Equals(o.Scheme, req.Scheme, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(HostOf(o), req.Host.Value, StringComparison.OrdinalIgnoreCase);
        }
        // No Origin: older browsers on some GETs; Fetch Metadata still tells a cross-site request apart.
        string? site = req.Headers["Sec-Fetch-Site"];
        return site is "cross-site" or "same-site";
    }

    private static string HostOf(Uri o) => o.IsDefaultPort ? o.Host.ToLowerInvariant() : $"{o.Host.ToLowerInvariant()}:{o.Port}";

    private static string Describe(HttpRequest req)
    {
        string? origin = req.Headers.Origin;
        string shown = string.IsNullOrEmpty(origin) ? "another site" : origin;
        return ControlText.Escape(shown, 100);
    }
}
