using System.Numerics;
using Nacre.Core;
using Nacre.Simulation;
using Nacre.WorldGen;

namespace Nacre.Rendering.Tests;

[Collection(RendererCollection.Name)]
public class WorldRendererTests(RendererFixture fixture)
{
    private const int W = RendererFixture.Width;
    private const int H = RendererFixture.Height;

    private readonly WorldRenderer _renderer = fixture.Renderer;

    [Fact]
    public void Still_OfKnownWorld_HasSkyAtTheTopAndGroundAtTheBottom()
    {
        RenderedFrame f = _renderer.Render(RendererFixture.Snapshot(), FrameOutputs.All);
        int skyTop = 0, groundBottom = 0;
        for (int x = 0; x < W; x++)
        {
            skyTop += f.LabelAt(x, 2) == SemanticLabel.Sky ? 1 : 0;
            SemanticLabel bottom = f.LabelAt(x, H - 2);
            groundBottom += SemanticLabels.IsGround(bottom) && bottom != SemanticLabel.Sky ? 1 : 0;
        }
        skyTop.ShouldBeGreaterThan(W * 8 / 10, "the top row should be mostly sky");
        groundBottom.ShouldBeGreaterThan(W * 8 / 10, "the bottom row should be mostly ground");
        // And the sky is blue-ish at noon: blue channel above red at the top centre.
        int top = ((2 * W) + (W / 2)) * 4;
        f.Rgba[top + 2].ShouldBeGreaterThan(f.Rgba[top]);
    }

    [Fact]
    public void Noon_IsMuchBrighterThanNight()
    {
        double noon = ImageMetrics.MeanLuma(_renderer.Render(RendererFixture.Snapshot(12f)).Rgba, W, 0, H);
        double night = ImageMetrics.MeanLuma(_renderer.Render(RendererFixture.Snapshot(0.5f)).Rgba, W, 0, H);
        noon.ShouldBeGreaterThan(night * 2.5, $"noon luma {noon:F1} vs night {night:F1}");
        night.ShouldBeGreaterThan(2.0, "night should still show shapes by moonlight, not pure black");
    }

    [Fact]
    public void Fog_LowersTheContrastOfDistantThings()
    {
        // The band just above the horizon holds the far hills and woods.
        int y0 = H * 30 / 100, y1 = H * 45 / 100;
        double clear = ImageMetrics.LumaDeviation(_renderer.Render(RendererFixture.Snapshot(11f)).Rgba, W, y0, y1);
        double fog = ImageMetrics.LumaDeviation(_renderer.Render(RendererFixture.Snapshot(11f, WeatherKind.Fog, 0.8f)).Rgba, W, y0, y1);
        fog.ShouldBeLessThan(clear * 0.6, $"distant contrast clear {clear:F1} vs fog {fog:F1}");
    }

