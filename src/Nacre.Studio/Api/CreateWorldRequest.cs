using System.Text.Json;

namespace Nacre.Studio.Api;

/// <summary>POST /api/worlds and POST /api/understand: a prompt, an optional seed (string or number) and name.</summary>
public sealed record CreateWorldRequest(string? Prompt, JsonElement? Seed, string? Name);
