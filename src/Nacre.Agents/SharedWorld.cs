using Nacre.Language;
using Nacre.Rendering;
using Nacre.WorldGen;

namespace Nacre.Agents;

/// <summary>
/// One world as every env in it shares it: the generator (built once from the prompt and seed), its chunk cache, and
/// one renderer per frame size on the host's GL context. Envs of the same world therefore generate and mesh each
/// chunk once. Owned by <see cref="AgentHost"/>.
/// </summary>
public sealed class SharedWorld : IDisposable
{
    private readonly Dictionary<(int Width, int Height), WorldRenderer> _renderers = [];

    internal SharedWorld(string prompt, ulong seed)
    {
        Prompt = prompt;
        Seed = seed;
        Generator = new WorldGenerator(PromptParser.Parse(prompt, seed));
        Chunks = new ChunkCache(Generator);
    }

    public string Prompt { get; }

    public ulong Seed { get; }

    public WorldGenerator Generator { get; }

    public ChunkCache Chunks { get; }

    /// <summary>Envs using this world now.</summary>
    internal int Users { get; set; }

    /// <summary>The renderer for one frame size, made on first use on <paramref name="context"/> (caller holds the GL lock).</summary>
    internal WorldRenderer RendererFor(IGlContext context, int width, int height)
    {
        if (!_renderers.TryGetValue((width, height), out WorldRenderer? renderer))
        {
            renderer = new WorldRenderer(context, Chunks.Get, width, height, AgentRendering.Options);
            _renderers[(width, height)] = renderer;
        }
        return renderer;
    }

    /// <summary>Frees the renderers' GL objects (caller holds the GL lock).</summary>
    public void Dispose()
    {
        foreach (WorldRenderer r in _renderers.Values)
        {
            r.Dispose();
        }
        _renderers.Clear();
    }
}
