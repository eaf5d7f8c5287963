using Nacre.Studio.Sessions;

namespace Nacre.Studio.Api;

/// <summary>
/// A session as POST /api/sessions returns it. <see cref="Token"/> is the secret that drives and watches it: send it
/// as the first WebSocket message (<c>{"t":"hello","token":…}</c>) or as <c>Authorization: Bearer …</c>. It is
/// returned once, here, and never again.
/// </summary>
/// <param name="Notices">How the world opened, for people (e.g. damaged edits set aside); usually empty.</param>
public sealed record SessionView(string Id, string Token, string WorldId, string Resolution, int Width, int Height, string Stream, IReadOnlyList<string> Notices)
{
    public static SessionView From(StudioSession s) => new(
        s.Id, s.Token, s.World.Id, s.Resolution.Name, s.Resolution.Width, s.Resolution.Height, $"/api/sessions/{s.Id}/stream", s.OpenNotices);
}
