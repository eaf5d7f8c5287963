using Nacre.Core;
using Nacre.Language.Directing;
using Nacre.Media;
using Nacre.Rendering;
using Nacre.Rendering.Models;
using Nacre.Simulation.Directing;
using Nacre.WorldGen;

namespace Nacre.Studio.Takes;

/// <summary>
/// Renders a directed take to H.264 MP4: plays the script on a director session and draws every frame with all the
/// chunks in view built first, so two renders of one take are frame-identical. The MP4 appears only when complete.
/// Runs on the calling thread (it owns the OpenGL context for the render).
/// </summary>
public static class TakeVideo
{
    /// <param name="generate">The world's chunks (a pure, thread-safe generator).</param>
    /// <param name="planting">What the world's crops and flowers are drawn as (<see cref="Planting.From"/> of its spec), as in the studio.</param>
    /// <param name="session">The director session the take plays on.</param>
    /// <param name="script">The take.</param>
    /// <param name="width">Frame width, px.</param>
    /// <param name="height">Frame height, px.</param>
    /// <param name="fps">Frames a second.</param>
    /// <param name="output">The MP4 to write.</param>
    /// <param name="quality">The render tier: the studio renders live, <c>nacre direct</c> and <c>nacre take render</c> final by default.</param>
    /// <param name="progress">Called after each frame with (frames done, frames in all).</param>
    /// <param name="onFrame">Called with each frame's index and pixels (valid during the call), e.g. to write PNGs.</param>
    /// <param name="cancel">Stops the render between frames.</param>
    /// <returns>Frames written.</returns>
    public static long Render(Func<ChunkCoord, ChunkData> generate, Planting planting, DirectorSession session, TakeScript script, int width, int height, int fps,
        string output, RenderQuality quality = RenderQuality.Live, Action<long, long>? progress = null, Action<long, RenderedFrame>? onFrame = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        long frames = TakeRunner.FrameCount(script, fps);
        using WorldRenderer renderer = WorldRenderer.CreateHeadless(generate, width, height, RendererOptions.For(quality) with { ReleaseContextAfterFrame = false, Planting = planting });
        using Mp4VideoWriter video = Mp4VideoWriter.Create(output, width, height, fps);
        TakeRunner.Run(session, script, fps, (index, snapshot) =>
        {
            cancel.ThrowIfCancellationRequested();
            // Every chunk in view is built before the frame, so a take renders the same pixels every time.
            renderer.Prefetch(snapshot.Camera.Position.X, snapshot.Camera.Position.Z, renderer.Options.ViewDistance + ChunkCoord.Size);
            RenderedFrame frame = renderer.Render(snapshot);
            video.WriteFrame(frame.Rgba);
            onFrame?.Invoke(index, frame);
            progress?.Invoke(index + 1, frames);
        });
        video.Complete();
        return frames;
    }
}