    [Fact]
    public void Cabin_AppearsInTheLabelBufferNearTheImageCentre_WithItsInstanceId()
    {
        RenderedFrame f = _renderer.Render(RendererFixture.Snapshot(), FrameOutputs.Labels);
        long sx = 0, sy = 0, n = 0;
        for (int y = 0; y < H; y++)
        {
            for (int x = 0; x < W; x++)
            {
                if (f.LabelAt(x, y) == SemanticLabel.Cabin)
                {
                    f.InstanceIdAt(x, y).ShouldBe(TestWorld.CabinId);
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        n.ShouldBeGreaterThan(40, "the cabin 40 m ahead should cover a visible patch");
        (sx / (double)n).ShouldBeInRange(W * 0.3, W * 0.7);
        (sy / (double)n).ShouldBeInRange(H * 0.3, H * 0.7);
        f.Depth.ShouldBeNull("depth was not asked for");
    }

    [Fact]
    public void Depth_IsInMetres_AndIncreasesTowardTheHorizon()
    {
        RenderedFrame f = _renderer.Render(RendererFixture.Snapshot() with { Camera = TestWorld.SpawnCamera with { Yaw = MathF.PI } }, FrameOutputs.Depth);
        // Looking south over open meadow: the column's depth grows from the bottom row up to the horizon.
        int x = W / 2;
        float bottom = f.DepthAt(x, H - 1), lower = f.DepthAt(x, H * 3 / 4), mid = f.DepthAt(x, (H / 2) + 4);
        bottom.ShouldBeInRange(1.5f, 8f, "the ground at the bottom edge is a few metres from the eye");
        lower.ShouldBeGreaterThan(bottom);
        mid.ShouldBeGreaterThan(lower);
        float.IsPositiveInfinity(f.DepthAt(x, 0)).ShouldBeTrue("the sky is infinitely far");
    }

    [Fact]
    public void TwoRendersOfTheSameSnapshot_AreIdentical()
    {
        FrameSnapshot s = RendererFixture.Snapshot(16.5f, WeatherKind.Rain);
        byte[] a = _renderer.Render(s).CopyRgba();
        byte[] b = _renderer.Render(s).CopyRgba();
        a.SequenceEqual(b).ShouldBeTrue();
    }

    [Fact]
    public void ExtraObject_RedCarPlacedAhead_IsDrawnRed_AndHiddenIdsRemoveTheCabin()
    {
        Vector3 eye = TestWorld.SpawnCamera.Position;
        var car = new PlacedObject(9001, SemanticLabel.Car, new Vector3(0f, TestWorld.HeightAt(0f, -9f), -9f), MathF.PI / 2, 1f,
            new Rgb(200, 20, 20), new Vector3(0.9f, 0.75f, 2.1f), 0, MaterialKind.Unspecified);
        FrameSnapshot s = RendererFixture.Snapshot() with
        {
            ExtraObjects = [car],
            HiddenObjectIds = new HashSet<ulong> { TestWorld.CabinId },
        };
        RenderedFrame f = _renderer.Render(s, FrameOutputs.Labels);
        int red = 0, carPixels = 0, cabin = 0;
        for (int i = 0; i < W * H; i++)
        {
            if (f.Labels![i] == SemanticLabel.Car && f.InstanceIds![i] == 9001)
            {
                carPixels++;
                red += f.Rgba[i * 4] > f.Rgba[(i * 4) + 1] * 1.8 && f.Rgba[i * 4] > f.Rgba[(i * 4) + 2] * 1.8 ? 1 : 0;
            }
            cabin += f.Labels[i] == SemanticLabel.Cabin ? 1 : 0;
        }
        carPixels.ShouldBeGreaterThan(100);
        red.ShouldBeGreaterThan(carPixels / 2, "most of the car's pixels should read as red");
        cabin.ShouldBe(0);
        eye.Y.ShouldBeGreaterThan(0f);
    }

    [Fact]
    public void Stats_CountTrianglesAndChunks_WithNoneMissingAfterPrefetch()
    {
        FrameStats s = _renderer.Render(RendererFixture.Snapshot()).Stats;
        s.Triangles.ShouldBeInRange(2_000, 40_000);
        s.ChunksDrawn.ShouldBeGreaterThan(10);
        s.ChunksMissingNear.ShouldBe(0);
        s.Instances.ShouldBeGreaterThan(5);
        s.TotalMs.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void AGust_BendsTheTrees_ButLeavesBuildingsAndGroundWhereTheyAre()
    {
        FrameSnapshot calm = RendererFixture.Snapshot() with { Wind = 1f };
        SemanticLabel[] still = Labels(_renderer.Render(calm, FrameOutputs.Labels));
        SemanticLabel[] gust = Labels(_renderer.Render(calm with { Wind = 4.5f }, FrameOutputs.Labels));
        int treeChanged = 0, cabinChanged = 0, cabin = 0;
        for (int i = 0; i < still.Length; i++)
        {
            bool tree = SemanticLabels.IsTree(still[i]) || SemanticLabels.IsTree(gust[i]);
            treeChanged += tree && still[i] != gust[i] ? 1 : 0;
            cabin += still[i] == SemanticLabel.Cabin ? 1 : 0;
            cabinChanged += (still[i] == SemanticLabel.Cabin) != (gust[i] == SemanticLabel.Cabin) ? 1 : 0;
        }
        treeChanged.ShouldBeGreaterThan(still.Length / 400, "tree crowns should move in a gust");
        cabin.ShouldBeGreaterThan(0);
        cabinChanged.ShouldBe(0, "a cabin does not sway");
    }

    private static SemanticLabel[] Labels(RenderedFrame f)
    {
        var labels = new SemanticLabel[f.Width * f.Height];
        for (int y = 0; y < f.Height; y++)
        {
            for (int x = 0; x < f.Width; x++)
            {
                labels[(y * f.Width) + x] = f.LabelAt(x, y);
            }
        }
        return labels;
    }
}
