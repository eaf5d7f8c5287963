namespace Nacre.Agents.Tasks;

/// <summary>A task's verdict on one step: the reward, and whether the task ended (success or failure).</summary>
/// <param name="Reward">The step's reward.</param>
/// <param name="Terminated">The task ended.</param>
/// <param name="Success">It ended because the goal was reached.</param>
public readonly record struct StepOutcome(float Reward, bool Terminated, bool Success);
