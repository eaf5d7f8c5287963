namespace Nacre.Rendering.Tests;

/// <summary>What a person would notice in an image, measured: brightness, contrast, colour of a region.</summary>
public static class ImageMetrics
{
    /// <summary>Mean luma (Rec. 709 weights on sRGB values), 0 … 255, over rows [y0, y1).</summary>
    public static double MeanLuma(byte[] rgba, int width, int y0, int y1)
    {
        double sum = 0;
        int n = 0;
        for (int y = y0; y < y1; y++)
        {
            for (int x = 0; x < width; x++)
            {
                sum += Luma(rgba, (y * width) + x);
                n++;
            }
        }
        return sum / n;
    }

    /// <summary>Standard deviation of luma over rows [y0, y1): how much detail (contrast) the band shows.</summary>
    public static double LumaDeviation(byte[] rgba, int width, int y0, int y1)
    {
        double mean = MeanLuma(rgba, width, y0, y1);
        double sum = 0;
        int n = 0;
        for (int y = y0; y < y1; y++)
        {
            for (int x = 0; x < width; x++)
            {
                double d = Luma(rgba, (y * width) + x) - mean;
                sum += d * d;
                n++;
            }
        }
        return Math.Sqrt(sum / n);
    }

    public static double Luma(byte[] rgba, int pixel) =>
        (0.2126 * rgba[pixel * 4]) + (0.7152 * rgba[(pixel * 4) + 1]) + (0.0722 * rgba[(pixel * 4) + 2]);

    /// <summary>Mean saturation (max − min of R, G, B over max, HSV style), 0 … 1, over rows [y0, y1): how colourful the band is.</summary>
    public static double MeanSaturation(byte[] rgba, int width, int y0, int y1) => Mean(rgba, width, y0, y1, (r, g, b) =>
    {
        int max = Math.Max(r, Math.Max(g, b)), min = Math.Min(r, Math.Min(g, b));
        return max == 0 ? 0.0 : (max - min) / (double)max;
    });

    /// <summary>Mean of red minus blue, −255 … 255, over rows [y0, y1): positive is warm, negative cool.</summary>
    public static double MeanWarmth(byte[] rgba, int width, int y0, int y1) => Mean(rgba, width, y0, y1, (r, _, b) => r - b);

    /// <summary>Mean of green minus red, over rows [y0, y1): how far the colours lean green (a cold-green cast raises it).</summary>
    public static double MeanGreenCast(byte[] rgba, int width, int y0, int y1) => Mean(rgba, width, y0, y1, (r, g, _) => g - r);

    private static double Mean(byte[] rgba, int width, int y0, int y1, Func<int, int, int, double> measure)
    {
        double sum = 0;
        int n = 0;
        for (int y = y0; y < y1; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int i = ((y * width) + x) * 4;
                sum += measure(rgba[i], rgba[i + 1], rgba[i + 2]);
                n++;
            }
        }
        return sum / n;
    }
}
