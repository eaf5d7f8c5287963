using Nacre.Simulation;

namespace Nacre.Rendering;

/// <summary>How <see cref="StillRenderer"/> takes a picture. Every property has a default: the spawn's first frame.</summary>
public sealed record StillOptions
{
    /// <summary>Where the camera stands and looks; null means <see cref="StillCamera.Frame"/>'s spawn view, facing the main subject.</summary>
    public CameraPose? Camera { get; init; }

    /// <summary>The lens; the default is the walking camera's 24 mm.</summary>
    public Lens Lens { get; init; } = Lens.Default;

    /// <summary>Local solar time, hours in [0, 24); null means the prompt's (<c>WorldSpec.Time</c>).</summary>
    public float? TimeOfDayHours { get; init; }

    /// <summary>Measure the frame into a <see cref="FrameReport"/>. Costs a second readback and a pass over the pixels.</summary>
    public bool Report { get; init; } = true;

    /// <summary>Renderer quality settings; null means the defaults, with the context kept on the calling thread.</summary>
    public RendererOptions? Renderer { get; init; }

    public static StillOptions Default { get; } = new();
}
