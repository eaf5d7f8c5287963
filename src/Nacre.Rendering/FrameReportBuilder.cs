using Nacre.Core;

namespace Nacre.Rendering;

/// <summary>
/// Turns a frame's buffers into a <see cref="FrameReport"/>. Pure: no GL, no I/O; the buffers are row-major, top row
/// first, as <see cref="RenderedFrame"/> holds them. One pass over the pixels.
/// </summary>
public static class FrameReportBuilder
{
    /// <summary>Levels per colour channel when looking for the most common colour (16: 4 bits of each of R, G, B).</summary>
    public const int ColourLevels = 16;

    /// <summary>Width of the band around the subject's box its contrast is measured against: this share of the box's longer side, at least 4 pixels.</summary>
    public const double ContrastBand = 0.25;

    /// <summary>
    /// The report of a frame rendered with <see cref="FrameOutputs.Labels"/>. <paramref name="camera"/> describes how it
    /// was drawn (see <see cref="FrameReportCamera.From"/>); <paramref name="subject"/> is what to measure, or null.
    /// </summary>
    /// <exception cref="ArgumentException">The frame has no label buffers.</exception>
    public static FrameReport Build(RenderedFrame frame, SubjectTarget? subject, FrameReportCamera camera)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.Labels is null || frame.InstanceIds is null)
        {
            throw new ArgumentException("the frame has no label buffers: render it with FrameOutputs.Labels", nameof(frame));
        }
        return Build(frame.Rgba, frame.Labels, frame.InstanceIds, frame.Width, frame.Height, subject, camera);
    }

    /// <summary>
    /// The report of a <paramref name="width"/> × <paramref name="height"/> frame given as RGBA8 pixels, one
    /// <see cref="SemanticLabel"/> a pixel and one instance id a pixel (0 where none). When <paramref name="subject"/>
    /// has an instance, its pixels are those with that id; when it has members, those with any member's id; otherwise
    /// those with its label.
    /// </summary>
    public static FrameReport Build(
        ReadOnlySpan<byte> rgba,
        ReadOnlySpan<SemanticLabel> labels,
        ReadOnlySpan<ulong> instanceIds,
        int width,
        int height,
        SubjectTarget? subject,
        FrameReportCamera camera)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        int n = width * height;
        if (rgba.Length != n * 4 || labels.Length != n || instanceIds.Length != n)
        {
            throw new ArgumentException(
                $"buffer sizes do not match a {width}×{height} frame: {rgba.Length} RGBA bytes (expected {n * 4}), {labels.Length} labels and {instanceIds.Length} ids (expected {n})");
        }

        int[] labelCounts = new int[ushort.MaxValue + 1];
        int[] colourCounts = new int[ColourLevels * ColourLevels * ColourLevels];
        var box = new BoxAccumulator(width, height);
        SubjectTarget target = subject.GetValueOrDefault();
        bool measured = subject is not null;
        for (int y = 0, i = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++, i++)
            {
                SemanticLabel label = labels[i];
                labelCounts[(ushort)label]++;
                // 256 / 16 = 16 values a level: keep the top 4 bits of each channel.
                int colour = ((rgba[i * 4] >> 4) << 8) | ((rgba[(i * 4) + 1] >> 4) << 4) | (rgba[(i * 4) + 2] >> 4);
                colourCounts[colour]++;
                if (measured && target.Shows(label, instanceIds[i]))
                {
                    box.Add(x, y);
                }
            }
        }

        var fractions = new SortedDictionary<SemanticLabel, double>();
        for (int l = 0; l < labelCounts.Length; l++)
        {
            if (labelCounts[l] > 0)
            {
                fractions[(SemanticLabel)l] = labelCounts[l] / (double)n;
            }
        }
        FrameSubject? result = subject is null ? null : new FrameSubject(
            target.Label,
            target.Instance,
            box.Count,
            box.Count / (double)n,
            box.Box,
            box.Box is PixelBox b && b.TouchesEdge(width, height),
            box.Box is PixelBox around ? Contrast(rgba, labels, instanceIds, width, height, target, around) : null,
            target.Members?.Length ?? 0);
        return new FrameReport(result, fractions, camera, labelCounts[(ushort)SemanticLabel.Sky] / (double)n, colourCounts.Max() / (double)n);
    }

    /// <summary>
    /// How far the subject's pixels stand from the brightness around it: the mean, over its pixels, of the distance of
    /// each one's luma from the mean luma of the other pixels in a band around <paramref name="box"/>, 0 … 1. A subject
    /// of light and dark parts (a white cabin on a dark hull) counts both; one the fog has greyed into its surroundings
    /// counts nothing. Null when the band holds no pixel (the box fills the frame).
    /// </summary>
    private static double? Contrast(
        ReadOnlySpan<byte> rgba,
        ReadOnlySpan<SemanticLabel> labels,
        ReadOnlySpan<ulong> instanceIds,
        int width,
        int height,
        SubjectTarget target,
        PixelBox box)
    {
        int band = Math.Max(4, (int)Math.Round(Math.Max(box.X1 - box.X0, box.Y1 - box.Y0) * ContrastBand));
        int x0 = Math.Max(0, box.X0 - band), y0 = Math.Max(0, box.Y0 - band);
        int x1 = Math.Min(width, box.X1 + band), y1 = Math.Min(height, box.Y1 + band);
        double around = 0;
        int aroundCount = 0;
        for (int y = y0; y < y1; y++)
        {
            for (int x = x0; x < x1; x++)
            {
                int i = (y * width) + x;
                if ((x < box.X0 || x >= box.X1 || y < box.Y0 || y >= box.Y1) && !target.Shows(labels[i], instanceIds[i]))
                {
                    around += Luma(rgba, i);
                    aroundCount++;
                }
            }
        }
        if (aroundCount == 0)
        {
            return null;
        }
        double background = around / aroundCount, distance = 0;
        int inside = 0;
        for (int y = box.Y0; y < box.Y1; y++)
        {
            for (int x = box.X0; x < box.X1; x++)
            {
                int i = (y * width) + x;
                if (target.Shows(labels[i], instanceIds[i]))
                {
                    distance += Math.Abs(Luma(rgba, i) - background);
                    inside++;
                }
            }
        }
        return inside == 0 ? null : distance / inside / 255.0;
    }

    /// <summary>Rec. 709 luma of the sRGB values of pixel <paramref name="i"/>, 0 … 255.</summary>
    private static double Luma(ReadOnlySpan<byte> rgba, int i) =>
        (0.2126 * rgba[i * 4]) + (0.7152 * rgba[(i * 4) + 1]) + (0.0722 * rgba[(i * 4) + 2]);

    /// <summary>Counts pixels and grows the box around them.</summary>
    private struct BoxAccumulator(int width, int height)
    {
        private int _x0 = width, _y0 = height, _x1 = -1, _y1 = -1;

        public int Count { get; private set; }

        /// <summary>The box (exclusive right and bottom), or null when no pixel was added.</summary>
        public readonly PixelBox? Box => Count == 0 ? null : new PixelBox(_x0, _y0, _x1 + 1, _y1 + 1);

        public void Add(int x, int y)
        {
            Count++;
            _x0 = Math.Min(_x0, x);
            _y0 = Math.Min(_y0, y);
            _x1 = Math.Max(_x1, x);
            _y1 = Math.Max(_y1, y);
        }
    }
}
