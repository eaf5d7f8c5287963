using System.Text.Json;

namespace Nacre.Studio.Tests;

/// <summary>
/// Direct mode as a new user meets it, in real headless Chromium (tests/e2e/direct.e2e.mjs through playwright-core):
/// create and enter a world, switch to Direct, frame the cabin, record a take (dolly in, nightfall, a red car), stop,
/// find it in the take list, get a "did you mean" for a typo, replay the take and render it to an MP4 that downloads.
/// The studio runs for real on Kestrel on a free loopback port. Screenshots and measurements stay in artifacts/e2e-direct/.
/// </summary>
[Trait("Category", "E2E")]
[Trait("Category", "Slow")]
[Collection(HeavyStudioCollection.Name)]
public sealed class DirectBrowserEndToEndTests
{
    [Fact]
    public async Task NewUser_DirectsRecordsReplaysAndRendersAScene()
    {
        // Rendering the take to MP4 alone may take up to three minutes on a loaded two-core machine.
        JsonElement results = await BrowserScript.RunAsync("direct.e2e.mjs", "e2e-direct", TimeSpan.FromMinutes(6));
        results.GetProperty("ok").GetBoolean().ShouldBeTrue();
        File.Exists(Path.Combine(BrowserScript.RepoRoot, "artifacts", "e2e-direct", "05-rendered.png")).ShouldBeTrue();
    }
}
