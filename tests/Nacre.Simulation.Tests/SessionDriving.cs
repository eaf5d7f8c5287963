namespace Nacre.Simulation.Tests;

/// <summary>Small helpers to drive a session as a player would.</summary>
public static class SessionDriving
{
    public static void Hold(this WanderSession s, WalkKey keys, double seconds)
    {
        s.Enqueue(InputEvent.Down(s.Tick, keys));
        s.StepTo(s.Tick + Ticks.FromSeconds(seconds));
        s.Enqueue(InputEvent.Up(s.Tick, keys));
        s.Step();
    }

    public static void Wait(this WanderSession s, double seconds) => s.StepTo(s.Tick + Ticks.FromSeconds(seconds));
}
