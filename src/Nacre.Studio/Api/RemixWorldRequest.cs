using System.Text.Json;

namespace Nacre.Studio.Api;

/// <summary>POST /api/worlds/{id}/remix: what changes; anything left out stays as in the original.</summary>
public sealed record RemixWorldRequest(string? Prompt, JsonElement? Seed, string? Name);
