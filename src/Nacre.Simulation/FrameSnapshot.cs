using Nacre.Core;
using Nacre.WorldGen;

namespace Nacre.Simulation;

/// <summary>
/// Everything the renderer needs to draw one frame, taken from the simulation after a tick. Immutable: the
/// renderer only reads it and never mutates world state. Chunks are not listed here: the renderer streams them
/// from the same pure generator around <see cref="Camera"/>.
/// </summary>
public sealed record FrameSnapshot
{
    /// <summary>Simulation tick this frame shows (60 ticks a second).</summary>
    public long Tick { get; init; }

    public CameraPose Camera { get; init; }

    public Lens Lens { get; init; } = Lens.Default;

    /// <summary>Local solar time, hours in [0, 24). Drives the sun, sky, moon and stars.</summary>
    public float TimeOfDayHours { get; init; } = 15f;

    public WeatherKind Weather { get; init; } = WeatherKind.Clear;

    /// <summary>Strength of <see cref="Weather"/>, 0 … 1.</summary>
    public float WeatherIntensity { get; init; } = 0.5f;

    /// <summary>The world's look (the prompt's "moody", "cheerful"…): shifts light, colour and fog. Constant through a session.</summary>
    public Tone Tone { get; init; } = Tone.Neutral;

    /// <summary>
    /// Metres from the camera to the main subject, or null when there is none to keep in view. Fog and snow thin out
    /// up to about 1.3 × this distance so the subject reads through them (stills, and the studio's wander and direct
    /// views, fill it from the spawn's subject).
    /// </summary>
    public float? SubjectDistance { get; init; }

    /// <summary>
    /// Metres the lens is focused at, for the final tier's depth of field; null lets the focus puller follow what the
    /// camera is aimed at (the middle of the frame), so a "rack focus to the well" pulls focus as the camera turns to it.
    /// </summary>
    public float? FocusDistance { get; init; }

    /// <summary>
    /// Where the camera was one frame earlier in a take, for the final tier's motion blur (a 180° shutter smears half of
    /// the way between them); null for a still, a take's first frame and the frame after a cut.
    /// </summary>
    public CameraPose? PreviousCamera { get; init; }

    /// <summary>
    /// Compass direction the sunlight comes from, radians (0 = north, π/2 = east), set by a director's "sun from the
    /// west"; null means the sun stands where <see cref="TimeOfDayHours"/> puts it. The time of day still sets its height.
    /// </summary>
    public float? SunAzimuth { get; init; }

    /// <summary>
    /// Wind strength: 1 is the everyday breeze that sways trees and grass; a gust rises to 2 … 4.5 and falls back over a
    /// few seconds (the director's ambient events; <see cref="Directing.StoryState.Wind"/>).
    /// </summary>
    public float Wind { get; init; } = 1f;

    /// <summary>Simulation time in seconds (tick / 60): animates rain, snow, water and wind without a clock.</summary>
    public double Seconds => Tick / 60.0;

    /// <summary>Objects added or moved by the edit log and actors in motion; drawn on top of generated chunks.</summary>
    public IReadOnlyList<PlacedObject> ExtraObjects { get; init; } = [];

    /// <summary>Ids of generated objects that are removed (or replaced by an entry in <see cref="ExtraObjects"/>).</summary>
    public IReadOnlySet<ulong> HiddenObjectIds { get; init; } = new HashSet<ulong>();

    /// <summary>The walker's own body, drawn in third-person view; null in first person.</summary>
    public PlacedObject? Avatar { get; init; }
}
