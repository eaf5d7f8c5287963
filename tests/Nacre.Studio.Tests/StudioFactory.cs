using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Nacre.Studio.Tests;

/// <summary>The studio in memory (TestServer) on a fresh database in a temporary folder, deleted afterwards.</summary>
public sealed class StudioFactory : WebApplicationFactory<StudioApp>
{
    public StudioFactory()
        : this(new StudioOptions())
    {
    }

    public StudioFactory(StudioOptions options)
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "nacre-studio-tests-" + Path.GetRandomFileName());
        Options = options with { DataDirectory = DataFolder };
    }

    public string DataFolder { get; }

    public StudioOptions Options { get; }

    protected override IHostBuilder CreateHostBuilder() =>
        StudioApp.CreateHostBuilder(Options)
            .ConfigureWebHost(web => web.UseSetting("TEST_CONTENTROOT_NACRE_STUDIO", AppContext.BaseDirectory));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
