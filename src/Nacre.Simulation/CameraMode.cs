namespace Nacre.Simulation;

/// <summary>Where the walking camera sits.</summary>
public enum CameraMode
{
    /// <summary>At the walker's eyes (the default).</summary>
    FirstPerson,

    /// <summary>Behind and above the walker, who is drawn as an avatar.</summary>
    ThirdPerson,
}
