using Nacre.Core;

namespace Nacre.Rendering;

/// <summary>How much of a frame its subject fills, and where.</summary>
/// <param name="Label">What the subject is.</param>
/// <param name="Instance">The subject object's 64-bit instance id whose pixels were counted, or null when the pixels of <paramref name="Label"/> were (a landform).</param>
/// <param name="Pixels">Pixels showing the subject.</param>
/// <param name="PixelFraction">Those pixels over all pixels, 0 … 1.</param>
/// <param name="Bbox">The smallest box holding every subject pixel, or null when none is visible.</param>
/// <param name="CutByEdge">True when <paramref name="Bbox"/> touches an image border: the subject may run on outside the frame.</param>
/// <param name="Contrast">
/// How far the subject stands out in brightness: the mean distance of its pixels' luma from the mean luma of the other
/// pixels in a band around its box (<see cref="FrameReportBuilder.ContrastBand"/>), 0 … 1 (luma of sRGB values, Rec. 709
/// weights, over 255). Fog or snow that swallows the subject drives it toward 0. Null when the subject is not visible or
/// its box leaves no band.
/// </param>
/// <param name="Members">
/// For a group subject (a crowd, a caravan, rows of gravestones), how many objects it is; their pixels together were
/// counted. 0 for a single object or a landform.
/// </param>
public sealed record FrameSubject(SemanticLabel Label, ulong? Instance, int Pixels, double PixelFraction, PixelBox? Bbox, bool CutByEdge, double? Contrast = null,
    int Members = 0)
{
    /// <summary>True when at least one pixel shows the subject.</summary>
    public bool IsVisible => Pixels > 0;
}
