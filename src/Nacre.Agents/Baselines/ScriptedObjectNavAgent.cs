using System.Numerics;
using Nacre.Agents.Navigation;
using Nacre.Simulation;

namespace Nacre.Agents.Baselines;

/// <summary>
/// A hand-written ObjectNav agent, the sanity check of the task. It finds the goal in its label buffer (scanning by
/// turning when it is not in view), places it in the world from the depth buffer and its pose, and walks there on the
/// shortest path over a navigation grid of the height field (<see cref="NavGrid"/>, which it is given as a map). It never
/// reads the goal's position from the episode.
/// </summary>
public sealed class ScriptedObjectNavAgent : IAgentPolicy
{
    private const int MapSize = 160;
    private const float TurnToleranceRadians = 0.3f;

    private NavGrid? _map;
    private DistanceField? _route;
    private Vector2? _goal;
    private int _scanTurns;
    private int _wander;
    private Vector2 _lastFeet;
    private int _stuck;
    private int _unstick;

    public ObservationKey Needs => ObservationKey.Labels | ObservationKey.Depth | ObservationKey.Pose | ObservationKey.Goal;

    public void Begin(NacreEnv env, Observation first)
    {
        ArgumentNullException.ThrowIfNull(env);
        ArgumentNullException.ThrowIfNull(first);
        float[] pose = first.Pose ?? throw new ArgumentException("the scripted agent needs the pose observation");
        _map = new NavGrid(env.World!.Chunks, pose[0], pose[2], MapSize);
        _route = null;
        _goal = null;
        _scanTurns = 0;
        _wander = 0;
        _stuck = 0;
        _unstick = 0;
        _lastFeet = new Vector2(pose[0], pose[2]);
    }

    public AgentAction Act(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        float[] pose = observation.Pose!;
        var feet = new Vector2(pose[0], pose[2]);
        float yaw = pose[3];
        if (Locate(observation) is Vector2 seen && (_goal is not Vector2 g || Vector2.Distance(g, seen) > 1.5f))
        {
            _goal = seen;
            _route = new DistanceField(_map!, p => Vector2.Distance(p, seen) <= 2.5f);
        }
        bool moved = Vector2.Distance(feet, _lastFeet) > 0.05f;
        _lastFeet = feet;
        if (_unstick > 0)
        {
            _unstick--;
            return AgentAction.Of(_unstick % 2 == 0 ? DiscreteAction.StrafeLeft : DiscreteAction.Back);
        }
        if (_goal is not Vector2 goal)
        {
            return Search();
        }
        Vector2 towards = Vector2.Distance(feet, goal) <= 3f ? goal : _route!.Waypoint(feet.X, feet.Y, 4) ?? goal;
        float desired = MathF.Atan2(towards.X - feet.X, -(towards.Y - feet.Y));
        float turn = MathF.IEEERemainder(desired - yaw, 2f * MathF.PI);
        if (MathF.Abs(turn) > TurnToleranceRadians)
        {
            _stuck = 0;
            return AgentAction.Of(turn > 0 ? DiscreteAction.TurnRight : DiscreteAction.TurnLeft);
        }
        _stuck = moved ? 0 : _stuck + 1;
        if (_stuck >= 3)
        {
            _stuck = 0;
            _unstick = 4;
        }
        return AgentAction.Of(DiscreteAction.Forward);
    }

    /// <summary>Turns a full circle looking for the goal; then walks a few steps and looks again.</summary>
    private AgentAction Search()
    {
        if (_wander > 0)
        {
            _wander--;
            return AgentAction.Of(DiscreteAction.Forward);
        }
        _scanTurns++;
        if (_scanTurns % 24 == 0)
        {
            _wander = 8;
        }
        return AgentAction.Of(DiscreteAction.TurnRight);
    }

    /// <summary>Where the goal's pixels lie on the ground (x, z), from depth and pose; null when it is not in view.</summary>
    private static Vector2? Locate(Observation o)
    {
        ushort goal = (ushort)(o.Goal ?? 0);
        if (goal == 0 || o.Labels is not ushort[] labels || o.Depth is not float[] depth)
        {
            return null;
        }
        float[] pose = o.Pose!;
        var eye = new Vector3(pose[0], pose[1], pose[2]);
        var camera = new CameraPose(eye, pose[3], pose[4]);
        Vector3 forward = camera.Forward, right = camera.Right, up = Vector3.Cross(right, forward);
        float tanX = MathF.Tan(Lens.Default.HorizontalFov / 2f), tanY = tanX * o.Height / o.Width;
        Vector2 sum = Vector2.Zero;
        int count = 0;
        for (int v = 0; v < o.Height; v++)
        {
            for (int u = 0; u < o.Width; u++)
            {
                int i = (v * o.Width) + u;
                if (labels[i] != goal || !float.IsFinite(depth[i]))
                {
                    continue;
                }
                float x = (((u + 0.5f) / o.Width) * 2f) - 1f, y = 1f - (((v + 0.5f) / o.Height) * 2f);
                Vector3 ray = Vector3.Normalize(forward + (right * (x * tanX)) + (up * (y * tanY)));
                Vector3 p = eye + (ray * depth[i]);
                sum += new Vector2(p.X, p.Z);
                count++;
            }
        }
        return count >= 3 ? sum / count : null;
    }
}
