using Microsoft.Extensions.Hosting;
using Nacre.Language;

namespace Nacre.Studio;

/// <summary>
/// Loads the language model (WordNet lexicon) in the background as the studio starts, so the first prompt a person
/// types is understood as fast as the next (the first parse otherwise pays ≈ 1 s of loading).
/// </summary>
internal sealed class StudioWarmup : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => PromptParser.Parse("a foggy pine forest at dusk with a wooden cabin by a lake", 1), stoppingToken);
}
