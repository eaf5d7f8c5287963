using System.Numerics;

namespace Nacre.Agents.Navigation;

/// <summary>
/// Walking distance from every node of a <see cref="NavGrid"/> to the nearest goal node (Dijkstra over the 8-connected
/// grid), metres; +∞ where no path exists. Walking downhill on it is the shortest path; its value at the start is an
/// episode's geodesic distance (the L* of SPL). Immutable once built.
/// </summary>
public sealed class DistanceField
{
    private static readonly (int Di, int Dj, float Length)[] Steps =
    [
        (1, 0, 1f), (-1, 0, 1f), (0, 1, 1f), (0, -1, 1f),
        (1, 1, MathF.Sqrt(2f)), (1, -1, MathF.Sqrt(2f)), (-1, 1, MathF.Sqrt(2f)), (-1, -1, MathF.Sqrt(2f)),
    ];

    private readonly float[] _distance;

    /// <param name="grid">Where a walker can go.</param>
    /// <param name="isGoal">Which nodes end the walk (by world position x, z); those that are not free are skipped.</param>
    public DistanceField(NavGrid grid, Func<Vector2, bool> isGoal)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(isGoal);
        Grid = grid;
        int n = grid.Size * grid.Size;
        _distance = new float[n];
        Array.Fill(_distance, float.PositiveInfinity);
        var queue = new PriorityQueue<int, float>();
        for (int k = 0; k < n; k++)
        {
            if (grid.IsFree(k) && isGoal(grid.PositionOf(k)))
            {
                _distance[k] = 0f;
                queue.Enqueue(k, 0f);
                GoalNodes++;
            }
        }
        while (queue.TryDequeue(out int node, out float d))
        {
            if (d > _distance[node])
            {
                continue;
            }
            int i = node % grid.Size, j = node / grid.Size;
            foreach ((int di, int dj, float length) in Steps)
            {
                int ni = i + di, nj = j + dj;
                if (!grid.InGrid(ni, nj))
                {
                    continue;
                }
                int next = grid.Index(ni, nj);
                float nd = d + length;
                if (nd < _distance[next] && grid.CanStep(next, node, length))
                {
                    _distance[next] = nd;
                    queue.Enqueue(next, nd);
                }
            }
        }
    }

    public NavGrid Grid { get; }

    /// <summary>Free nodes that count as the goal.</summary>
    public int GoalNodes { get; }

    /// <summary>Walking distance from the node nearest (x, z) to the goal, metres; +∞ when unreachable or off the grid.</summary>
    public float DistanceAt(float x, float z)
    {
        int node = Grid.NodeAt(x, z);
        return node < 0 ? float.PositiveInfinity : _distance[node];
    }

    /// <summary>
    /// A point to walk towards from (x, z): follows the field downhill for up to <paramref name="lookahead"/> nodes.
    /// Null when (x, z) has no path.
    /// </summary>
    public Vector2? Waypoint(float x, float z, int lookahead)
    {
        int node = Grid.NodeAt(x, z);
        if (node < 0)
        {
            return null;
        }
        if (float.IsPositiveInfinity(_distance[node]))
        {
            // Standing on a blocked node (brushing a wall): start from the best free neighbour.
            node = BestNeighbour(node);
            if (node < 0)
            {
                return null;
            }
        }
        for (int s = 0; s < lookahead && _distance[node] > 0f; s++)
        {
            int next = BestNeighbour(node);
            if (next < 0 || _distance[next] >= _distance[node])
            {
                break;
            }
            node = next;
        }
        return Grid.PositionOf(node);
    }

    private int BestNeighbour(int node)
    {
        int i = node % Grid.Size, j = node / Grid.Size;
        int best = -1;
        float bestD = float.PositiveInfinity;
        foreach ((int di, int dj, float length) in Steps)
        {
            int ni = i + di, nj = j + dj;
            if (!Grid.InGrid(ni, nj))
            {
                continue;
            }
            int next = Grid.Index(ni, nj);
            float d = _distance[next] + length;
            if (d < bestD)
            {
                bestD = d;
                best = next;
            }
        }
        return best;
    }
}
