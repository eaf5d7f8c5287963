using System.Numerics;
using Nacre.Core;
using Nacre.Simulation;
using Nacre.WorldGen;

namespace Nacre.Rendering.Tests;

/// <summary>
/// Moving effects (smoke, spray, surf) are seen in the picture, move with simulation time and replay exactly, and
/// never change what the label and instance buffers say is there (the frame report still finds the subject).
/// </summary>
[Collection(RendererCollection.Name)]
public class EffectRenderTests(RendererFixture fixture)
{
    private const int W = RendererFixture.Width;
    private const int H = RendererFixture.Height;

    /// <summary>The test world with spray boiling up 25 m ahead of the spawn camera, in front of the cabin.</summary>
    private static ChunkData WithSpray(ChunkCoord coord)
    {
        ChunkData data = TestWorld.Generate(coord);
        var at = new Vector3(0f, TestWorld.HeightAt(0f, -25f), -25f);
        if (coord == ChunkCoord.FromWorld(at.X, at.Z))
        {
            data.Effects = [new EffectEmitter(EffectKind.Spray, at, 6f, 1f)];
        }
        return data;
    }

    [Fact]
    public void Spray_IsSeenAndMoves_ButLeavesLabelsAndInstancesAsTheyWere()
    {
        using WorldRenderer renderer = WorldRenderer.CreateHeadless(WithSpray, W, H, fixture.Options);
        renderer.Prefetch(0f, 0f, fixture.Options.ViewDistance);
        FrameSnapshot at10 = RendererFixture.Snapshot() with { Tick = 600 };

        RenderedFrame plain = fixture.Renderer.Render(at10, FrameOutputs.Labels);
        SemanticLabel[] plainLabels = [.. plain.Labels!];
        ulong[] plainIds = [.. plain.InstanceIds!];
        double plainLuma = ImageMetrics.MeanLuma(plain.Rgba, W, 0, H);

        RenderedFrame misty = renderer.Render(at10, FrameOutputs.Labels);
        misty.Labels.ShouldBe(plainLabels, "effects do not write the label buffer");
        misty.InstanceIds.ShouldBe(plainIds, "effects do not write the instance buffer");
        double mistyLuma = ImageMetrics.MeanLuma(misty.Rgba, W, 0, H);
        mistyLuma.ShouldBeGreaterThan(plainLuma + 1.0, "white spray brightens the frame");
        byte[] first = [.. misty.Rgba];

        renderer.Render(at10).Rgba.ShouldBe(first, "the same moment shows the same spray");
        byte[] later = renderer.Render(at10 with { Tick = 600 + 75 }).Rgba;
        Differing(first, later).ShouldBeGreaterThan(W * H / 200, "spray moves over a second and a quarter");
    }

    private static int Differing(byte[] a, byte[] b)
    {
        int n = 0;
        for (int i = 0; i < a.Length; i += 4)
        {
            n += Math.Abs(a[i] - b[i]) + Math.Abs(a[i + 1] - b[i + 1]) + Math.Abs(a[i + 2] - b[i + 2]) > 6 ? 1 : 0;
        }
        return n;
    }
}
