using System.Net;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Nacre.Language;
using Nacre.Language.Directing;
using Nacre.Simulation;
using Nacre.Simulation.Directing;
using Nacre.Studio.Streaming;
using Nacre.Studio.Worlds;

namespace Nacre.Studio.Tests;

/// <summary>
/// Every parser that reads user input, fed what a fuzzer would: random bytes, random text, and near-valid messages
/// built from the real field names with hostile values. Each may refuse, with its own exception type carrying a
/// message, but never fails any other way (no crash, no 500).
/// </summary>
public sealed class ParserFuzzTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(400);

    /// <summary>Strings an attacker reaches for: empty, huge, control bytes, bidi overrides, JSON specials, numbers at the edges.</summary>
    private static Gen<string> Nasty() => Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
        Gen.Elements("", " ", "\u0000", "\u001b[2J", "\u202e", "\"", "\\", "{", "}", "[", "]", "null", "-1", "1e309", "NaN",
            "18446744073709551616", "-9223372036854775809", "KeyW", "hello", "key", "look", "cmd", "mode", "replay", "\ud800",
            new string('a', 600), "wander", "direct", "@0s", "@-1s wide shot", "0.5 key W down"));

    /// <summary>A JSON value: a nasty string, a number at the edges, a literal, or a small array or object.</summary>
    private static Gen<string> JsonValue() => Gen.OneOf(
        Nasty().Select(s => System.Text.Json.JsonSerializer.Serialize(s)),
        Gen.Elements("0", "-1", "1", "4294967296", "1e308", "-1e308", "0.5", "true", "false", "null", "[]", "{}", "[1,[2,[3]]]", "{\"a\":{}}"));

    /// <summary>A protocol-shaped message: {"t": a real or fake type, then real or fake fields with any values}.</summary>
    private static Gen<string> ProtocolMessage()
    {
        Gen<string> field = Gen.Elements("t", "seq", "token", "code", "down", "dx", "dy", "text", "mode", "take", "x");
        Gen<string> pair = field.SelectMany(f => JsonValue().Select(v => $"\"{f}\":{v}"));
        Gen<string> type = Gen.Elements("hello", "key", "look", "cmd", "release", "mode", "record", "stop", "replay", "subjects", "dance", "");
        return type.SelectMany(t => Gen.ListOf(pair).Select(ps => "{\"t\":\"" + t + "\"" + string.Concat(ps.Select(p => "," + p)) + "}"));
    }

    [Fact]
    public void ClientMessage_AnyBytes_ParsesOrSaysWhatIsWrong()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes => ParsesOrRefuses(bytes ?? [])).Check(Runs);
        Prop.ForAll(ProtocolMessage().ToArbitrary(), json => ParsesOrRefuses(Encoding.UTF8.GetBytes(json))).Check(Runs);
    }

    private static bool ParsesOrRefuses(byte[] utf8)
    {
        try
        {
            ClientMessage m = ClientMessage.Parse(utf8);
            return m.Token is not null || m.Input is not null;
        }
        catch (ProtocolException e)
        {
            return e.Message.Length > 0;
        }
    }

    [Fact]
    public void TakeScript_AnyText_GivesAScriptOrLineNumberedErrors()
    {
        Gen<string> lines = Gen.ListOf(Gen.OneOf(Nasty(), Gen.Elements("@0s wide shot of the cabin", "@2.5s dolly in slowly over 3 seconds", "@1s", "@s x", "@99999999999s make it dusk")))
            .Select(ls => string.Join('\n', ls));
        Prop.ForAll(lines.ToArbitrary(), text =>
        {
            TakeScriptParseResult r = TakeScript.Parse(text);
            return r.IsSuccess || r.Errors.Count > 0 && r.Errors.All(e => e.ToString().Length > 0);
        }).Check(Runs);
    }

    [Fact]
    public void WalkScript_AnyText_ParsesOrNamesTheBadLine()
    {
        Gen<string> lines = Gen.ListOf(Gen.OneOf(Nasty(), Gen.Elements("0 key W down", "1.5 key W up", "2 look 30 -5", "9 end", "-3 key W down", "1e300 end", "3 look 1e39 0")))
            .Select(ls => string.Join('\n', ls));
        Prop.ForAll(lines.ToArbitrary(), text =>
        {
            try
            {
                return InputScript.Parse(text).DurationTicks >= 0;
            }
            catch (InputScriptException e)
            {
                return e.Message.Length > 0;
            }
        }).Check(Runs);
    }

    [Fact]
    public void PromptAndDirectorParsers_AnyText_NeverThrow()
    {
        Prop.ForAll(Nasty().ToArbitrary(), text =>
        {
            string prompt = text.Length > WorldService.MaxPromptLength ? text[..WorldService.MaxPromptLength] : text;
            _ = PromptParser.Parse(prompt, 7);
            DirectorParseResult d = DirectorParser.Parse(text);
            return d.IsSuccess || d.Error.Message.Length > 0;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void EditRow_AnyContent_IsReadOrReportedAsDamaged_NeverThrows()
    {
        Gen<string> kind = Gen.Elements("place", "move", "recolour", "remove", "lighting", "", "\u0000");
        Gen<string> json = Gen.OneOf(JsonValue(), Gen.ListOf(Gen.Elements("id", "label", "x", "y", "z", "yaw", "scale", "tint", "hx", "hy", "hz", "variant", "material", "hours", "weather", "intensity", "sun")
            .SelectMany(f => JsonValue().Select(v => $"\"{f}\":{v}"))).Select(ps => "{" + string.Join(',', ps) + "}"));
        Prop.ForAll(kind.SelectMany(k => json.Select(j => new LogEntry(0, k, j))).ToArbitrary(), entry =>
        {
            // Problem() is what the store's loader relies on: any exception escaping it would make a world unopenable.
            string? problem = WorldLogLoader.Problem(entry);
            return problem is null || problem.Length > 0;
        }).Check(Runs);
    }

    [Fact]
    public void ApiBodies_AnyJsonOrNot_Get4xxNever5xx()
    {
        using var studio = new StudioFactory(new StudioOptions { WorldWritesPerMinute = 100_000 });
        using HttpClient http = studio.CreateClient();
        Gen<string> body = Gen.OneOf(Nasty(), JsonValue(), Gen.ListOf(Gen.Elements("prompt", "seed", "name", "worldId", "resolution", "fps")
            .SelectMany(f => JsonValue().Select(v => $"\"{f}\":{v}"))).Select(ps => "{" + string.Join(',', ps) + "}"));
        Gen<string> path = Gen.Elements("/api/understand", "/api/worlds", "/api/sessions", "/api/takes/1/render", "/api/worlds/w1/remix");
        Prop.ForAll(path.SelectMany(p => body.Select(b => (p, b))).ToArbitrary(), call =>
        {
            HttpStatusCode status = Task.Run(async () =>
            {
                using var content = new StringContent(call.b, Encoding.UTF8, "application/json");
                using HttpResponseMessage res = await http.PostAsync(call.p, content);
                return res.StatusCode;
            }).GetAwaiter().GetResult();
            return (int)status < 500;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(250));
    }
}
