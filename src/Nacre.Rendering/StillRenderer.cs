using System.Numerics;
using Nacre.Simulation;
using Nacre.WorldGen;

namespace Nacre.Rendering;

/// <summary>
/// Renders one still picture of a generated world, in process: what <c>nacre still</c> draws, with its
/// <see cref="FrameReport"/> measured from the same frame. Each call makes its own headless GL context and streams the
/// whole view in before drawing, so the picture has no holes; it may be called from any thread, one call per thread at a
/// time. A first-frame corpus renders <c>StillRenderer.Render(new WorldGenerator(spec), new ImageSize(640, 360))</c>.
/// </summary>
public static class StillRenderer
{
    /// <summary>
    /// Draws <paramref name="world"/> at <paramref name="size"/>. With the default <paramref name="options"/> the camera
    /// is the spawn's (<see cref="StillCamera.Frame"/>), the time and weather the prompt's, and the report's subject
    /// the spawn's main subject (<see cref="SubjectTarget.OfSpawn"/>).
    /// </summary>
    /// <exception cref="GraphicsUnavailableException">No OpenGL: the message says what to install.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A side is outside <see cref="ImageSize.MinSide"/> … <see cref="ImageSize.MaxSide"/>.</exception>
    public static StillImage Render(WorldGenerator world, ImageSize size, StillOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        if (size.Width is < ImageSize.MinSide or > ImageSize.MaxSide || size.Height is < ImageSize.MinSide or > ImageSize.MaxSide)
        {
            throw new ArgumentOutOfRangeException(nameof(size), $"image size {size.Width}×{size.Height} is out of range: {ImageSize.MinSide} … {ImageSize.MaxSide} pixels a side");
        }
        options ??= StillOptions.Default;
        FrameSnapshot snapshot = Snapshot(world, options);
        RendererOptions rendererOptions = options.Renderer ?? new RendererOptions { ReleaseContextAfterFrame = false };
        if (rendererOptions.Planting == Models.Planting.Default)
        {
            rendererOptions = rendererOptions with { Planting = Models.Planting.From(world.Spec) };
        }

        using WorldRenderer renderer = WorldRenderer.CreateHeadless(world, size.Width, size.Height, rendererOptions);
        renderer.Prefetch(snapshot.Camera.Position.X, snapshot.Camera.Position.Z, rendererOptions.ViewDistance);
        RenderedFrame frame = renderer.Render(snapshot, options.Report ? FrameOutputs.Labels : FrameOutputs.Color);
        FrameReport? report = options.Report
            ? FrameReportBuilder.Build(frame, SubjectTarget.OfSpawn(world), FrameReportCamera.From(snapshot, size.Width, size.Height))
            : null;
        return new StillImage(frame.CopyRgba(), size.Width, size.Height, snapshot.Camera, frame.Stats, report);
    }

    /// <summary>
    /// The frame a still draws: the camera, lens and time of <paramref name="options"/>, the prompt's weather and tone,
    /// and the camera's distance to the spawn's subject (fog keeps it readable; the final tier focuses there).
    /// </summary>
    public static FrameSnapshot Snapshot(WorldGenerator world, StillOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        options ??= StillOptions.Default;
        CameraPose camera = options.Camera ?? StillCamera.Frame(world);
        float? subjectDistance = world.Spawn.SubjectPosition is { } subject ? Vector3.Distance(camera.Position, subject) : null;
        return new FrameSnapshot
        {
            Camera = camera,
            Lens = options.Lens,
            TimeOfDayHours = options.TimeOfDayHours ?? world.Spec.Time.Hours,
            Weather = world.Spec.Weather.Kind,
            WeatherIntensity = world.Spec.Weather.Intensity,
            Tone = world.Spec.Tone,
            SubjectDistance = subjectDistance,
            FocusDistance = subjectDistance, // the final tier keeps the subject sharp
        };
    }
}
