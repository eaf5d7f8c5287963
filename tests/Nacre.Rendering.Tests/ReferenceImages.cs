using System.Runtime.CompilerServices;
using Nacre.Media;

namespace Nacre.Rendering.Tests;

/// <summary>
/// Stored reference renders under <c>References/</c>, compared with a tolerance (llvmpipe builds may differ in the last
/// bits). On a mismatch the actual image is written beside the test output and its path is in the failure message. After
/// an intended change of the look, regenerate with NACRE_UPDATE_REFERENCES=1 and look at them.
/// </summary>
public static class ReferenceImages
{
    /// <summary>Mean absolute difference per channel allowed, 0–255.</summary>
    public const double MeanTolerance = 2.5;

    /// <summary>Share of pixels allowed to differ by more than <see cref="PixelTolerance"/> in some channel.</summary>
    public const double OutlierShare = 0.02;
    public const int PixelTolerance = 48;

    public static void AssertMatches(string name, RenderedFrame f)
    {
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

    /// <summary>Mean absolute difference per channel, and the share of pixels off by more than <see cref="PixelTolerance"/>.</summary>
    public static (double Mean, double Outliers) Compare(byte[] expected, byte[] actual)
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
