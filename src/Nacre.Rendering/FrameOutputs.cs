namespace Nacre.Rendering;

/// <summary>Which buffers a frame reads back. Colour is always read; the others cost a second readback.</summary>
[Flags]
public enum FrameOutputs
{
    /// <summary>RGBA8 only: what the studio streams.</summary>
    Color = 0,

    /// <summary>Per-pixel distance from the eye, metres (+∞ for sky).</summary>
    Depth = 1,

    /// <summary>Per-pixel <see cref="Nacre.Core.SemanticLabel"/> and <see cref="Nacre.WorldGen.PlacedObject.Id"/> (0 where none).</summary>
    Labels = 2,

    /// <summary>Everything agents and directing read.</summary>
    All = Depth | Labels,
}
