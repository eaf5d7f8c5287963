using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Nacre.Core;

namespace Nacre.Studio.Api;

/// <summary>
/// What <c>/api/…</c> answers when no endpoint took the request: 405 with <c>Allow</c> when the path exists but not
/// for this method ("GET /api/sessions" — there is only POST), else 404 naming the path. Always a sentence.
/// </summary>
public static class ApiFallback
{
    public static IResult Answer(HttpContext http, EndpointDataSource endpoints)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(endpoints);
        string path = http.Request.Path.Value ?? "/";
        var allowed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (RouteEndpoint e in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            if (e.Metadata.GetMetadata<HttpMethodMetadata>() is { } methods
                && !e.RoutePattern.Parameters.Any(p => p.IsCatchAll)
                && new TemplateMatcher(TemplateParser.Parse(RoutePatternFormatter(e.RoutePattern)), []).TryMatch(path, []))
            {
                allowed.UnionWith(methods.HttpMethods);
            }
        }
        string shown = ControlText.Escape(path, 100);
        if (allowed.Count == 0)
        {
            return ApiError.NotFound($"no API at {shown}: see docs/api.md");
        }
        http.Response.Headers.Allow = string.Join(", ", allowed);
        return Results.Json(new ApiError($"{shown} does not take {ControlText.Escape(http.Request.Method, 20)}: use {string.Join(" or ", allowed)} (see docs/api.md)"),
            statusCode: StatusCodes.Status405MethodNotAllowed);
    }

    /// <summary>The pattern as a template without inline constraints (the matcher needs only its shape).</summary>
    private static string RoutePatternFormatter(RoutePattern pattern) =>
        string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart l => l.Content,
            RoutePatternParameterPart q => "{" + q.Name + "}",
            RoutePatternSeparatorPart sep => sep.Content,
            _ => "",
        }))));
}
