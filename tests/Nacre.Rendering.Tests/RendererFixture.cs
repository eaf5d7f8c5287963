using Nacre.Simulation;

namespace Nacre.Rendering.Tests;

/// <summary>
/// One headless renderer over <see cref="TestWorld"/>, shared by the rendering tests (making a context and
/// prefetching chunks is the slow part). Small image and view distance keep each test fast on llvmpipe.
/// </summary>
public sealed class RendererFixture : IDisposable
{
    public const int Width = 192;
    public const int Height = 108;

    public RendererFixture()
    {
        Options = new RendererOptions { ViewDistance = 300f, ModelDistance = 250f, TerrainLodDistances = [80f, 160f, 240f] };
        Renderer = WorldRenderer.CreateHeadless(TestWorld.Generate, Width, Height, Options);
        Renderer.Prefetch(0f, 0f, Options.ViewDistance);
    }

    public RendererOptions Options { get; }

    public WorldRenderer Renderer { get; }

    public static FrameSnapshot Snapshot(float hours = 12f, WeatherKindOrClear weather = default, float intensity = 0.6f) => new()
    {
        Tick = 600,
        Camera = TestWorld.SpawnCamera,
        TimeOfDayHours = hours,
        Weather = weather.Kind,
        WeatherIntensity = intensity,
    };

    public void Dispose() => Renderer.Dispose();
}

/// <summary>A weather kind with Clear as its default (so tests can omit it).</summary>
public readonly record struct WeatherKindOrClear(Nacre.Core.WeatherKind Kind)
{
    public static implicit operator WeatherKindOrClear(Nacre.Core.WeatherKind kind) => new(kind);
}

[CollectionDefinition(Name)]
public sealed class RendererCollection : ICollectionFixture<RendererFixture>
{
    public const string Name = "renderer";
}
