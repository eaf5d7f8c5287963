using System.Net;
using System.Text.Json;

namespace Nacre.Studio.Tests;

public sealed class WorldApiTests : IDisposable
{
    private const string CabinPrompt = "a foggy pine forest at dusk with a wooden cabin by a lake";
    private readonly StudioFactory _studio = new();
    private readonly HttpClient _http;

    public WorldApiTests()
    {
        _http = _studio.CreateClient();
    }

    public void Dispose()
    {
        _http.Dispose();
        _studio.Dispose();
    }

    [Fact]
    public async Task CreateWorld_ReturnsWhatThePromptMeantAndListsIt()
    {
        JsonElement w = await _http.CreateWorld(CabinPrompt, seed: 42);

        w.GetProperty("seed").GetString().ShouldBe("42");
        w.GetProperty("prompt").GetString().ShouldBe(CabinPrompt);
        w.GetProperty("name").GetString().ShouldBe("Foggy pine forest at dusk with a wooden cabin by…");
        string[] concepts = [.. w.GetProperty("concepts").EnumerateArray().Select(c => c.GetString()!)];
        concepts.ShouldContain(c => c.Contains("cabin"));
        concepts.ShouldContain(c => c.Contains("lake"));

        JsonElement list = await _http.GetJson("/api/worlds");
        list.EnumerateArray().Select(x => x.GetProperty("id").GetString()).ShouldContain(w.GetProperty("id").GetString());
    }

    [Fact]
    public async Task GetWorld_AfterTheStudioRestarts_IsTheSameWorld()
    {
        JsonElement created = await _http.CreateWorld(CabinPrompt, seed: 5);
        string id = created.GetProperty("id").GetString()!;
        string specBefore = (await _http.GetJson($"/api/worlds/{id}")).GetProperty("concepts").ToString();

        // A second studio on the same data folder: what was saved is what comes back.
        using StudioFactory again = _studio.OnSameData();
        using HttpClient http2 = again.CreateClient();
        JsonElement reopened = await http2.GetJson($"/api/worlds/{id}");
        reopened.GetProperty("seed").GetString().ShouldBe("5");
        reopened.GetProperty("prompt").GetString().ShouldBe(CabinPrompt);
        reopened.GetProperty("concepts").ToString().ShouldBe(specBefore);
    }

