using System.Text.Json;

namespace Nacre.Studio.Streaming;

/// <summary>
/// A text message from the browser: <c>{"t":"hello","token":"…"}</c> once, first, then input events:
/// <c>{"t":"key","seq":7,"code":"KeyW","down":true}</c>, <c>{"t":"look","seq":8,"dx":4.5,"dy":-2}</c>,
/// <c>{"t":"cmd","seq":9,"text":"make it dusk"}</c>, <c>{"t":"release","seq":10}</c>; and for directing
/// <c>{"t":"mode","seq":11,"mode":"direct"}</c>, <c>{"t":"record","seq":12}</c>, <c>{"t":"stop","seq":13}</c>,
/// <c>{"t":"replay","seq":14,"take":"t3f9…"}</c>, <c>{"t":"subjects","seq":15}</c>. See docs/api.md.
/// </summary>
/// <param name="Token">Set for hello.</param>
/// <param name="Input">Set for input events.</param>
public sealed record ClientMessage(string? Token, ClientInput? Input)
{
    /// <summary>Longest key code accepted ("ShiftRight" is 10).</summary>
    public const int MaxKeyCodeLength = 32;

    /// <summary>Longest typed command accepted, characters.</summary>
    public const int MaxCommandLength = 500;

    /// <summary>Largest mouse delta accepted in one event, CSS pixels (a flick across a 4K screen is under this).</summary>
    public const float MaxLookDelta = 4000f;

    /// <summary>Parses one UTF-8 JSON message; throws <see cref="ProtocolException"/> saying what is wrong.</summary>
    public static ClientMessage Parse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8);
            using JsonDocument doc = JsonDocument.ParseValue(ref reader);
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ProtocolException("a message must be a JSON object with a \"t\" field");
            }
            string type = RequiredString(root, "t", 16);
            return type switch
            {
                "hello" => new ClientMessage(RequiredString(root, "token", 200), null),
                "key" => new ClientMessage(null, new ClientInput(
                    Seq(root),
                    RequiredBool(root, "down") ? ClientInputKind.KeyDown : ClientInputKind.KeyUp,
                    Key: RequiredString(root, "code", MaxKeyCodeLength))),
                "look" => new ClientMessage(null, new ClientInput(
                    Seq(root), ClientInputKind.Look, Dx: Delta(root, "dx"), Dy: Delta(root, "dy"))),
                "cmd" => new ClientMessage(null, new ClientInput(
                    Seq(root), ClientInputKind.Command, Text: RequiredString(root, "text", MaxCommandLength))),
                "release" => new ClientMessage(null, new ClientInput(Seq(root), ClientInputKind.ReleaseAll)),
                "mode" => new ClientMessage(null, new ClientInput(Seq(root), ClientInputKind.Mode, Text: Mode(root))),
                "record" => new ClientMessage(null, new ClientInput(Seq(root), ClientInputKind.Record)),
                "stop" => new ClientMessage(null, new ClientInput(Seq(root), ClientInputKind.Stop)),
                "replay" => new ClientMessage(null, new ClientInput(Seq(root), ClientInputKind.Replay, Text: TakeId(root))),
                "subjects" => new ClientMessage(null, new ClientInput(Seq(root), ClientInputKind.Subjects)),
                _ => throw new ProtocolException($"unknown message type '{type}': expected hello, key, look, cmd, release, mode, record, stop, replay or subjects"),
            };
        }
        catch (JsonException e)
        {
            throw new ProtocolException($"malformed JSON message: {e.Message}", e);
        }
    }

    private static uint Seq(JsonElement root) =>
        root.TryGetProperty("seq", out JsonElement v) && v.ValueKind == JsonValueKind.Number && v.TryGetUInt32(out uint seq)
            ? seq
            : throw new ProtocolException("an input event needs \"seq\": a whole number 0 … 4294967295");

    private static string Mode(JsonElement root)
    {
        string mode = RequiredString(root, "mode", 16);
        return mode is "wander" or "direct" ? mode : throw new ProtocolException($"\"mode\" '{mode}' is not a mode: expected \"wander\" or \"direct\"");
    }

    private static string TakeId(JsonElement root) =>
        root.TryGetProperty("take", out JsonElement v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 and <= 64 } id
            ? id
            : throw new ProtocolException("a replay needs \"take\": the take's id as the takes list gives it, a string like \"t3f9…\"");

    private static string RequiredString(JsonElement root, string name, int maxLength)
    {
        if (!root.TryGetProperty(name, out JsonElement v) || v.ValueKind != JsonValueKind.String)
        {
            throw new ProtocolException($"\"{name}\" is missing or not a string");
        }
        string s = v.GetString()!;
        if (s.Length == 0 || s.Length > maxLength)
        {
            throw new ProtocolException($"\"{name}\" must be 1 to {maxLength} characters");
        }
        return s;
    }

    private static bool RequiredBool(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? v.GetBoolean()
            : throw new ProtocolException($"\"{name}\" must be true or false");

    private static float Delta(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out JsonElement v) || v.ValueKind != JsonValueKind.Number)
        {
            throw new ProtocolException($"\"{name}\" must be a number of pixels");
        }
        double d = v.GetDouble();
        return double.IsFinite(d) && Math.Abs(d) <= MaxLookDelta
            ? (float)d
            : throw new ProtocolException($"\"{name}\" must be within ±{MaxLookDelta} pixels");
    }
}
