using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Nacre.Core;
using Nacre.Storage;
using Nacre.Studio.Worlds;
using Nacre.WorldGen;

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

    /// <summary>A world saved by a build whose generator was v1: stored straight into the studio's store.</summary>
    private WorldRecord SaveV1World(string prompt, ulong seed)
    {
        WorldStore store = _studio.Services.GetRequiredService<WorldStore>();
        WorldSpec spec = WorldService.Understand(prompt, seed);
        return store.CreateWorld(new NewWorld("Old cabin", prompt, seed, WorldSpecJson.Serialize(spec), "worldgen-1"));
    }

    [Fact]
    public async Task Worlds_SayWhichGeneratorMadeThem_InTheGalleryAndOnTheirOwn()
    {
        string current = (await _http.CreateWorld(CabinPrompt)).GetProperty("id").GetString()!;
        string old = SaveV1World(CabinPrompt, 3).Id;

        JsonElement gallery = await _http.GetJson("/api/worlds");
        JsonElement oldEntry = gallery.EnumerateArray().Single(w => w.GetProperty("id").GetString() == old);
        JsonElement currentEntry = gallery.EnumerateArray().Single(w => w.GetProperty("id").GetString() == current);
        oldEntry.GetProperty("generatorVersion").GetString().ShouldBe("worldgen-1");
        oldEntry.GetProperty("generator").GetInt32().ShouldBe(1);
        oldEntry.GetProperty("currentGenerator").GetInt32().ShouldBe(WorldGenerator.Version);
        currentEntry.GetProperty("generator").GetInt32().ShouldBe(WorldGenerator.Version);
        JsonElement one = await _http.GetJson($"/api/worlds/{old}");
        one.GetProperty("generator").GetInt32().ShouldBe(1);
        one.GetProperty("currentGenerator").GetInt32().ShouldBe(WorldGenerator.Version);
    }

    [Fact]
    public async Task Remake_V1World_IsANewWorldWithTheCurrentGenerator_SamePromptAndSeed_ItsEditsAndParent()
    {
        WorldRecord old = SaveV1World(CabinPrompt, 3);
        _studio.Services.GetRequiredService<WorldStore>().AppendEdit(old.Id, 120, "lighting", "{\"hours\":21}");

        (HttpResponseMessage res, JsonElement remake) = await _http.SendJson(HttpMethod.Post, $"/api/worlds/{old.Id}/remake", null);

        res.StatusCode.ShouldBe(HttpStatusCode.Created, remake.ToString());
        string id = remake.GetProperty("id").GetString()!;
        id.ShouldNotBe(old.Id);
        res.Headers.Location!.ToString().ShouldBe($"/api/worlds/{id}");
        remake.GetProperty("generatorVersion").GetString().ShouldBe($"worldgen-{WorldGenerator.Version}");
        remake.GetProperty("generator").GetInt32().ShouldBe(WorldGenerator.Version);
        remake.GetProperty("prompt").GetString().ShouldBe(CabinPrompt);
        remake.GetProperty("seed").GetString().ShouldBe("3");
        remake.GetProperty("parentId").GetString().ShouldBe(old.Id);
        remake.GetProperty("editCount").GetInt32().ShouldBe(1);
        remake.GetProperty("name").GetString().ShouldBe($"Old cabin (v{WorldGenerator.Version})");
        // The original is untouched: still v1, so still rebuilt with v1.
        (await _http.GetJson($"/api/worlds/{old.Id}")).GetProperty("generatorVersion").GetString().ShouldBe("worldgen-1");
    }

    [Fact]
    public async Task Remake_WorldAlreadyOnTheCurrentGenerator_Is409SayingSo()
    {
        string id = (await _http.CreateWorld(CabinPrompt)).GetProperty("id").GetString()!;

        (HttpResponseMessage res, JsonElement body) = await _http.SendJson(HttpMethod.Post, $"/api/worlds/{id}/remake", null);

        res.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        body.GetProperty("error").GetString()!.ShouldContain($"already made with generator v{WorldGenerator.Version}");
        (await _http.GetJson("/api/worlds")).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Remix_UnchangedV1World_IsAccepted_ButAnUnchangedCurrentWorldIsNot()
    {
        WorldRecord old = SaveV1World(CabinPrompt, 3);
        string current = (await _http.CreateWorld(CabinPrompt)).GetProperty("id").GetString()!;

        (HttpResponseMessage res, JsonElement remix) = await _http.PostJson($"/api/worlds/{old.Id}/remix", new { });
        res.StatusCode.ShouldBe(HttpStatusCode.Created, remix.ToString());
        remix.GetProperty("generator").GetInt32().ShouldBe(WorldGenerator.Version);
        remix.GetProperty("parentId").GetString().ShouldBe(old.Id);

        (HttpResponseMessage same, JsonElement refused) = await _http.PostJson($"/api/worlds/{current}/remix", new { });
        same.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.GetProperty("error").GetString()!.ShouldContain("needs a change");
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
    public async Task RemixRemakeAndRename_UnknownWorld_Are404()
    {
        (await _http.PostJson("/api/worlds/wnope/remix", new { seed = 2 })).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _http.SendJson(HttpMethod.Post, "/api/worlds/wnope/remake", null)).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
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

    [Fact]
    public async Task Gallery_ShowsEachWorldsGeneratorVersion_AndOffersARemakeOnOlderOnes()
    {
        string gallery = await _http.GetStringAsync("/js/gallery.js", TestContext.Current.CancellationToken);
        string api = await _http.GetStringAsync("/js/api.js", TestContext.Current.CancellationToken);

        // The card's badge with its tooltip, and the remake button with the API call behind it.
        gallery.ShouldContain("versionBadge(w)");
        gallery.ShouldContain("made with generator v${w.generator}; remake to use v${w.currentGenerator}");
        gallery.ShouldContain("Remake with v${w.currentGenerator}");
        api.ShouldContain("/remake`");
    }

}
