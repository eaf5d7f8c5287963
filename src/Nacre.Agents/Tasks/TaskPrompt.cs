using Nacre.Core;

namespace Nacre.Agents.Tasks;

/// <summary>One prompt of a task's world distribution and the object it names as the goal (None for tasks without one).</summary>
/// <param name="Prompt">The world's prompt.</param>
/// <param name="GoalPhrase">The goal as the instruction names it ("the red barn").</param>
/// <param name="GoalLabel">The goal's semantic label.</param>
public sealed record TaskPrompt(string Prompt, string GoalPhrase, SemanticLabel GoalLabel);
