namespace Nacre.Rendering;

/// <summary>
/// What one <see cref="WorldRenderer.Render"/> call did and how long it took. Triangles are the budget on llvmpipe
/// (≈ 1 µs each), so they are counted exactly: every triangle submitted in every pass, shadows included.
/// </summary>
public readonly record struct FrameStats
{
    /// <summary>Triangles submitted to the main view (terrain, water, models; the sky is one more).</summary>
    public long Triangles { get; init; }

    /// <summary>Of <see cref="Triangles"/>: terrain (height grids and the skirts that hide level-of-detail cracks).</summary>
    public long TerrainTriangles { get; init; }

    /// <summary>Of <see cref="Triangles"/>: water surfaces.</summary>
    public long WaterTriangles { get; init; }

    /// <summary>Of <see cref="Triangles"/>: instanced models (trees, buildings, props, characters).</summary>
    public long ModelTriangles { get; init; }

    /// <summary>Triangles submitted to the shadow map this frame (0 when the shadow map was reused).</summary>
    public long ShadowTriangles { get; init; }

    public int DrawCalls { get; init; }

    /// <summary>Terrain chunks drawn in the main view.</summary>
    public int ChunksDrawn { get; init; }

    /// <summary>Chunks near the camera (within <see cref="RendererOptions.NearRadius"/>) that were not ready: each is a
    /// visible hole, the bench's <c>chunk_not_ready</c>.</summary>
    public int ChunksMissingNear { get; init; }

    /// <summary>Chunks wanted but not yet generated (anywhere in view distance).</summary>
    public int ChunksPending { get; init; }

    /// <summary>Chunk meshes uploaded to the GPU this frame.</summary>
    public int ChunksUploaded { get; init; }

    /// <summary>Model instances drawn (all levels of detail).</summary>
    public int Instances { get; init; }

    /// <summary>CPU time preparing and submitting the frame, milliseconds.</summary>
    public double SubmitMs { get; init; }

    /// <summary>Time in glReadPixels, milliseconds; on llvmpipe this is where the deferred rasterisation completes.</summary>
    public double ReadbackMs { get; init; }

    /// <summary>Whole <see cref="WorldRenderer.Render"/> call, milliseconds.</summary>
    public double TotalMs { get; init; }

    public bool ShadowMapUpdated { get; init; }
}
