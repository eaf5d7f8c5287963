using Nacre.WorldGen.Hydrology;
using Nacre.WorldGen.Layout;

namespace Nacre.WorldGen;

/// <summary>
/// The rivers, lakes, roads and building pads that can shape one area (a chunk and its halo, or one point), each
/// list in a canonical order (by id) so that the surface at a point is the same whichever area it was gathered for.
/// A scratch object: reuse it, never share it between threads.
/// </summary>
internal sealed class FeatureSet
{
    public List<RiverEdge> Rivers { get; } = [];

    public List<Lake> Lakes { get; } = [];

    public List<RoadSegment> Roads { get; } = [];

    public List<Pad> Pads { get; } = [];

    public void Clear()
    {
        Rivers.Clear();
        Lakes.Clear();
        Roads.Clear();
        Pads.Clear();
    }

    /// <summary>Sorts every list by id and drops duplicates (a feature gathered from two sources).</summary>
    public void Canonicalise()
    {
        Rivers.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        Lakes.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        Roads.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        Pads.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        Dedupe(Rivers, static r => r.Id);
        Dedupe(Lakes, static l => l.Id);
        Dedupe(Roads, static r => r.Id);
        Dedupe(Pads, static p => p.Id);
    }

    private static void Dedupe<T>(List<T> list, Func<T, ulong> id)
    {
        int w = 0;
        for (int r = 0; r < list.Count; r++)
        {
            if (w == 0 || id(list[w - 1]) != id(list[r]))
            {
                list[w++] = list[r];
            }
        }
        list.RemoveRange(w, list.Count - w);
    }
}
