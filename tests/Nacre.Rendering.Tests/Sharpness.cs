namespace Nacre.Rendering.Tests;

/// <summary>How sharp a picture is where a mask says, and along which axis: what depth of field and motion blur take away.</summary>
public static class Sharpness
{
    /// <summary>Mean absolute Laplacian of luma over the pixels <paramref name="mask"/> selects (its border pixels excluded).</summary>
    public static double Laplacian(byte[] rgba, int width, int height, Func<int, int, bool> mask)
    {
        double sum = 0;
        int n = 0;
        for (int y = 1; y < height - 1; y++)
        {
            for (int x = 1; x < width - 1; x++)
            {
                if (!mask(x, y))
                {
                    continue;
                }
                int p = (y * width) + x;
                double l = (4 * ImageMetrics.Luma(rgba, p)) - ImageMetrics.Luma(rgba, p - 1) - ImageMetrics.Luma(rgba, p + 1)
                    - ImageMetrics.Luma(rgba, p - width) - ImageMetrics.Luma(rgba, p + width);
                sum += Math.Abs(l);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /// <summary>Mean absolute luma difference between horizontal neighbours (dx = 1) or vertical ones (dx = 0), whole image.</summary>
    public static double Gradient(byte[] rgba, int width, int height, bool horizontal)
    {
        double sum = 0;
        int n = 0;
        int step = horizontal ? 1 : width;
        for (int y = 0; y < height - 1; y++)
        {
            for (int x = 0; x < width - 1; x++)
            {
                int p = (y * width) + x;
                sum += Math.Abs(ImageMetrics.Luma(rgba, p) - ImageMetrics.Luma(rgba, p + step));
                n++;
            }
        }
        return sum / n;
    }
}
