using Nacre.Core;

namespace Nacre.WorldGen.Tests;

/// <summary>
/// Golden hashes of generated chunks. Saved worlds are rebuilt from (spec, seed, generator version), so the
/// generator's output may never change silently: if one of these fails, a change altered what existing worlds
/// look like. Either undo it, or bump <see cref="WorldGenerator.Version"/> (keeping the old path for old worlds)
/// and re-pin these values on purpose.
/// </summary>
public class GoldenChunkTests
{
    private static readonly ChunkCoord[] Coords = [new(0, 0), new(-1, 2), new(5, -3), new(-12, -7)];

    [Theory]
    [InlineData("lake", 6896950442204691361UL)]
    [InlineData("beach", 1118107654097963035UL)]
    [InlineData("castle", 17939228758785583780UL)]
    [InlineData("river", 9216037322391871123UL)]
    [InlineData("mountains", 8634087630562100424UL)]
    [InlineData("desert", 1103016253509870367UL)]
    [InlineData("cliff", 14496301417654988281UL)]
    public void Generate_KnownChunks_MatchTheirGoldenHashes(string spec, ulong golden)
    {
        var gen = new WorldGenerator(DeterminismTests.Spec(spec));
        ulong h = 0;
        foreach (ChunkCoord c in Coords)
        {
            h = ChunkHash.Combine(h, gen.Generate(c));
        }
        h.ShouldBe(golden, $"generator v{WorldGenerator.Version} output for '{spec}' changed");
    }
}
