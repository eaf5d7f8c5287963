using Nacre.Rendering;

namespace Nacre.Agents;

/// <summary>
/// The cheap render path for agents' small frames: a short view distance (fog closes in at 100 m), no sun shadows,
/// a small model budget, no fade-in. Every chunk in reach is uploaded before each frame
/// (<see cref="PrefetchRadius"/>), so a frame never depends on what was streamed before it: the same pose gives the
/// same pixels in any process, whatever other envs of the world drew in between.
/// </summary>
public static class AgentRendering
{
    /// <summary>Terrain is drawn out to here, metres.</summary>
    public const float ViewDistance = 100f;

    public static RendererOptions Options { get; } = new()
    {
        ViewDistance = ViewDistance,
        NearRadius = 48f,
        TerrainLodDistances = [32f, 64f, 90f, 110f],
        ModelDistance = 90f,
        ModelTriangleBudget = 2_000,
        MinModelPixels = 2f,
        ShadowMapSize = 0,
        MaxUploadsPerFrame = 0,
        WorkerThreads = 1,
        ReleaseContextAfterFrame = true,
        FadeInSeconds = 0f,
    };

    /// <summary>
    /// Chunks within this distance of the eye are made resident before a frame: the renderer keeps (and may draw)
    /// chunks out to its view distance plus two chunks, so all of those must be there, and nothing beyond is kept.
    /// </summary>
    public static float PrefetchRadius => ViewDistance + (2 * Nacre.Core.ChunkCoord.Size);
}
