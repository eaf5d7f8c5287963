using Nacre.Core;
using Nacre.Language;
using Nacre.Simulation;
using Nacre.WorldGen;

namespace Nacre.Rendering.Tests;

/// <summary>Frame reports of real rendered frames: the box is where the subject is drawn.</summary>
[Collection(RendererCollection.Name)]
public class FrameReportRenderTests(RendererFixture fixture)
{
    private const int W = RendererFixture.Width;
    private const int H = RendererFixture.Height;

    [Fact]
    public void Report_OfTheCabinAhead_BoxesTheCabinNearTheCentre_AndLabelsSumToOne()
    {
        FrameSnapshot snapshot = RendererFixture.Snapshot();
        RenderedFrame f = fixture.Renderer.Render(snapshot, FrameOutputs.Labels);
        FrameReport r = FrameReportBuilder.Build(f, new SubjectTarget(SemanticLabel.Cabin, TestWorld.CabinId), FrameReportCamera.From(snapshot, W, H));

        FrameSubject cabin = r.Subject.ShouldNotBeNull();
        cabin.PixelFraction.ShouldBeGreaterThan(40.0 / (W * H), "the cabin 40 m ahead covers a visible patch");
        PixelBox box = cabin.Bbox.ShouldNotBeNull();
        ((box.X0 + box.X1) / 2.0).ShouldBeInRange(W * 0.3, W * 0.7);
        ((box.Y0 + box.Y1) / 2.0).ShouldBeInRange(H * 0.3, H * 0.7);
        cabin.CutByEdge.ShouldBeFalse();
        // Every cabin-labelled pixel in the box is this cabin: the box was measured by instance.
        for (int y = box.Y0; y < box.Y1; y++)
        {
            for (int x = box.X0; x < box.X1; x++)
            {
                if (f.LabelAt(x, y) == SemanticLabel.Cabin)
                {
                    f.InstanceIdAt(x, y).ShouldBe(TestWorld.CabinId);
                }
            }
        }
        r.Labels.Values.Sum().ShouldBe(1.0, 1e-9);
        r.SkyFraction.ShouldBeInRange(0.1, 0.8, "looking level across a meadow, the sky fills part of the frame");
        r.FlatColourFraction.ShouldBeLessThan(0.5);
    }

    [Fact]
    public void Report_WithoutLabelBuffers_SaysHowToGetThem()
    {
        RenderedFrame f = fixture.Renderer.Render(RendererFixture.Snapshot());
        Should.Throw<ArgumentException>(() => FrameReportBuilder.Build(f, null, FrameReportCamera.From(RendererFixture.Snapshot(), W, H)))
            .Message.ShouldContain("FrameOutputs.Labels");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void StillRenderer_OfABarnPrompt_ReturnsPixelsAndAReportWithTheBarnInView()
    {
        var world = new WorldGenerator(PromptParser.Parse("a red barn on rolling hills", 1));
        var options = new StillOptions
        {
            TimeOfDayHours = 12f,
            Renderer = new RendererOptions { ViewDistance = 300f, ModelDistance = 250f, ReleaseContextAfterFrame = false },
        };
        StillImage still = StillRenderer.Render(world, new ImageSize(192, 108), options);

        still.Rgba.Length.ShouldBe(192 * 108 * 4);
        still.Camera.ShouldBe(StillCamera.Frame(world));
        FrameReport report = still.Report.ShouldNotBeNull();
        FrameSubject barn = report.Subject.ShouldNotBeNull();
        barn.Label.ShouldBe(SemanticLabel.Barn);
        barn.Instance.ShouldBe(SubjectTarget.OfSpawn(world)!.Value.Instance);
        barn.PixelFraction.ShouldBeGreaterThan(0.005, "the spawn looks straight at the barn");
        report.Camera.Time.ShouldBe("12:00");
        report.FlatColourFraction.ShouldBeLessThan(0.5);

        StillRenderer.Render(world, new ImageSize(192, 108), options with { Report = false }).Report.ShouldBeNull();
    }
}
