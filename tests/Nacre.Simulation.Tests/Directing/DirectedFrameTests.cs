using Nacre.Core;
using Nacre.Rendering;
using Nacre.Simulation.Directing;
using static Nacre.Simulation.Tests.Directing.DirectingTestWorld;

namespace Nacre.Simulation.Tests.Directing;

/// <summary>What directed frames show, through the real renderer (headless EGL, llvmpipe here) at a small size.</summary>
[Trait("Category", "Slow")]
public sealed class DirectedFrameTests : IDisposable
{
    private const int Width = 256, Height = 144;
    private readonly WorldRenderer _renderer = WorldRenderer.CreateHeadless(Generate, Width, Height,
        new RendererOptions { ViewDistance = 260f, ModelDistance = 240f, TerrainLodDistances = [80f, 160f, 220f], ReleaseContextAfterFrame = false });

    public void Dispose() => _renderer.Dispose();

    private RenderedFrame Render(DirectorSession s)
    {
        FrameSnapshot snap = s.Snapshot();
        _renderer.Prefetch(snap.Camera.Position.X, snap.Camera.Position.Z, 260f);
        return _renderer.Render(snap, FrameOutputs.Labels);
    }

    private static void Run(DirectorSession s, string line, double seconds)
    {
        CommandOutcome o = s.Execute(line);
        o.Accepted.ShouldBeTrue(o.Message);
        s.StepTo(s.Tick + Ticks.FromSeconds(seconds));
    }

    private static double MeanLuma(byte[] rgba)
    {
        double sum = 0;
        for (int i = 0; i < rgba.Length; i += 4)
        {
            sum += (0.2126 * rgba[i]) + (0.7152 * rgba[i + 1]) + (0.0722 * rgba[i + 2]);
        }
        return sum / (rgba.Length / 4);
    }

    private static (float Fraction, float Cx, float Cy, double R, double G, double B) Label(RenderedFrame f, SemanticLabel label)
    {
        int n = 0;
        double sx = 0, sy = 0, r = 0, g = 0, b = 0;
        for (int y = 0; y < f.Height; y++)
        {
            for (int x = 0; x < f.Width; x++)
            {
                if (f.LabelAt(x, y) == label)
                {
                    int i = ((y * f.Width) + x) * 4;
                    n++;
                    sx += x;
                    sy += y;
                    r += f.Rgba[i];
                    g += f.Rgba[i + 1];
                    b += f.Rgba[i + 2];
                }
            }
        }
        return n == 0 ? (0f, -1f, -1f, 0, 0, 0) : (n / (float)(f.Width * f.Height), (float)(sx / n / f.Width), (float)(sy / n / f.Height), r / n, g / n, b / n);
    }

    [Fact]
    public void MakeItNight_FrameIsMuchDarker()
    {
        DirectorSession s = Session();
        Run(s, "wide shot of the cabin", 0.1);
        double day = MeanLuma(Render(s).CopyRgba());
        Run(s, "make it night over 2 seconds", 2.5);
        double night = MeanLuma(Render(s).CopyRgba());
        night.ShouldBeLessThan(day * 0.4, $"day {day:0.0}, night {night:0.0}");
    }

    [Fact]
    public void CloseUpOfTheCabin_FillsAtLeast40PercentOfTheFrameWithItsLabel()
    {
        DirectorSession s = Session();
        Run(s, "close-up of the cabin", 0.1);
        Label(Render(s), SemanticLabel.Cabin).Fraction.ShouldBeGreaterThanOrEqualTo(0.4f);
    }

    [Fact]
    public void RedCarNextToTheCabin_IsRedInTheFrame()
    {
        DirectorSession s = Session();
        Run(s, "place a red car next to the cabin", 0.1);
        Run(s, "medium shot of the car", 0.1);
        var car = Label(Render(s), SemanticLabel.Car);
        car.Fraction.ShouldBeGreaterThan(0.05f);
        car.R.ShouldBeGreaterThan(car.G + 40, $"car colour {car.R:0}/{car.G:0}/{car.B:0}");
        car.R.ShouldBeGreaterThan(car.B + 40);
    }

    [Fact]
    public void OrbitAroundTheLighthouse_KeepsItNearTheCentreThroughout()
    {
        DirectorSession s = Session();
        Run(s, "full shot of the lighthouse", 0.1);
        s.Execute("orbit around the lighthouse over 6 seconds").Accepted.ShouldBeTrue();
        for (int k = 0; k < 6; k++)
        {
            s.StepTo(s.Tick + Ticks.PerSecond);
            var lh = Label(Render(s), SemanticLabel.Lighthouse);
            lh.Fraction.ShouldBeGreaterThan(0.005f, $"lighthouse out of view after {k + 1} s");
            MathF.Abs(lh.Cx - 0.5f).ShouldBeLessThan(0.1f, $"off centre after {k + 1} s");
        }
    }
}
