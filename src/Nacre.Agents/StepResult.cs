using System.Text.Json.Nodes;

namespace Nacre.Agents;

/// <summary>What <see cref="NacreEnv.Step"/> returns, in Gymnasium's order.</summary>
/// <param name="Observation">The observation after the step.</param>
/// <param name="Reward">The step's reward (the task's, see docs/agents.md).</param>
/// <param name="Terminated">The task ended (success or failure).</param>
/// <param name="Truncated">The step limit ended it.</param>
/// <param name="Info">The step's info: goal text, step count and the task's metrics.</param>
public sealed record StepResult(Observation Observation, float Reward, bool Terminated, bool Truncated, JsonObject Info);
