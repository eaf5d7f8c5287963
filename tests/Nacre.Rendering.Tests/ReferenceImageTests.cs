using System.Runtime.CompilerServices;
using Nacre.Core;
using Nacre.Media;

namespace Nacre.Rendering.Tests;

/// <summary>
/// Small reference renders of <see cref="TestWorld"/>, compared with a tolerance (llvmpipe builds may differ in the
/// last bits). On a mismatch the actual image is written beside the test output and its path is in the failure
/// message. After an intended change of the look, regenerate with NACRE_UPDATE_REFERENCES=1 and look at them.
/// </summary>
[Collection(RendererCollection.Name)]
public class ReferenceImageTests(RendererFixture fixture)
{
    /// <summary>Mean absolute difference per channel allowed, 0–255.</summary>
    private const double MeanTolerance = 2.5;

    /// <summary>Share of pixels allowed to differ by more than <see cref="PixelTolerance"/> in some channel.</summary>
    private const double OutlierShare = 0.02;
    private const int PixelTolerance = 48;

    [Theory]
    [InlineData("noon", 12.75f, WeatherKind.Clear)]
    [InlineData("dusk", 19.75f, WeatherKind.Clear)]
    [InlineData("fog", 10f, WeatherKind.Fog)]
    public void Render_MatchesItsReferenceImage(string name, float hours, WeatherKind weather)
    {
        RenderedFrame f = fixture.Renderer.Render(RendererFixture.Snapshot(hours, weather));
        string reference = Path.Combine(SourceDirectory(), "References", name + ".png");
        if (Environment.GetEnvironmentVariable("NACRE_UPDATE_REFERENCES") == "1")
        {
            using FileStream s = File.Create(reference);
            ImageFile.WritePng(s, f.Rgba, f.Width, f.Height);
            return;
        }
        File.Exists(reference).ShouldBeTrue($"reference {reference} is missing: run the tests with NACRE_UPDATE_REFERENCES=1 and look at it");
        (byte[] expected, int w, int h) = ImageFile.Read(reference);
        (w, h).ShouldBe((f.Width, f.Height));
        (double mean, double outliers) = Compare(expected, f.Rgba);
        if (mean > MeanTolerance || outliers > OutlierShare)
        {
            string actual = Path.Combine(AppContext.BaseDirectory, "TestResults", $"actual-{name}.png");
            Directory.CreateDirectory(Path.GetDirectoryName(actual)!);
            using (FileStream s = File.Create(actual))
            {
                ImageFile.WritePng(s, f.Rgba, f.Width, f.Height);
            }
            Assert.Fail($"{name}: mean difference {mean:F2} (allowed {MeanTolerance}), {outliers:P1} of pixels off by more than {PixelTolerance} (allowed {OutlierShare:P0}); actual image: {actual}");
        }
    }

    [Fact]
    public void Compare_OfDifferentTimesOfDay_ExceedsTheTolerance()
    {
        // The tolerance must be able to fail: noon and dusk are far apart by this measure.
        byte[] noon = fixture.Renderer.Render(RendererFixture.Snapshot(12.75f)).CopyRgba();
        byte[] dusk = fixture.Renderer.Render(RendererFixture.Snapshot(19.75f)).CopyRgba();
        Compare(noon, dusk).Mean.ShouldBeGreaterThan(MeanTolerance * 4);
    }

    private static (double Mean, double Outliers) Compare(byte[] expected, byte[] actual)
    {
        long sum = 0;
        int outliers = 0, pixels = actual.Length / 4;
        for (int p = 0; p < pixels; p++)
        {
            int worst = 0;
            for (int c = 0; c < 3; c++)
            {
                int d = Math.Abs(expected[(p * 4) + c] - actual[(p * 4) + c]);
                sum += d;
                worst = Math.Max(worst, d);
            }
            outliers += worst > PixelTolerance ? 1 : 0;
        }
        return (sum / (pixels * 3.0), outliers / (double)pixels);
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
