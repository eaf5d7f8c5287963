namespace Nacre.Rendering.Models;

/// <summary>What a world's flowers are (see <see cref="Planting"/>).</summary>
public enum FlowerKind
{
    /// <summary>Wild flowers scattered in the grass, in several colours.</summary>
    Wild,

    /// <summary>Tulips in rows, bands of one colour each (the bulb fields).</summary>
    Tulips,

    /// <summary>Sunflowers in rows.</summary>
    Sunflowers,

    /// <summary>Lavender in rows.</summary>
    Lavender,

    /// <summary>Red poppies scattered in the grass.</summary>
    Poppies,
}
