namespace Nacre.Agents;

/// <summary>
/// One env's observation: the arrays its <see cref="ObservationKey"/>s ask for (null for the others). Images are
/// row-major, top row first, <see cref="Width"/> × <see cref="Height"/>. The arrays are the caller's to keep.
/// </summary>
public sealed class Observation
{
    internal Observation(int width, int height)
    {
        Width = width;
        Height = height;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>H × W × 3, sRGB.</summary>
    public byte[]? Rgb { get; internal set; }

    /// <summary>H × W, metres from the eye; +∞ for sky.</summary>
    public float[]? Depth { get; internal set; }

    /// <summary>H × W semantic label ids.</summary>
    public ushort[]? Labels { get; internal set; }

    /// <summary>H × W instance ids (0 for ground, water, sky).</summary>
    public ulong[]? Instances { get; internal set; }

    /// <summary>x, y, z (metres), yaw, pitch (radians) of the eye.</summary>
    public float[]? Pose { get; internal set; }

    /// <summary>The goal's semantic label id (0 when the goal is not an object).</summary>
    public int? Goal { get; internal set; }

    /// <summary>The instruction, e.g. "go to the red barn" (always set).</summary>
    public string GoalText { get; internal set; } = "";

    /// <summary>Distance (metres) and bearing (radians, positive to the right) to PointNav's goal; zeros for other tasks.</summary>
    public float[]? PointGoal { get; internal set; }
}
