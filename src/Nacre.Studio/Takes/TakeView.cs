using Nacre.Simulation.Directing;
using Nacre.Storage;

namespace Nacre.Studio.Takes;

/// <summary>Where a take's video stands: "none", "rendering" (with progress 0 … 1), "done" (with its URL) or "failed" (with why).</summary>
public sealed record TakeRenderStatus(string Status, double Progress, string? Url, string? Error, string? Resolution, int? Fps)
{
    public static TakeRenderStatus None { get; } = new("none", 0, null, null, null, null);
}

/// <summary>A take as the API and the live stream show it.</summary>
/// <param name="Seconds">Length, seconds.</param>
/// <param name="Commands">Commands in it.</param>
/// <param name="Script">The take in the take-script format (docs/directing.md), e.g. "@2.5s dolly in slowly".</param>
public sealed record TakeView(string Id, string WorldId, string Name, double Seconds, int Commands, string Script, DateTimeOffset CreatedAt, TakeRenderStatus Render)
{
    public static TakeView From(TakeRecord record, TakeRenderStatus render)
    {
        ArgumentNullException.ThrowIfNull(record);
        RecordedTake? take = TryRead(record);
        return new TakeView(record.PublicId, record.WorldId, record.Name, Math.Round(Nacre.Simulation.Ticks.ToSeconds(record.Ticks), 2), take?.Commands.Count ?? 0,
            take?.ScriptText() ?? "# this take was recorded by a newer Nacre", record.CreatedAt, render);
    }

    /// <summary>The recorded take in a stored row, or null if this build cannot read it.</summary>
    public static RecordedTake? TryRead(TakeRecord record)
    {
        try
        {
            return RecordedTake.FromJson((record ?? throw new ArgumentNullException(nameof(record))).InputJson);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
