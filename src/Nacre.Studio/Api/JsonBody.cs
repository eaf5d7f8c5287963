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

    /// <summary>Parses the body as <typeparamref name="T"/>; throws <see cref="BadRequestException"/> for a body that is too large, empty or malformed.</summary>
    public static async Task<T> ReadAsync<T>(HttpRequest request, long maxBytes, CancellationToken cancel)
        where T : class
    {
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
            throw new BadRequestException($"the request body is not valid JSON for this call{where}: {FirstSentence(e.Message)}", e);
        }
    }

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message;
    }
}
