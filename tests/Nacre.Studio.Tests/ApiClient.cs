using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Nacre.Studio.Tests;

/// <summary>Small helpers over HttpClient so tests read like the API documentation.</summary>
public static class ApiClient
{
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> SendJson(this HttpClient http, HttpMethod method, string path, string? json)
    {
        using var req = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            req.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        HttpResponseMessage res = await http.SendAsync(req);
        string text = await res.Content.ReadAsStringAsync();
        JsonElement body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (res, body);
    }

    public static Task<(HttpResponseMessage Response, JsonElement Body)> PostJson(this HttpClient http, string path, object body) =>
        http.SendJson(HttpMethod.Post, path, JsonSerializer.Serialize(body));

    public static async Task<JsonElement> CreateWorld(this HttpClient http, string prompt, ulong seed = 7)
    {
        (HttpResponseMessage res, JsonElement body) = await http.PostJson("/api/worlds", new { prompt, seed = seed.ToString() });
        res.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, body.ToString());
        return body;
    }

    public static async Task<JsonElement> GetJson(this HttpClient http, string path)
    {
        HttpResponseMessage res = await http.GetAsync(path);
        res.EnsureSuccessStatusCode();
        return (await res.Content.ReadFromJsonAsync<JsonElement>())!;
    }
}
