namespace Nacre.Agents;

/// <summary>The wire names of <see cref="ObservationKey"/>s ("rgb", "depth", …) and parsing them with a clear error.</summary>
public static class ObservationKeys
{
    private static readonly (ObservationKey Key, string Name)[] Names =
    [
        (ObservationKey.Rgb, "rgb"),
        (ObservationKey.Depth, "depth"),
        (ObservationKey.Labels, "labels"),
        (ObservationKey.Instances, "instances"),
        (ObservationKey.Pose, "pose"),
        (ObservationKey.Goal, "goal"),
        (ObservationKey.PointGoal, "pointgoal"),
    ];

    /// <summary>Every key, in wire order.</summary>
    public static IReadOnlyList<ObservationKey> All { get; } = [.. Names.Select(n => n.Key)];

    /// <summary>The wire name of one key.</summary>
    public static string NameOf(ObservationKey key) =>
        Names.First(n => n.Key == key).Name;

    /// <summary>The single keys set in <paramref name="keys"/>, in wire order.</summary>
    public static IEnumerable<ObservationKey> Each(ObservationKey keys) => All.Where(k => (keys & k) != 0);

    /// <summary>Parses names such as <c>["rgb", "depth"]</c>.</summary>
    /// <exception cref="ArgumentException">A name that is not a key; the message lists the valid ones.</exception>
    public static ObservationKey Parse(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        ObservationKey keys = ObservationKey.None;
        foreach (string name in names)
        {
            (ObservationKey Key, string Name) match = Names.FirstOrDefault(n => n.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (match.Key == ObservationKey.None)
            {
                throw new ArgumentException($"unknown observation key '{name}': expected one of {string.Join(", ", Names.Select(n => n.Name))}");
            }
            keys |= match.Key;
        }
        if (keys == ObservationKey.None)
        {
            throw new ArgumentException($"no observation keys asked for: expected one or more of {string.Join(", ", Names.Select(n => n.Name))}");
        }
        return keys;
    }
}
