using System.Numerics;
using Nacre.Agents.Spaces;
using Nacre.Agents.Tasks;
using Nacre.Core;
using Nacre.Rendering;
using Nacre.Simulation;

namespace Nacre.Agents;

// Rendering a step's frame on the shared renderer and copying out what the observation asks for.
public sealed partial class NacreEnv
{
    private static DictSpace Spaces(EnvOptions o)
    {
        int h = o.Height, w = o.Width;
        var entries = new List<KeyValuePair<string, Space>>();
        foreach (ObservationKey key in ObservationKeys.Each(o.Observations))
        {
            Space space = key switch
            {
                ObservationKey.Rgb => new BoxSpace(0, 255, [h, w, 3], "uint8"),
                ObservationKey.Depth => new BoxSpace(0, double.PositiveInfinity, [h, w], "float32"),
                ObservationKey.Labels => new BoxSpace(0, ushort.MaxValue, [h, w], "uint16"),
                ObservationKey.Instances => new BoxSpace(0, ulong.MaxValue, [h, w], "uint64"),
                ObservationKey.Pose => new BoxSpace(double.NegativeInfinity, double.PositiveInfinity, [5], "float32"),
                ObservationKey.Goal => new BoxSpace(0, ushort.MaxValue, [1], "int32"),
                _ => new BoxSpace(double.NegativeInfinity, double.PositiveInfinity, [2], "float32"),
            };
            entries.Add(new(ObservationKeys.NameOf(key), space));
        }
        return new DictSpace(entries);
    }

    private Observation Observe(in AgentState state, bool labelsForTask, out SemanticLabel[]? taskLabels)
    {
        ObservationKey keys = Options.Observations;
        FrameOutputs outputs = FrameOutputs.Color;
        if ((keys & ObservationKey.Depth) != 0)
        {
            outputs |= FrameOutputs.Depth;
        }
        if (labelsForTask || (keys & (ObservationKey.Labels | ObservationKey.Instances)) != 0)
        {
            outputs |= FrameOutputs.Labels;
        }
        FrameSnapshot snapshot = _session!.Snapshot with { ExtraObjects = _episode!.Actors(_session.Tick) };
        var obs = new Observation(Options.Width, Options.Height) { GoalText = _episode.GoalText };
        SemanticLabel[]? labels = null;
        _host.Render(_world!, ref _renderer, Options.Width, Options.Height, snapshot, outputs, frame =>
        {
            if ((keys & ObservationKey.Rgb) != 0)
            {
                obs.Rgb = ToRgb(frame.Rgba);
            }
            if ((keys & ObservationKey.Depth) != 0)
            {
                obs.Depth = (float[])frame.Depth!.Clone();
            }
            if ((keys & ObservationKey.Labels) != 0)
            {
                obs.Labels = [.. frame.Labels!.Select(l => (ushort)l)];
            }
            if ((keys & ObservationKey.Instances) != 0)
            {
                obs.Instances = (ulong[])frame.InstanceIds!.Clone();
            }
            if (labelsForTask)
            {
                labels = (SemanticLabel[])frame.Labels!.Clone();
            }
        });
        taskLabels = labels;
        if ((keys & ObservationKey.Pose) != 0)
        {
            obs.Pose = [state.Eye.X, state.Eye.Y, state.Eye.Z, state.Yaw, state.Pitch];
        }
        if ((keys & ObservationKey.Goal) != 0)
        {
            obs.Goal = (int)_episode.GoalLabel;
        }
        if ((keys & ObservationKey.PointGoal) != 0)
        {
            obs.PointGoal = PointGoal(state, _episode.GoalPoint);
        }
        _last = obs;
        return obs;
    }

    /// <summary>Distance and bearing (positive to the right) from the feet to the point goal; zeros without one.</summary>
    private float[] PointGoal(in AgentState state, Vector2? goal)
    {
        if (_task is not PointNavTask || goal is not Vector2 g)
        {
            return [0f, 0f];
        }
        float dx = g.X - state.Feet.X, dz = g.Y - state.Feet.Z;
        float bearing = MathF.Atan2(dx, -dz) - state.Yaw;
        bearing = MathF.IEEERemainder(bearing, 2f * MathF.PI);
        return [MathF.Sqrt((dx * dx) + (dz * dz)), bearing];
    }

    private static byte[] ToRgb(byte[] rgba)
    {
        int n = rgba.Length / 4;
        var rgb = new byte[n * 3];
        for (int i = 0; i < n; i++)
        {
            rgb[i * 3] = rgba[i * 4];
            rgb[(i * 3) + 1] = rgba[(i * 4) + 1];
            rgb[(i * 3) + 2] = rgba[(i * 4) + 2];
        }
        return rgb;
    }
}
