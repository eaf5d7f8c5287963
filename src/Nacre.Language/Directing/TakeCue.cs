namespace Nacre.Language.Directing;

/// <summary>One line of a take script: the command and when it starts, seconds from the start of the take.</summary>
public sealed record TakeCue(int LineNumber, double StartSeconds, DirectorCommand Command)
{
    /// <summary>The simulation tick the command is submitted on, at <paramref name="ticksPerSecond"/> (rounded to the nearest tick).</summary>
    public long StartTick(int ticksPerSecond) => (long)Math.Round(StartSeconds * ticksPerSecond, MidpointRounding.AwayFromZero);
}
