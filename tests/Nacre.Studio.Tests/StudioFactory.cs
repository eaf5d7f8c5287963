using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Nacre.Studio.Tests;

/// <summary>
/// The studio in memory (TestServer) on a fresh database in a temporary folder, deleted afterwards. The host is
/// <see cref="StudioApp.CreateHostBuilder"/>, exactly what <c>nacre studio</c> runs. The factory's type argument
/// is this test assembly (an executable) only because the factory insists on an entry point; Nacre.Studio is a
/// library hosted by the nacre command.
/// </summary>
public sealed class StudioFactory : WebApplicationFactory<StudioFactory>
{
    private readonly bool _ownsFolder;

    public StudioFactory()
        : this(new StudioOptions())
    {
    }

    public StudioFactory(StudioOptions options)
        : this(options, Path.Combine(Path.GetTempPath(), "nacre-studio-tests-" + Path.GetRandomFileName()), ownsFolder: true)
    {
    }

    private StudioFactory(StudioOptions options, string folder, bool ownsFolder)
    {
        DataFolder = folder;
        Options = options with { DataDirectory = folder };
        _ownsFolder = ownsFolder;
    }

    public string DataFolder { get; }

    public StudioOptions Options { get; }

    /// <summary>A second studio on this one's database (as after a restart); it leaves the folder to this one.</summary>
    public StudioFactory OnSameData() => new(Options, DataFolder, ownsFolder: false);

    protected override IHostBuilder CreateHostBuilder() => StudioApp.CreateHostBuilder(Options);

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // The factory guesses a content root from the solution layout; the studio needs none (its web client is
        // embedded), so point it at the test's own folder.
        builder.UseContentRoot(AppContext.BaseDirectory);
        return base.CreateHost(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && _ownsFolder && Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
