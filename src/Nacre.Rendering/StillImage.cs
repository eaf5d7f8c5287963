using Nacre.Simulation;

namespace Nacre.Rendering;

/// <summary>
/// One picture from <see cref="StillRenderer"/>: its pixels and, when asked for, the report measured from the very same
/// frame. Owns its arrays (nothing is shared with a renderer).
/// </summary>
/// <param name="Rgba">RGBA8 pixels, sRGB, row-major, top row first, <paramref name="Width"/> × <paramref name="Height"/>
/// (encode with <c>Nacre.Media.ImageFile.WritePng</c>).</param>
/// <param name="Width">Image width, pixels.</param>
/// <param name="Height">Image height, pixels.</param>
/// <param name="Camera">Where the picture was taken from.</param>
/// <param name="Stats">What drawing it cost.</param>
/// <param name="Report">The frame's report, or null when <see cref="StillOptions.Report"/> was off.</param>
public sealed record StillImage(byte[] Rgba, int Width, int Height, CameraPose Camera, FrameStats Stats, FrameReport? Report);
