using Microsoft.Extensions.Logging.Abstractions;
using Nacre.Core;
using Nacre.Storage;
using Nacre.Studio.Previews;
using Nacre.Studio.Sessions;
using Nacre.Studio.Streaming;
using Nacre.Studio.Takes;
using Nacre.Studio.Worlds;

namespace Nacre.Studio.Tests;

/// <summary>
/// The studio's parts that a live session needs, on a fresh data folder of its own: a real SQLite store, the
/// preview service (which shares generators) and the take renderer. <see cref="Open"/> builds a live engine as
/// <see cref="SessionEngineFactory"/> does. Disposing it deletes the folder.
/// </summary>
internal sealed class LiveStudio : IDisposable
{
    public LiveStudio(string name)
    {
        Folder = Path.Combine(Path.GetTempPath(), $"nacre-{name}-tests-" + Path.GetRandomFileName());
        Directory.CreateDirectory(Folder);
        var options = new StudioOptions { DataDirectory = Folder };
        Store = WorldStore.Open(options.DatabasePath);
        Renders = new TakeRenders(options, Store, Previews, NullLogger<TakeRenders>.Instance);
    }

    public string Folder { get; }

    public WorldStore Store { get; }

    public PreviewService Previews { get; } = new(NullLogger<PreviewService>.Instance);

    public TakeRenders Renders { get; }

    /// <summary>A live engine on a saved world, built as the studio builds it; messages to the client go to <paramref name="publish"/>.</summary>
    public LiveEngine Open(WorldRecord world, Resolution resolution, ViewState? view = null, Action<string>? publish = null)
    {
        WorldSpec spec = WorldService.SpecOf(world);
        WorldSource source = Previews.SourceFor(spec, world.Seed);
        var host = new LiveWorldHost(Store, world.Id, null, publish ?? (_ => { }), Renders);
        return new LiveEngine(spec, source.Generate, source.FirstLook, source.Spawn.SubjectPosition, view, resolution, host);
    }

    public void Dispose()
    {
        Renders.Dispose();
        Previews.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
