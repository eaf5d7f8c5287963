using System.Runtime.InteropServices;
using System.Text.Json.Nodes;

namespace Nacre.Agents.Protocol;

/// <summary>
/// Packs a vector env's observations into one binary message: for each key in wire order, the n envs' arrays back to
/// back (shape [n, …], little-endian), described by an "arrays" list in the JSON message before it.
/// </summary>
public static class ObservationPacker
{
    /// <summary>The binary body and the JSON list that describes it (key, dtype, shape, offset, nbytes).</summary>
    public static (byte[] Body, JsonArray Arrays) Pack(IReadOnlyList<Observation> observations, ObservationKey keys)
    {
        ArgumentNullException.ThrowIfNull(observations);
        int n = observations.Count;
        int h = observations[0].Height, w = observations[0].Width;
        var parts = new List<(string Key, string DType, int[] Shape, byte[] Bytes)>();
        foreach (ObservationKey key in ObservationKeys.Each(keys))
        {
            string name = ObservationKeys.NameOf(key);
            switch (key)
            {
                case ObservationKey.Rgb:
                    parts.Add((name, "uint8", [n, h, w, 3], Concat(observations, o => o.Rgb!)));
                    break;
                case ObservationKey.Depth:
                    parts.Add((name, "float32", [n, h, w], Concat(observations, o => o.Depth!)));
                    break;
                case ObservationKey.Labels:
                    parts.Add((name, "uint16", [n, h, w], Concat(observations, o => o.Labels!)));
                    break;
                case ObservationKey.Instances:
                    parts.Add((name, "uint64", [n, h, w], Concat(observations, o => o.Instances!)));
                    break;
                case ObservationKey.Pose:
                    parts.Add((name, "float32", [n, 5], Concat(observations, o => o.Pose!)));
                    break;
                case ObservationKey.Goal:
                    parts.Add((name, "int32", [n, 1], Concat(observations, o => new[] { o.Goal ?? 0 })));
                    break;
                default:
                    parts.Add((name, "float32", [n, 2], Concat(observations, o => o.PointGoal!)));
                    break;
            }
        }
        var body = new byte[parts.Sum(p => p.Bytes.Length)];
        var arrays = new JsonArray();
        int offset = 0;
        foreach ((string key, string dtype, int[] shape, byte[] bytes) in parts)
        {
            bytes.CopyTo(body, offset);
            arrays.Add(new JsonObject
            {
                ["key"] = key,
                ["dtype"] = dtype,
                ["shape"] = new JsonArray([.. shape.Select(s => (JsonNode)s)]),
                ["offset"] = offset,
                ["nbytes"] = bytes.Length,
            });
            offset += bytes.Length;
        }
        return (body, arrays);
    }

    private static byte[] Concat<T>(IReadOnlyList<Observation> observations, Func<Observation, T[]> part)
        where T : unmanaged
    {
        int each = part(observations[0]).Length * Marshal.SizeOf<T>();
        var bytes = new byte[each * observations.Count];
        for (int i = 0; i < observations.Count; i++)
        {
            MemoryMarshal.AsBytes(part(observations[i]).AsSpan()).CopyTo(bytes.AsSpan(i * each));
        }
        return bytes;
    }
}
