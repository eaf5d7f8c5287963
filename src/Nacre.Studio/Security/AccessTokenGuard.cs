using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Nacre.Studio.Api;

namespace Nacre.Studio.Security;

/// <summary>
/// Token mode (a studio shared on a network): every request must carry the studio's access token, as header
/// <c>X-Nacre-Token</c>, the <c>nacre_token</c> cookie or a <c>?token=</c> query parameter; without it the answer is
/// 401 with a sentence. Opening a page with <c>?token=</c> sets the cookie (HttpOnly, SameSite=Strict) and redirects to
/// the same page without the token, so it leaves the address bar and history. Only <c>/api/health</c> is open.
/// Does nothing when the studio has no token (loopback, the default).
/// </summary>
public sealed class AccessTokenGuard(RequestDelegate next, StudioOptions options)
{
    /// <summary>The header scripts send the token in.</summary>
    public const string HeaderName = "X-Nacre-Token";

    /// <summary>The cookie the browser keeps the token in.</summary>
    public const string CookieName = "nacre_token";

    /// <summary>The query parameter of the printed URL.</summary>
    public const string QueryName = "token";

    private readonly byte[]? _token = options.AccessToken is null ? null : Encoding.UTF8.GetBytes(options.AccessToken);

    public async Task InvokeAsync(HttpContext http)
    {
        if (_token is null || http.Request.Path.Equals("/api/health", StringComparison.Ordinal))
        {
            await next(http);
            return;
        }
        HttpRequest req = http.Request;
        string? fromQuery = req.Query[QueryName];
        if (Matches(req.Headers[HeaderName]) || Matches(req.Cookies[CookieName]))
        {
            await next(http);
            return;
        }
        if (Matches(fromQuery))
        {
            if (HttpMethods.IsGet(req.Method) && !req.Path.StartsWithSegments("/api", StringComparison.Ordinal))
            {
                // A person opened the printed URL: keep the token in a cookie and take it out of the address bar.
                http.Response.Cookies.Append(CookieName, fromQuery!, new CookieOptions
                {
                    HttpOnly = true,
                    SameSite = SameSiteMode.Strict,
                    Secure = req.IsHttps,
                    Path = "/",
                });
                http.Response.Redirect(req.PathBase + req.Path + WithoutToken(req.Query));
                return;
            }
            await next(http);
            return;
        }
        string what = fromQuery is null && !req.Headers.ContainsKey(HeaderName) && !req.Cookies.ContainsKey(CookieName)
            ? "this studio is shared on a network and needs its access token"
            : "that access token is not this studio's";
        http.Response.Headers.WWWAuthenticate = "X-Nacre-Token";
        await Results.Json(new ApiError(
            $"{what}: open the URL the studio printed at start (…/?token=…), or send the header {HeaderName}"),
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(http);
    }

    /// <summary>Compares in time independent of how much matches, so the token cannot be guessed byte by byte.</summary>
    private bool Matches(string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _token);

    private static string WithoutToken(IQueryCollection query)
    {
        var rest = new QueryString();
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> p in query)
        {
            if (p.Key != QueryName)
            {
                foreach (string? v in p.Value)
                {
                    rest = rest.Add(p.Key, v ?? "");
                }
            }
        }
        return rest.ToUriComponent();
    }

    /// <summary>A new access token: 192 random bits, URL-safe base64 (32 characters).</summary>
    public static string NewToken()
    {
        Span<byte> bytes = stackalloc byte[24];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
    }
}
