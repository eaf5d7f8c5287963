using System.Globalization;
using Nacre.Simulation;

namespace Nacre.Agents;

// Turning an action into the walker's inputs for one step: keys held for part or all of the step, a look at its start.
public sealed partial class NacreEnv
{
    private const WalkKey MoveKeys = WalkKey.Forward | WalkKey.Back | WalkKey.Left | WalkKey.Right;

    private void Schedule(AgentAction action)
    {
        WanderSession session = _session!;
        long t = session.Tick;
        int k = Options.TicksPerStep;
        float degrees = MathF.PI / 180f;
        // Every step starts from no keys held: release what the last one held, then press this one's.
        if (_held != WalkKey.None)
        {
            session.Enqueue(InputEvent.Up(t, _held));
            _held = WalkKey.None;
        }
        if (action.Continuous is not float[] c)
        {
            var a = (DiscreteAction)ValidDiscrete(action.Discrete);
            switch (a)
            {
                case DiscreteAction.Forward: Hold(WalkKey.Forward, k); break;
                case DiscreteAction.Back: Hold(WalkKey.Back, k); break;
                case DiscreteAction.StrafeLeft: Hold(WalkKey.Left, k); break;
                case DiscreteAction.StrafeRight: Hold(WalkKey.Right, k); break;
                case DiscreteAction.TurnLeft: session.Enqueue(InputEvent.Look(t, -Options.TurnDegrees * degrees, 0f)); break;
                case DiscreteAction.TurnRight: session.Enqueue(InputEvent.Look(t, Options.TurnDegrees * degrees, 0f)); break;
                case DiscreteAction.LookUp: session.Enqueue(InputEvent.Look(t, 0f, Options.LookDegrees * degrees)); break;
                case DiscreteAction.LookDown: session.Enqueue(InputEvent.Look(t, 0f, -Options.LookDegrees * degrees)); break;
                case DiscreteAction.Jump: Hold(WalkKey.Jump, 1); break;
                default: break;
            }
            return;
        }
        ValidateContinuous(c);
        // Speeds as duty cycles: a key held for |v| of the step's ticks.
        Hold(c[0] >= 0 ? WalkKey.Forward : WalkKey.Back, (int)MathF.Round(MathF.Abs(c[0]) * k));
        Hold(c[1] >= 0 ? WalkKey.Right : WalkKey.Left, (int)MathF.Round(MathF.Abs(c[1]) * k));
        if (c[2] != 0f || c[3] != 0f)
        {
            session.Enqueue(InputEvent.Look(t, c[2] * 2f * Options.TurnDegrees * degrees, c[3] * 2f * Options.LookDegrees * degrees));
        }
        if (c[4] > 0.5f)
        {
            Hold(WalkKey.Jump, 1);
        }
    }

    /// <summary>Presses <paramref name="key"/> now and releases it after <paramref name="ticks"/> ticks (or at the next step).</summary>
    private void Hold(WalkKey key, int ticks)
    {
        if (ticks <= 0)
        {
            return;
        }
        WanderSession session = _session!;
        session.Enqueue(InputEvent.Down(session.Tick, key));
        if (ticks < Options.TicksPerStep)
        {
            session.Enqueue(InputEvent.Up(session.Tick + ticks, key));
        }
        else
        {
            _held |= key & (MoveKeys | WalkKey.Jump);
        }
    }

    /// <summary>Throws <see cref="InvalidActionException"/> when <paramref name="action"/> is outside the action space.</summary>
    internal void CheckAction(AgentAction action)
    {
        if (action.Continuous is float[] c)
        {
            ValidateContinuous(c);
        }
        else
        {
            ValidDiscrete(action.Discrete);
        }
    }

    private int ValidDiscrete(int index)
    {
        int n = Enum.GetValues<DiscreteAction>().Length;
        if (Options.ActionMode != ActionMode.Discrete)
        {
            throw new InvalidActionException($"invalid action {index}: this env's actions are continuous, 5 numbers [forward, strafe, turn, look, jump]");
        }
        if (index < 0 || index >= n)
        {
            throw new InvalidActionException($"invalid action {index}: expected an integer 0 … {n - 1} ({string.Join(", ", Enum.GetValues<DiscreteAction>().Select(a => $"{(int)a} {a}"))})");
        }
        return index;
    }

    private void ValidateContinuous(float[] c)
    {
        if (Options.ActionMode != ActionMode.Continuous)
        {
            throw new InvalidActionException($"invalid action: this env's actions are discrete, an integer 0 … {Enum.GetValues<DiscreteAction>().Length - 1}, not a list of numbers");
        }
        if (c.Length != 5)
        {
            throw new InvalidActionException($"invalid action: a continuous action is 5 numbers [forward, strafe, turn, look, jump], got {c.Length}");
        }
        for (int i = 0; i < 5; i++)
        {
            float low = i == 4 ? 0f : -1f;
            if (!float.IsFinite(c[i]) || c[i] < low || c[i] > 1f)
            {
                throw new InvalidActionException(string.Create(CultureInfo.InvariantCulture, $"invalid action: element {i} is {c[i]}, expected {low} … 1"));
            }
        }
    }
}
