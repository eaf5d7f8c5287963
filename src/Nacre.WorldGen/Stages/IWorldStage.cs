namespace Nacre.WorldGen.Stages;

/// <summary>
/// One step of chunk generation. A stage reads the context (the world model and what earlier stages wrote) and
/// writes only its own output. Stages hold no state: one instance serves every chunk on every thread.
/// </summary>
internal interface IWorldStage
{
    /// <summary>Short name, also the root of the stage's randomness ("vegetation" → StableHash.Stage(seed, name)).</summary>
    string Name { get; }

    void Run(ChunkContext ctx);
}
