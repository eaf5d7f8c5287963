using SkiaSharp;

namespace Nacre.Studio.Sessions;

/// <summary>The gallery picture of a world: a frame scaled down to 384 × 216 and encoded as JPEG.</summary>
public static class Thumbnail
{
    public const int Width = 384;
    public const int Height = 216;

    /// <summary>Scales an RGBA8 frame (top row first) to a 16:9 thumbnail, cropping the centre when the aspect differs.</summary>
    public static byte[] FromRgba(ReadOnlySpan<byte> rgba, int width, int height)
    {
        if (width <= 0 || height <= 0 || rgba.Length < width * height * 4)
        {
            throw new ArgumentException($"need {width}×{height} RGBA pixels", nameof(rgba));
        }
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var source = new SKBitmap(info);
        rgba[..(width * height * 4)].CopyTo(source.GetPixelSpan());
        // Crop to 16:9 around the centre, then scale.
        float aspect = (float)Width / Height;
        int cropW = Math.Min(width, (int)(height * aspect));
        int cropH = Math.Min(height, (int)(width / aspect));
        var crop = SKRectI.Create((width - cropW) / 2, (height - cropH) / 2, cropW, cropH);
        using var target = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using (var canvas = new SKCanvas(target))
        using (SKImage image = SKImage.FromBitmap(source))
        {
            canvas.DrawImage(image, crop, new SKRect(0, 0, Width, Height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        }
        using SKData data = target.Encode(SKEncodedImageFormat.Jpeg, 82);
        return data.ToArray();
    }
}
