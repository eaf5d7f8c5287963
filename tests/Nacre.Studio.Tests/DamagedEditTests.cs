using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Nacre.Core;
using Microsoft.Extensions.DependencyInjection;
using Nacre.Simulation.Directing;
using Nacre.Storage;
using Nacre.Studio.Worlds;

namespace Nacre.Studio.Tests;

/// <summary>One bad byte in one edit row must not make a world unopenable: the row is set aside and the world opens, saying so.</summary>
[Trait("Category", "Slow")]
[Collection(HeavyStudioCollection.Name)]
public sealed class DamagedEditTests : IDisposable
{
    private readonly StudioFactory _studio = new(new StudioOptions { MaxSessions = 1 });
    private readonly HttpClient _http;

    public DamagedEditTests()
    {
        _http = _studio.CreateClient();
    }

    public void Dispose()
    {
        _http.Dispose();
        _studio.Dispose();
    }

    /// <summary>A world whose log holds three lighting edits, the second with one byte overwritten on disk.</summary>
    private string WorldWithADamagedSecondEdit(WorldStore store, string worldId)
    {
        foreach (float hours in new[] { 9f, 13f, 21f })
        {
            LogEntry e = LogEntry.Of(new LightingKey(60, hours, WeatherKind.Clear, 0f, null));
            store.AppendEdit(worldId, e.Tick, e.Kind, e.Json);
        }
        using var c = new SqliteConnection($"Data Source={store.DatabasePath}");
        c.Open();
        using SqliteCommand cmd = c.CreateCommand();
        // One flipped byte: the first '"' of the JSON becomes a DEL, as a bad sector or a bad copy would leave it.
        cmd.CommandText = "UPDATE edits SET json = char(123, 127) || substr(json, 3) WHERE world_id = $id AND seq = 2";
        cmd.Parameters.AddWithValue("$id", worldId);
        cmd.ExecuteNonQuery().ShouldBe(1);
        return worldId;
    }

    [Fact]
    public void Load_ADamagedRow_IsSetAsideAndTheRestIsRead()
    {
        WorldStore store = _studio.Services.GetRequiredService<WorldStore>();
        string world = WorldWithADamagedSecondEdit(store, _studio.Services.GetRequiredService<WorldService>().Create("a lake", 1, null).Id);

        (IReadOnlyList<LogEntry> entries, IReadOnlyList<string> setAside) = WorldLogLoader.Load(store, world);

        entries.Count.ShouldBe(2);
        WorldLog.Read(entries).Lighting!.Hours.ShouldBe(21f);
        setAside.ShouldHaveSingleItem().ShouldContain("edit 2 (lighting)");
        store.ListDamagedEdits(world).ShouldHaveSingleItem().Sequence.ShouldBe(2);
        WorldLogLoader.Load(store, world).SetAside.ShouldBeEmpty("set aside once, the world opens cleanly after");
    }

    [Fact]
    public async Task Session_OnAWorldWithADamagedRow_OpensAndSaysWhatWasSkipped()
    {
        string world = (await _http.CreateWorld("a meadow with a wooden cabin")).GetProperty("id").GetString()!;
        WorldWithADamagedSecondEdit(_studio.Services.GetRequiredService<WorldStore>(), world);

        (HttpResponseMessage res, JsonElement session) = await _http.PostJson("/api/sessions", new { worldId = world, resolution = "480p" });

        res.StatusCode.ShouldBe(HttpStatusCode.Created, session.ToString());
        string notice = session.GetProperty("notices").EnumerateArray().ShouldHaveSingleItem().GetString()!;
        notice.ShouldContain("damaged edit");
        notice.ShouldContain("nacre store check");
        string id = session.GetProperty("id").GetString()!, token = session.GetProperty("token").GetString()!;
        await using (StreamClient stream = await StreamClient.Connect(_studio, id, token))
        {
            (await stream.NextFrame()).ShouldNotBeNull("the world opened and streams");
            stream.Texts.ShouldContain(t => t.Contains("\"ready\"") && t.Contains("damaged edit"));
        }
        using var end = new HttpRequestMessage(HttpMethod.Delete, $"/api/sessions/{id}");
        end.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await _http.SendAsync(end, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }
}
