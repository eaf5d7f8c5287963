using Nacre.Core;

namespace Nacre.Rendering;

/// <summary>
/// One rendered image and, when asked for, its depth and label buffers. All buffers are row-major, top row first,
/// <see cref="Width"/> × <see cref="Height"/>. The renderer reuses this object and its arrays: its contents are
/// valid until the next <see cref="WorldRenderer.Render"/> call (copy what you keep).
/// </summary>
public sealed class RenderedFrame
{
    internal RenderedFrame(int width, int height)
    {
        Width = width;
        Height = height;
        Rgba = new byte[width * height * 4];
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>RGBA8, straight alpha (always 255), sRGB.</summary>
    public byte[] Rgba { get; }

    /// <summary>Distance from the eye to the surface seen, metres; +∞ for sky. Null unless <see cref="FrameOutputs.Depth"/> was asked for.</summary>
    public float[]? Depth { get; internal set; }

    /// <summary>Semantic label of each pixel. Null unless <see cref="FrameOutputs.Labels"/> was asked for.</summary>
    public SemanticLabel[]? Labels { get; internal set; }

    /// <summary><see cref="Nacre.WorldGen.PlacedObject.Id"/> seen at each pixel, 0 for terrain, water and sky. Null unless
    /// <see cref="FrameOutputs.Labels"/> was asked for.</summary>
    public ulong[]? InstanceIds { get; internal set; }

    /// <summary>The buffers this frame holds.</summary>
    public FrameOutputs Outputs { get; internal set; }

    /// <summary>The snapshot tick this frame shows.</summary>
    public long Tick { get; internal set; }

    public FrameStats Stats { get; internal set; }

    public SemanticLabel LabelAt(int x, int y) =>
        (Labels ?? throw new InvalidOperationException("this frame has no labels: render with FrameOutputs.Labels"))[(y * Width) + x];

    public float DepthAt(int x, int y) =>
        (Depth ?? throw new InvalidOperationException("this frame has no depth: render with FrameOutputs.Depth"))[(y * Width) + x];

    public ulong InstanceIdAt(int x, int y) =>
        (InstanceIds ?? throw new InvalidOperationException("this frame has no instance ids: render with FrameOutputs.Labels"))[(y * Width) + x];

    /// <summary>An independent copy of the colour buffer.</summary>
    public byte[] CopyRgba() => (byte[])Rgba.Clone();
}
