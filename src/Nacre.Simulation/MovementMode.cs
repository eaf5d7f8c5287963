namespace Nacre.Simulation;

/// <summary>What the walker's body is doing at a tick.</summary>
public enum MovementMode
{
    /// <summary>Feet on terrain or on top of an object.</summary>
    Walking,

    /// <summary>Feet on the bottom of shallow water: slower, no sprinting advantage.</summary>
    Wading,

    /// <summary>Floating at the surface of water deeper than the walker can stand in.</summary>
    Swimming,

    /// <summary>In the air: jumping or falling.</summary>
    Airborne,
}
