using Nacre.Rendering.Models;

namespace Nacre.Rendering;

/// <summary>Quality and budget settings of a <see cref="WorldRenderer"/>. Distances are metres.</summary>
public sealed record RendererOptions
{
    /// <summary>Terrain is drawn out to this distance; the last fifth fades into the sky.</summary>
    public float ViewDistance { get; init; } = 560f;

    /// <summary>Chunks within this distance of the camera must be ready; a missing one counts as <c>chunk_not_ready</c>.</summary>
    public float NearRadius { get; init; } = 48f;

    /// <summary>Terrain level-of-detail ring edges (chunk centre distance): within the first, a 2 m grid; then 4 m, 8 m,
    /// 16 m; beyond the last, 32 m (two triangles a chunk).</summary>
    public float[] TerrainLodDistances { get; init; } = [64f, 150f, 280f, 420f];

    /// <summary>Model instances beyond this distance are not drawn (fog hides them).</summary>
    public float ModelDistance { get; init; } = 420f;

    /// <summary>
    /// Triangles the models may use in one frame (llvmpipe pays ≈ 1 µs each): past it, models switch to simpler levels
    /// sooner and the smallest are dropped. Structures are never dropped.
    /// </summary>
    public int ModelTriangleBudget { get; init; } = 12_000;

    /// <summary>Models whose projected height is below this many pixels are culled.</summary>
    public float MinModelPixels { get; init; } = 2.5f;

    /// <summary>Shadow map edge, texels; 0 turns sun shadows off.</summary>
    public int ShadowMapSize { get; init; } = 1024;

    /// <summary>Half size of the square the shadow map covers, centred ahead of the camera.</summary>
    public float ShadowRadius { get; init; } = 70f;

    /// <summary>Chunk meshes uploaded per frame at most, so streaming never stalls a frame.</summary>
    public int MaxUploadsPerFrame { get; init; } = 12;

    /// <summary>Background threads generating and meshing chunks.</summary>
    public int WorkerThreads { get; init; } = 1;

    /// <summary>
    /// Release the GL context after each frame so the next call may come from another thread (async servers).
    /// Costs a little; turn off when one thread renders every frame.
    /// </summary>
    public bool ReleaseContextAfterFrame { get; init; } = true;

    /// <summary>Far chunks fade in from the fog over this many seconds of snapshot time after they arrive.</summary>
    public float FadeInSeconds { get; init; } = 0.6f;

    /// <summary>
    /// What the world's crops and flowers are drawn as (<see cref="Planting.From"/> reads it from the prompt). A still
    /// of a <see cref="Nacre.WorldGen.WorldGenerator"/> left at the default gets its world's planting.
    /// </summary>
    public Planting Planting { get; init; } = Planting.Default;

    /// <summary>The tier: <see cref="RenderQuality.Live"/> (the default) or <see cref="RenderQuality.Final"/>.</summary>
    public RenderQuality Quality { get; init; } = RenderQuality.Live;

    /// <summary>
    /// Final tier only: the scene is drawn at this multiple of the output size a side (1 … 2) and filtered down, so edges,
    /// fences and far trees do not crawl. Ignored by the live tier.
    /// </summary>
    public float Supersample { get; init; } = 1.5f;

    public static RendererOptions Default { get; } = new();

    /// <summary>The final tier's settings: supersampled, per-pixel lighting, finer shadows, post-processing.</summary>
    public static RendererOptions Final { get; } = new() { Quality = RenderQuality.Final, ShadowMapSize = 2048, ModelTriangleBudget = 24_000 };

    /// <summary><see cref="Default"/> or <see cref="Final"/> by <paramref name="quality"/>.</summary>
    public static RendererOptions For(RenderQuality quality) => quality == RenderQuality.Final ? Final : Default;
}
