using Nacre.Language;
using Nacre.Rendering;
using Nacre.WorldGen;

namespace Nacre.Agents;

/// <summary>
/// One world as every env in it shares it: the generator (built once from the prompt and seed), its chunk cache (each
/// chunk generated once for all envs), and a pool of renderers on the host's GL context. An env borrows a renderer
/// for the length of an episode, so envs far apart in one world do not evict each other's resident chunks; a renderer
/// given back serves the next episode without compiling its shaders again. Owned by <see cref="AgentHost"/>.
/// </summary>
public sealed class SharedWorld : IDisposable
{
    private readonly Dictionary<(int Width, int Height), Stack<WorldRenderer>> _idle = [];
    private readonly List<WorldRenderer> _renderers = [];

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

    /// <summary>Renderers made for this world so far.</summary>
    public int RendererCount => _renderers.Count;

    /// <summary>A renderer of one frame size for one env's episode: an idle one, or a new one on <paramref name="context"/> (caller holds the GL lock).</summary>
    internal WorldRenderer Borrow(IGlContext context, int width, int height)
    {
        if (_idle.TryGetValue((width, height), out Stack<WorldRenderer>? idle) && idle.TryPop(out WorldRenderer? renderer))
        {
            return renderer;
        }
        renderer = new WorldRenderer(context, Chunks.Get, width, height, AgentRendering.Options);
        _renderers.Add(renderer);
        return renderer;
    }

    /// <summary>Takes a borrowed renderer back (caller holds the GL lock).</summary>
    internal void GiveBack(WorldRenderer renderer)
    {
        if (!_idle.TryGetValue((renderer.Width, renderer.Height), out Stack<WorldRenderer>? idle))
        {
            idle = new Stack<WorldRenderer>();
            _idle[(renderer.Width, renderer.Height)] = idle;
        }
        idle.Push(renderer);
    }

    /// <summary>Frees the renderers' GL objects (caller holds the GL lock).</summary>
    public void Dispose()
    {
        foreach (WorldRenderer r in _renderers)
        {
            r.Dispose();
        }
        _renderers.Clear();
        _idle.Clear();
    }
}
