using System.Diagnostics;
using System.Numerics;
using Nacre.Core;
using Nacre.Rendering;
using Nacre.Simulation;
using Nacre.Studio.Streaming;
using Nacre.WorldGen;

namespace Nacre.Studio.Sessions;

/// <summary>
/// Wandering mode for one session: the walker simulation (<see cref="WanderSession"/>) and a headless
/// <see cref="WorldRenderer"/> on this thread's own EGL context. Browser key codes map to walker keys (WASD or
/// arrows, Shift sprints, Space jumps, V switches first/third person); mouse deltas turn the view.
/// </summary>
public sealed class WanderEngine : ISessionEngine
{
    private readonly WanderSession _sim;
    private readonly WorldRenderer _renderer;

    public WanderEngine(WorldSpec spec, Func<ChunkCoord, ChunkData> generate, SpawnPoint spawn, ViewState? view, Resolution resolution)
    {
        Vector3 feet = view is null ? spawn.Position : new Vector3(view.X, view.Y, view.Z);
        _sim = new WanderSession(generate, feet, view?.Yaw ?? spawn.Yaw);
        _sim.UseSpecAtmosphere(spec);
        if (view is not null)
        {
            // The walker starts level; tilt it as it was and settle one tick so the very first frame shows that view.
            _sim.Walker.Look(0f, view.Pitch);
            _sim.Step();
        }
        // One thread renders every frame of a session: keep the context current between frames.
        _renderer = WorldRenderer.CreateHeadless(generate, resolution.Width, resolution.Height,
            RendererOptions.Default with { ReleaseContextAfterFrame = false });
        // The first frame shows the world around the walker, not holes: generate the near ring now.
        _renderer.Prefetch(feet.X, feet.Z, _renderer.Options.NearRadius);
    }

    public long Tick => _sim.Tick;

    public ViewState View
    {
        get
        {
            Walker w = _sim.Walker;
            return new ViewState(w.Feet.X, w.Feet.Y, w.Feet.Z, w.Yaw, w.Pitch, _sim.Tick);
        }
    }

    public string? Apply(ClientInput input)
    {
        long tick = _sim.Tick;
        switch (input.Kind)
        {
            case ClientInputKind.KeyDown when input.Key == "KeyV":
                _sim.Enqueue(InputEvent.SetCameraMode(tick, _sim.CameraMode == CameraMode.FirstPerson ? CameraMode.ThirdPerson : CameraMode.FirstPerson));
                break;
            case ClientInputKind.KeyDown when KeyOf(input.Key) is var k and not WalkKey.None:
                _sim.Enqueue(InputEvent.Down(tick, k));
                break;
            case ClientInputKind.KeyUp when KeyOf(input.Key) is var k and not WalkKey.None:
                _sim.Enqueue(InputEvent.Up(tick, k));
                break;
            case ClientInputKind.Look:
                _sim.Enqueue(InputEvent.Mouse(tick, input.Dx, input.Dy));
                break;
            case ClientInputKind.ReleaseAll when _sim.HeldKeys != WalkKey.None:
                _sim.Enqueue(InputEvent.Up(tick, _sim.HeldKeys));
                break;
            case ClientInputKind.Command:
                return $"'{input.Text}': typed commands arrive with Directing mode; in Wandering, walk with WASD and look with the mouse";
            default:
                break;
        }
        return null;
    }

    public void StepTo(long tick) => _sim.StepTo(tick);

    public EngineFrame Render()
    {
        FrameSnapshot snapshot = _sim.Snapshot;
        RenderedFrame f = _renderer.Render(snapshot);
        FrameStats s = f.Stats;
        return new EngineFrame(
            f.Rgba, f.Width, f.Height,
            Micros(s.SubmitMs), Micros(s.ReadbackMs), (uint)(s.Triangles + s.ShadowTriangles),
            snapshot.Camera, snapshot.TimeOfDayHours, (int)snapshot.Weather);
    }

    public void Dispose() => _renderer.Dispose();

    /// <summary>The walker key a DOM <c>KeyboardEvent.code</c> drives, or None.</summary>
    public static WalkKey KeyOf(string? code) => code switch
    {
        "KeyW" or "ArrowUp" => WalkKey.Forward,
        "KeyS" or "ArrowDown" => WalkKey.Back,
        "KeyA" or "ArrowLeft" => WalkKey.Left,
        "KeyD" or "ArrowRight" => WalkKey.Right,
        "ShiftLeft" or "ShiftRight" => WalkKey.Sprint,
        "Space" => WalkKey.Jump,
        _ => WalkKey.None,
    };

    private static uint Micros(double ms) => (uint)Math.Clamp(ms * 1000.0, 0, uint.MaxValue);
}
