namespace Nacre.Storage;

/// <summary>What it takes to save a world: the words, the spec they became, the seed and the generator that reads them.</summary>
/// <param name="Name">Shown in the gallery; 1 … <see cref="WorldStore.MaxNameLength"/> characters.</param>
/// <param name="Prompt">The words the world was made from.</param>
/// <param name="Seed">World seed.</param>
/// <param name="SpecJson">The WorldSpec as JSON (WorldSpecJson): the world is rebuilt from this, not from the prompt.</param>
/// <param name="GeneratorVersion">Version of the generator that reads the spec, so a reopened world is generated the same way.</param>
/// <param name="ParentId">The world this one was remixed from, or null.</param>
public sealed record NewWorld(string Name, string Prompt, ulong Seed, string SpecJson, string GeneratorVersion, string? ParentId = null);
