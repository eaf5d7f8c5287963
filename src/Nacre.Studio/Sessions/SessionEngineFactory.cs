using Nacre.Core;
using Nacre.Storage;
using Nacre.Studio.Previews;
using Nacre.Studio.Takes;
using Nacre.Studio.Worlds;

namespace Nacre.Studio.Sessions;

/// <summary>
/// Builds a session's engine from a saved world: its stored spec and seed (never the prompt again) through the pure
/// generator, its edit log, and where the walker last stood. Called on the session's own thread. The generator is shared with
/// the previews (it is pure and thread-safe), so entering a world just previewed does not plan it again.
/// </summary>
public sealed class SessionEngineFactory(PreviewService previews, WorldStore store, TakeRenders renders, StudioOptions options)
{
    public ISessionEngine Create(WorldRecord world, Resolution resolution, ViewState? view, StudioSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        WorldSpec spec = WorldService.SpecOf(world);
        WorldSource source = previews.SourceFor(spec, world.Seed);
        var host = new LiveWorldHost(store, world.Id, session.Id, session.Outbox.PublishText, renders) { MaxEdits = options.MaxEditsPerWorld };
        return new LiveEngine(spec, source.Generate, source.FirstLook, source.Spawn.SubjectPosition, view, resolution, host);
    }
}
