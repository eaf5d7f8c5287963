namespace Nacre.Rendering.Models;

/// <summary>How an instance's <see cref="Nacre.WorldGen.PlacedObject"/> sizes the model.</summary>
internal enum ModelFit
{
    /// <summary>Uniform <c>Scale</c> (trees, props, characters).</summary>
    Uniform,

    /// <summary>Footprint fitted to the collision box so walls stand where the walker collides (buildings).</summary>
    Footprint,

    /// <summary>Stretched along its length to the collision box (fences, walls, bridges, piers).</summary>
    Stretch,
}
