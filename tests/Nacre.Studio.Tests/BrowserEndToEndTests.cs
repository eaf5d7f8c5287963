using System.Text.Json;

namespace Nacre.Studio.Tests;

/// <summary>
/// The studio as a person uses it, in real headless Chromium (tests/e2e/studio.e2e.mjs through playwright-core):
/// type a prompt, enter, hold W, leave, reopen from the gallery at the same place and view. The studio runs for
/// real on Kestrel on a free loopback port. Screenshots and measurements stay in artifacts/e2e/.
/// </summary>
[Trait("Category", "E2E")]
[Trait("Category", "Slow")]
[Collection(HeavyStudioCollection.Name)]
public sealed class BrowserEndToEndTests
{
    [Fact]
    public async Task NewUser_CreatesWalksLeavesAndReopensAWorld()
    {
        JsonElement results = await BrowserScript.RunAsync("studio.e2e.mjs", "e2e", TimeSpan.FromMinutes(4));
        results.GetProperty("ok").GetBoolean().ShouldBeTrue();
        File.Exists(Path.Combine(BrowserScript.RepoRoot, "artifacts", "e2e", "06-reopened.png")).ShouldBeTrue();
    }
}
