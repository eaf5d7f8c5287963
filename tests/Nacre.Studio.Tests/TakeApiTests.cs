using System.Net;
using System.Numerics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Nacre.Core;
using Nacre.Simulation;
using Nacre.Simulation.Directing;
using Nacre.Storage;

namespace Nacre.Studio.Tests;

/// <summary>The takes API: list a world's takes, render one to MP4 in the background, download it; clear errors otherwise.</summary>
[Trait("Category", "Slow")]
[Collection(HeavyStudioCollection.Name)]
public sealed class TakeApiTests : IDisposable
{
    private readonly StudioFactory _studio = new();
    private readonly HttpClient _http;

    public TakeApiTests()
    {
        _http = _studio.CreateClient();
    }

    public void Dispose()
    {
        _http.Dispose();
        _studio.Dispose();
    }

    private async Task<(string World, string Take)> WorldWithATake()
    {
        JsonElement w = await _http.CreateWorld("a foggy pine forest at dusk with a wooden cabin by a lake", seed: 1);
        string id = w.GetProperty("id").GetString()!;
        var start = new TakeStart(new CameraPose(new Vector3(0f, 30f, 0f), 0f, -0.1f), Lens.Default, 19.75f, WeatherKind.Fog, 0.5f, null, Mood.Normal, 16f / 9f, 0);
        var take = new RecordedTake(start, [new TakeCommand(0, "wide shot of the cabin"), new TakeCommand(30, "make it night over 0.5 seconds")], 72);
        TakeRecord saved = _studio.Services.GetRequiredService<WorldStore>().SaveTake(id, null, "Take 1", take.DurationTicks, take.ToJson());
        return (id, saved.PublicId);
    }

    [Fact]
    public async Task Take_IsListed_RendersToAnMp4_AndDownloads()
    {
        (string world, string take) = await WorldWithATake();
        JsonElement list = await _http.GetJson($"/api/worlds/{world}/takes");
        JsonElement t = list.EnumerateArray().ShouldHaveSingleItem();
        t.GetProperty("id").GetString().ShouldBe(take);
        t.GetProperty("commands").GetInt32().ShouldBe(2);
        t.GetProperty("seconds").GetDouble().ShouldBe(1.2);
        t.GetProperty("script").GetString().ShouldBe("@0s wide shot of the cabin\n@0.5s make it night over 0.5 seconds\n@1.2s end\n");
        t.GetProperty("render").GetProperty("status").GetString().ShouldBe("none");

        (HttpResponseMessage started, JsonElement status) = await _http.PostJson($"/api/takes/{take}/render", new { resolution = "480p", fps = 24 });
        started.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        status.GetProperty("status").GetString().ShouldBe("rendering");
        for (int i = 0; i < 240 && status.GetProperty("status").GetString() == "rendering"; i++)
        {
            await Task.Delay(500, TestContext.Current.CancellationToken);
            status = await _http.GetJson($"/api/takes/{take}/render");
        }
        status.GetProperty("status").GetString().ShouldBe("done", status.ToString());
        byte[] mp4 = await _http.GetByteArrayAsync(new Uri(status.GetProperty("url").GetString()!, UriKind.Relative), TestContext.Current.CancellationToken);
        mp4.Length.ShouldBeGreaterThan(5_000);
        System.Text.Encoding.ASCII.GetString(mp4, 4, 4).ShouldBe("ftyp");
    }

    [Fact]
    public async Task BadRenderRequests_SayWhatIsWrong()
    {
        (_, string take) = await WorldWithATake();
        (HttpResponseMessage r, JsonElement body) = await _http.PostJson($"/api/takes/{take}/render", new { fps = 60 });
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetString()!.ShouldContain("24, 25 or 30");
        (r, body) = await _http.PostJson($"/api/takes/{take}/render", new { resolution = "4k" });
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (r, _) = await _http.PostJson("/api/takes/9999/render", new { });
        r.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _http.GetAsync(new Uri($"/api/takes/{take}/video.mp4", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _http.GetAsync(new Uri("/api/worlds/nope/takes", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Vocabulary_GivesExamplesForCompletion()
    {
        JsonElement v = await _http.GetJson("/api/direct/vocabulary");
        v.GetProperty("examples").EnumerateArray().Select(e => e.GetString()).ShouldContain("make it night");
    }
}
