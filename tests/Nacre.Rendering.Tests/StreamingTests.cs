using System.Numerics;
using Nacre.Simulation;

namespace Nacre.Rendering.Tests;

public class StreamingTests
{
    [Fact]
    public void Render_WithoutPrefetch_NeverWaits_AndNearChunksArriveWithinAFewFrames()
    {
        var options = new RendererOptions { ViewDistance = 160f, ShadowMapSize = 256 };
        using WorldRenderer r = WorldRenderer.CreateHeadless(TestWorld.Generate, 64, 36, options);
        var snapshot = new FrameSnapshot { Camera = new CameraPose(new Vector3(500f, 30f, 500f), 1f, 0f) };
        FrameStats first = r.Render(snapshot).Stats;
        first.ChunksMissingNear.ShouldBeGreaterThan(0, "nothing was generated yet, and the first frame must not wait for it");
        int frames = 1;
        FrameStats s = first;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (s.ChunksMissingNear > 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
            s = r.Render(snapshot with { Tick = frames++ }).Stats;
        }
        s.ChunksMissingNear.ShouldBe(0);
        r.LoadedChunks.ShouldBeGreaterThan(4);
    }
}
