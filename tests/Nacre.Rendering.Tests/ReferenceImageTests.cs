using Nacre.Core;

namespace Nacre.Rendering.Tests;

/// <summary>Small reference renders of <see cref="TestWorld"/> in the live tier (see <see cref="ReferenceImages"/>).</summary>
[Collection(RendererCollection.Name)]
public class ReferenceImageTests(RendererFixture fixture)
{
    [Theory]
    [InlineData("noon", 12.75f, WeatherKind.Clear)]
    [InlineData("dusk", 19.75f, WeatherKind.Clear)]
    [InlineData("fog", 10f, WeatherKind.Fog)]
    public void Render_MatchesItsReferenceImage(string name, float hours, WeatherKind weather) =>
        ReferenceImages.AssertMatches(name, fixture.Renderer.Render(RendererFixture.Snapshot(hours, weather)));

    [Fact]
    public void Compare_OfDifferentTimesOfDay_ExceedsTheTolerance()
    {
        // The tolerance must be able to fail: noon and dusk are far apart by this measure.
        byte[] noon = fixture.Renderer.Render(RendererFixture.Snapshot(12.75f)).CopyRgba();
        byte[] dusk = fixture.Renderer.Render(RendererFixture.Snapshot(19.75f)).CopyRgba();
        ReferenceImages.Compare(noon, dusk).Mean.ShouldBeGreaterThan(ReferenceImages.MeanTolerance * 4);
    }
}
