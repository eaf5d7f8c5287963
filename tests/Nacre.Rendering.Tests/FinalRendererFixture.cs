namespace Nacre.Rendering.Tests;

/// <summary>
/// One headless renderer in the <see cref="RenderQuality.Final"/> tier over <see cref="TestWorld"/>, shared by the final
/// tier's tests. A little larger than <see cref="RendererFixture"/>'s, so depth of field and motion blur span pixels.
/// </summary>
public sealed class FinalRendererFixture : IDisposable
{
    public const int Width = 480;
    public const int Height = 270;

    public FinalRendererFixture()
    {
        Options = RendererOptions.Final with { ViewDistance = 300f, ModelDistance = 250f, TerrainLodDistances = [80f, 160f, 240f], ReleaseContextAfterFrame = false };
        Renderer = WorldRenderer.CreateHeadless(TestWorld.Generate, Width, Height, Options);
        // As a take does: every chunk in view is built first, so no chunk arrives (and fades in) between two frames.
        Renderer.Prefetch(0f, 0f, Options.ViewDistance + Nacre.Core.ChunkCoord.Size);
        Live = WorldRenderer.CreateHeadless(TestWorld.Generate, Width, Height, Options with { Quality = RenderQuality.Live });
        Live.Prefetch(0f, 0f, Options.ViewDistance + Nacre.Core.ChunkCoord.Size);
    }

    public RendererOptions Options { get; }

    public WorldRenderer Renderer { get; }

    /// <summary>The live tier at the same size, to compare with.</summary>
    public WorldRenderer Live { get; }

    public void Dispose()
    {
        Renderer.Dispose();
        Live.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class FinalRendererCollection : ICollectionFixture<FinalRendererFixture>
{
    public const string Name = "final renderer";
}
