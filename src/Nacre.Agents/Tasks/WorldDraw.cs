using Nacre.Core;

namespace Nacre.Agents.Tasks;

/// <summary>
/// The world and conditions one episode is drawn in: a prompt, the world seed (which decides the split), the time of
/// day and the weather (domain randomisation).
/// </summary>
/// <param name="Prompt">The world's prompt.</param>
/// <param name="WorldSeed">The world's seed; its range decides the split (<see cref="Splits"/>).</param>
/// <param name="TimeOfDayHours">Local solar time, hours.</param>
/// <param name="Weather">The weather.</param>
/// <param name="WeatherIntensity">Its strength, 0 … 1.</param>
/// <param name="GoalPhrase">How the goal is named in this world ("the red barn"), or empty when the task has none.</param>
/// <param name="GoalLabel">The goal's semantic label, or None.</param>
public sealed record WorldDraw(string Prompt, ulong WorldSeed, float TimeOfDayHours, WeatherKind Weather, float WeatherIntensity, string GoalPhrase, SemanticLabel GoalLabel);
