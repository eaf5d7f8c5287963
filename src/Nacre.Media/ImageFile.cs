using System.Runtime.InteropServices;
using SkiaSharp;

namespace Nacre.Media;

/// <summary>
/// Encodes RGBA8 pixel buffers (row-major, top row first, 4 bytes a pixel, straight alpha) as PNG or JPEG.
/// PNG output is deterministic: the same pixels always give the same bytes.
/// </summary>
public static class ImageFile
{
    /// <summary>Writes a lossless PNG.</summary>
    public static void WritePng(Stream output, ReadOnlySpan<byte> rgba, int width, int height) =>
        Encode(output, rgba, width, height, SKEncodedImageFormat.Png, 100);

    /// <summary>Writes a baseline JPEG; <paramref name="quality"/> 1 … 100 (80 is a good stream setting).</summary>
    public static void WriteJpeg(Stream output, ReadOnlySpan<byte> rgba, int width, int height, int quality = 80) =>
        Encode(output, rgba, width, height, SKEncodedImageFormat.Jpeg, quality);

    /// <summary>Encodes a JPEG into a new array.</summary>
    public static byte[] EncodeJpeg(ReadOnlySpan<byte> rgba, int width, int height, int quality = 80)
    {
        using var ms = new MemoryStream(capacity: width * height / 8);
        WriteJpeg(ms, rgba, width, height, quality);
        return ms.ToArray();
    }

    /// <summary>Decodes a PNG or JPEG into RGBA8 (for tests and reference-image comparison).</summary>
    public static (byte[] Rgba, int Width, int Height) Read(string path)
    {
        using SKBitmap? decoded = SKBitmap.Decode(path) ?? throw new InvalidDataException($"'{path}' is not a PNG or JPEG image");
        var info = new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var rgbaBitmap = new SKBitmap(info);
        if (!decoded.CopyTo(rgbaBitmap, SKColorType.Rgba8888))
        {
            throw new InvalidDataException($"'{path}' could not be converted to RGBA");
        }
        return (rgbaBitmap.Bytes, decoded.Width, decoded.Height);
    }

    private static void Encode(Stream output, ReadOnlySpan<byte> rgba, int width, int height, SKEncodedImageFormat format, int quality)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (width <= 0 || height <= 0 || rgba.Length < width * height * 4)
        {
            throw new ArgumentException($"need {width}×{height}×4 = {width * height * 4} bytes of RGBA, got {rgba.Length}", nameof(rgba));
        }
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        unsafe
        {
            fixed (byte* p = &MemoryMarshal.GetReference(rgba))
            {
                using var pixmap = new SKPixmap(info, (IntPtr)p, width * 4);
                using SKData? data = pixmap.Encode(format, quality) ?? throw new InvalidOperationException($"SkiaSharp could not encode {format}");
                data.SaveTo(output);
            }
        }
    }
}
