using Nacre.Core;

namespace Nacre.Simulation.Directing;

/// <summary>
/// What a world's edit log says, read in order: the object edits to apply on top of the generated world, and the
/// light and weather last kept ("… and keep it"), which a reopened world starts from instead of its prompt's own.
/// </summary>
public sealed record WorldLog(IReadOnlyList<WorldEdit> Edits, LightingKey? Lighting, int EntryCount)
{
    public static WorldLog Empty { get; } = new([], null, 0);

    /// <summary>
    /// Reads log rows in order. A row this build cannot read throws <see cref="FormatException"/> naming its position:
    /// a world is never opened with part of its history silently missing.
    /// </summary>
    public static WorldLog Read(IEnumerable<LogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var edits = new List<WorldEdit>();
        LightingKey? lighting = null;
        int n = 0;
        foreach (LogEntry e in entries)
        {
            n++;
            try
            {
                if (e.Kind == LightingKey.KindName)
                {
                    lighting = LightingKey.FromJson(e.Tick, e.Json);
                }
                else
                {
                    edits.Add(WorldEdit.FromJson(e.Tick, e.Kind, e.Json));
                }
            }
            catch (FormatException x)
            {
                throw new FormatException($"edit {n} of the world's log ({e.Kind}) cannot be read: {x.Message}", x);
            }
        }
        return new WorldLog(edits, lighting, n);
    }

    /// <summary>The light and weather the world opens with: the last kept lighting, else the spec's own.</summary>
    public AtmosphereState Atmosphere(WorldSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Lighting is { } k
            ? new AtmosphereState(k.Hours, k.Weather, k.Intensity, k.SunAzimuth)
            : new AtmosphereState(spec.Time.Hours, spec.Weather.Kind, spec.Weather.Intensity);
    }
}
