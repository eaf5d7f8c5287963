namespace Nacre.Agents.Tasks;

/// <summary>An episode placed in the shared world it runs in.</summary>
/// <param name="World">The world, entered on the host (leave it when the episode ends).</param>
/// <param name="Episode">The episode.</param>
internal sealed record EpisodeStart(SharedWorld World, TaskEpisode Episode);
