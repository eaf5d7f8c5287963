using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Nacre.Studio.Api;

/// <summary>Reads a request's JSON body with errors a person can act on (not the framework's generic 400).</summary>
public static class JsonBody
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>
    /// Parses the body as <typeparamref name="T"/>; throws <see cref="BadRequestException"/> for a body that is not
    /// declared as JSON (415: a cross-site form or <c>text/plain</c> POST is refused here), too large, empty or malformed.
    /// </summary>
    public static async Task<T> ReadAsync<T>(HttpRequest request, long maxBytes, CancellationToken cancel)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            string given = string.IsNullOrEmpty(request.ContentType) ? "no Content-Type" : $"Content-Type '{Core.ControlText.Escape(request.ContentType, 60)}'";
            throw new BadRequestException($"the body was sent with {given}: send JSON with the header Content-Type: application/json", StatusCodes.Status415UnsupportedMediaType);
        }
        if (request.ContentLength > maxBytes)
        {
            throw new BadRequestException($"the request body is {request.ContentLength} bytes: at most {maxBytes} are accepted", 413);
        }
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[8192];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                throw new BadRequestException($"the request body is over {maxBytes} bytes: send less", 413);
            }
            buffer.Write(chunk, 0, n);
        }
        if (buffer.Length == 0)
        {
            throw new BadRequestException("the request body is empty: send a JSON object, e.g. {\"prompt\": \"a pine forest\"}");
        }
        try
        {
            return JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Options)
                ?? throw new BadRequestException("the request body is null: send a JSON object");
        }
        catch (JsonException e)
        {
            string where = e.Path is null or "$" ? "" : $" at {e.Path}";
            throw new BadRequestException($"the request body is not valid JSON for this call{where}: {Explain(e)}", e);
        }
    }

    /// <summary>The serializer's complaint in the caller's words: never a .NET type name.</summary>
    private static string Explain(JsonException e)
    {
        string m = e.Message;
        if (m.Contains("could not be converted", StringComparison.Ordinal))
        {
            return e.Path is null or "$"
                ? "expected a JSON object, e.g. {\"prompt\": \"a pine forest\"}"
                : "that field has the wrong type (text where a number is expected, or the other way round)";
        }
        if (m.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return "that field is not one this call takes (see docs/api.md)";
        }
        int dot = m.IndexOf(". ", StringComparison.Ordinal);
        return Core.ControlText.Escape(dot > 0 ? m[..dot] : m, 200);
    }
}
