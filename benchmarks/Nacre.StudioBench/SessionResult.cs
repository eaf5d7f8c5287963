using Nacre.Studio.Streaming;

namespace Nacre.StudioBench;

/// <summary>What one session delivered: frames a second, latency (ms), mean server timings (ms), frame size.</summary>
public sealed record SessionResult(
    int Index, int Frames, double Fps, double LatencyP50Ms, double LatencyP95Ms, double FirstFrameMs,
    double SimulateMs, double RenderMs, double ReadbackMs, double EncodeMs, double SendMs, double KiBPerFrame, long Dropped, double TrianglesK)
{
    public static SessionResult From(int index, StreamProbe p)
    {
        IReadOnlyList<FrameHeader> h = p.Headers;
        double Mean(Func<FrameHeader, uint> f) => h.Count == 0 ? 0 : h.Average(x => f(x)) / 1000.0;
        return new SessionResult(
            index, h.Count, h.Count / Math.Max(1e-9, p.MeasuredSeconds),
            Percentile(p.LatenciesMs, 0.50), Percentile(p.LatenciesMs, 0.95), p.FirstFrameMs,
            Mean(x => x.SimulateMicros), Mean(x => x.RenderMicros), Mean(x => x.ReadbackMicros), Mean(x => x.EncodeMicros), Mean(x => x.SendMicros),
            h.Count == 0 ? 0 : p.Bytes / 1024.0 / h.Count, h.Sum(x => (long)x.DroppedSinceLast),
            h.Count == 0 ? 0 : h.Average(x => x.Triangles) / 1000.0);
    }

    private static double Percentile(IReadOnlyList<double> values, double q)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        double[] s = [.. values.Order()];
        return s[Math.Min(s.Length - 1, (int)(q * s.Length))];
    }
}
