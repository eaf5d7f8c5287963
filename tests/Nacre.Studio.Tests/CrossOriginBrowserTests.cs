using System.Text.Json;

namespace Nacre.Studio.Tests;

/// <summary>
/// A hostile page in real headless Chromium (tests/e2e/crossorigin.e2e.mjs), served from another port and from a
/// DNS-rebound name, tries to create worlds and open a stream on a studio on loopback: all of it is refused.
/// </summary>
[Trait("Category", "E2E")]
[Collection(HeavyStudioCollection.Name)]
public sealed class CrossOriginBrowserTests
{
    [Fact]
    public async Task AttackerPage_CannotCreateWorldsOrOpenStreams()
    {
        JsonElement results = await BrowserScript.RunAsync("crossorigin.e2e.mjs", "e2e-crossorigin", TimeSpan.FromMinutes(2));

        results.GetProperty("ok").GetBoolean().ShouldBeTrue(results.ToString());
        results.GetProperty("worldsCreated").GetInt32().ShouldBe(0);
        results.GetProperty("crossOrigin").GetProperty("socket").GetString().ShouldBe("refused");
    }
}
