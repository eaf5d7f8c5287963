namespace Nacre.Rendering;

/// <summary>
/// A rectangle of pixels in image coordinates (origin top-left, y down): <see cref="X0"/>, <see cref="Y0"/> are the
/// first column and row inside it, <see cref="X1"/>, <see cref="Y1"/> the first outside (exclusive), so its size is
/// (X1 − X0) × (Y1 − Y0) pixels.
/// </summary>
public readonly record struct PixelBox(int X0, int Y0, int X1, int Y1)
{
    public int Width => X1 - X0;

    public int Height => Y1 - Y0;

    /// <summary>True when the box touches any border of a <paramref name="width"/> × <paramref name="height"/> image.</summary>
    public bool TouchesEdge(int width, int height) => X0 <= 0 || Y0 <= 0 || X1 >= width || Y1 >= height;
}
