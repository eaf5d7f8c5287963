using Nacre.Simulation;

namespace Nacre.Studio.Sessions;

/// <summary>
/// A rendered frame as the engine hands it to the session: RGBA8 pixels (top row first; valid until the next render)
/// and what the HUD shows.
/// </summary>
/// <param name="RenderMicros">Time to draw the frame, µs (on llvmpipe most of it completes during read back).</param>
/// <param name="ReadbackMicros">Time to read the pixels back, µs.</param>
/// <param name="Weather">A <c>WeatherKind</c> value.</param>
public readonly record struct EngineFrame(
    ReadOnlyMemory<byte> Rgba,
    int Width,
    int Height,
    uint RenderMicros,
    uint ReadbackMicros,
    uint Triangles,
    CameraPose Camera,
    float TimeOfDayHours,
    int Weather);
