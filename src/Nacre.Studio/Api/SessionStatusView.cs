using Nacre.Studio.Sessions;

namespace Nacre.Studio.Api;

/// <summary>GET /api/sessions/{id} (with its token): how the session is doing. Position in metres, heading in degrees.</summary>
public sealed record SessionStatusView(
    string Id, string WorldId, string Resolution, bool Connected, long FramesSent, long FramesDropped, long Tick,
    float X, float Y, float Z, float HeadingDegrees, DateTimeOffset CreatedAt)
{
    public static SessionStatusView From(StudioSession s)
    {
        Streaming.FrameHeader h = s.LastFrame;
        return new SessionStatusView(s.Id, s.World.Id, s.Resolution.Name, s.IsAttached, s.FramesSent, s.FramesDropped, h.Tick,
            h.X, h.Y, h.Z, h.Yaw * (180f / MathF.PI), s.CreatedAt);
    }
}
