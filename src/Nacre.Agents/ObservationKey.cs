namespace Nacre.Agents;

/// <summary>One part of an observation; an env returns the keys it was made with (<see cref="EnvOptions.Observations"/>).</summary>
[Flags]
public enum ObservationKey
{
    None = 0,

    /// <summary>Colour, H × W × 3 uint8, sRGB, top row first.</summary>
    Rgb = 1,

    /// <summary>Distance from the eye to the surface seen, H × W float32, metres; +∞ for sky.</summary>
    Depth = 2,

    /// <summary>Semantic label of each pixel (<see cref="Nacre.Core.SemanticLabel"/>), H × W uint16.</summary>
    Labels = 4,

    /// <summary>Instance id of each pixel (<see cref="Nacre.WorldGen.PlacedObject.Id"/>, 0 for ground, water, sky), H × W uint64.</summary>
    Instances = 8,

    /// <summary>The eye: x, y, z (metres), yaw (radians, 0 = north, π/2 = east), pitch (radians, up positive); float32[5].</summary>
    Pose = 16,

    /// <summary>The goal: its semantic label id (int32[1]); the goal's text rides along in the step info.</summary>
    Goal = 32,

    /// <summary>PointNav's goal relative to the agent: distance (metres) and bearing (radians, positive to the right); float32[2].</summary>
    PointGoal = 64,
}