    [Fact]
    public async Task RenameThenDelete_WorldIsGoneAfterwards()
    {
        string id = (await _http.CreateWorld("a windmill on a hill")).GetProperty("id").GetString()!;

        (HttpResponseMessage renamed, JsonElement body) = await _http.SendJson(HttpMethod.Patch, $"/api/worlds/{id}", """{"name":"Mill"}""");
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("name").GetString().ShouldBe("Mill");

        (await _http.DeleteAsync($"/api/worlds/{id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _http.GetAsync($"/api/worlds/{id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _http.GetJson("/api/worlds")).EnumerateArray().ShouldNotContain(x => x.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task Remix_NewSeed_MakesANewWorldAndKeepsTheOriginal()
    {
        JsonElement original = await _http.CreateWorld(CabinPrompt, seed: 1);
        string id = original.GetProperty("id").GetString()!;

        (HttpResponseMessage res, JsonElement remix) = await _http.PostJson($"/api/worlds/{id}/remix", new { seed = 99 });

        res.StatusCode.ShouldBe(HttpStatusCode.Created);
        remix.GetProperty("id").GetString().ShouldNotBe(id);
        remix.GetProperty("parentId").GetString().ShouldBe(id);
        remix.GetProperty("seed").GetString().ShouldBe("99");
        remix.GetProperty("prompt").GetString().ShouldBe(CabinPrompt);
        remix.GetProperty("name").GetString()!.ShouldEndWith("(remix)");
        (await _http.GetJson($"/api/worlds/{id}")).GetProperty("seed").GetString().ShouldBe("1");
    }

    [Fact]
    public async Task Remix_NewPrompt_ChangesWhatWasUnderstood()
    {
        string id = (await _http.CreateWorld(CabinPrompt)).GetProperty("id").GetString()!;

        (HttpResponseMessage res, JsonElement remix) = await _http.PostJson($"/api/worlds/{id}/remix", new { prompt = "a sunny beach with palm trees" });

        res.StatusCode.ShouldBe(HttpStatusCode.Created);
        remix.GetProperty("concepts").ToString().ShouldNotBe((await _http.GetJson($"/api/worlds/{id}")).GetProperty("concepts").ToString());
    }

    [Fact]
    public async Task Understand_ReturnsConceptsAndUnrecognisedWordsWithoutSaving()
    {
        (HttpResponseMessage res, JsonElement u) = await _http.PostJson("/api/understand", new { prompt = "a cabin by a lake with zorblax" });

        res.StatusCode.ShouldBe(HttpStatusCode.OK);
        u.GetProperty("concepts").GetArrayLength().ShouldBeGreaterThan(0);
        u.GetProperty("unrecognized").EnumerateArray().Select(x => x.GetString()).ShouldContain("zorblax");
        (await _http.GetJson("/api/worlds")).GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("""{"prompt":""}""", "empty")]
    [InlineData("""{"prompt":"   "}""", "empty")]
    [InlineData("""{"seed":3}""", "empty")]
    [InlineData("""{"prompt":"a lake","seed":"minus one"}""", "seed")]
    [InlineData("""{"prompt":"a lake","seed":-1}""", "seed")]
    [InlineData("""{"prompt":"a lake",""", "JSON")]
    [InlineData("""not json at all""", "JSON")]
    [InlineData("""["a lake"]""", "JSON")]
    [InlineData("""{"prompt":"a lake","colour":"red"}""", "JSON")]
    [InlineData("", "empty")]
    public async Task CreateWorld_BadInput_Is400WithASentence(string json, string mentions)
    {
        (HttpResponseMessage res, JsonElement body) = await _http.SendJson(HttpMethod.Post, "/api/worlds", json);

        res.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetString()!.ShouldContain(mentions, Case.Insensitive);
    }

    [Fact]
    public async Task CreateWorld_OversizedPrompt_Is400SayingTheLimit()
    {
        (HttpResponseMessage res, JsonElement body) = await _http.PostJson("/api/worlds", new { prompt = new string('a', 2001) });

        res.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetString()!.ShouldContain("2000");
    }

    [Fact]
    public async Task CreateWorld_HugeBody_Is413()
    {
        (HttpResponseMessage res, JsonElement body) = await _http.PostJson("/api/worlds", new { prompt = new string('a', 200_000) });

        res.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        body.GetProperty("error").GetString()!.ShouldContain("bytes");
    }

    [Theory]
    [InlineData("GET", "/api/worlds/wnope")]
    [InlineData("DELETE", "/api/worlds/wnope")]
    [InlineData("GET", "/api/worlds/wnope/map")]
    [InlineData("GET", "/api/worlds/wnope/thumbnail")]
    [InlineData("GET", "/api/worlds/wnope/edits")]
    [InlineData("GET", "/api/nothing/here")]
    public async Task UnknownThings_Are404WithASentence(string method, string path)
    {
        (HttpResponseMessage res, JsonElement body) = await _http.SendJson(new HttpMethod(method), path, null);

        res.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        body.GetProperty("error").GetString()!.Length.ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task RemixAndRename_UnknownWorld_Are404()
    {
        (await _http.PostJson("/api/worlds/wnope/remix", new { seed = 2 })).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _http.SendJson(HttpMethod.Patch, "/api/worlds/wnope", """{"name":"x"}""")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WebClient_IsServedWithItsModules()
    {
        HttpResponseMessage page = await _http.GetAsync("/", TestContext.Current.CancellationToken);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        string html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.ShouldContain("Nacre Studio");
        html.ShouldContain("/js/main.js");
        foreach (string module in new[] { "/js/main.js", "/js/live.js", "/js/create.js", "/js/gallery.js", "/js/api.js", "/js/protocol.js", "/js/ui.js", "/css/studio.css" })
        {
            (await _http.GetAsync(module, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK, module);
        }
    }
}
