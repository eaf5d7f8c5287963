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
        var gen = new WorldGenerator(DeterminismTests.Spec(spec) with { Generator = 1 });
        ulong h = 0;
        foreach (ChunkCoord c in Coords)
        {
            h = ChunkHash.Combine(h, gen.Generate(c));
        }
        h.ShouldBe(golden, $"generator v1 output for '{spec}' changed: saved v1 worlds would reopen differently");
    }

    /// <summary>The v1 spawn (where a saved v1 world opens, and what it looks at) stays where it was.</summary>
    [Theory]
    [InlineData("lake", "2.397,12.408,-4.388,0.4999,Cabin")]
    [InlineData("castle", "-36.419,24.545,-54.095,5.8344,Castle")]
    [InlineData("cliff", "-0.468,16.000,52.998,3.1504,Lighthouse")]
    public void Spawn_Version1_StaysWhereItWas(string spec, string golden)
    {
        SpawnPoint s = new WorldGenerator(DeterminismTests.Spec(spec) with { Generator = 1 }).Spawn;
        string actual = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{s.Position.X:F3},{s.Position.Y:F3},{s.Position.Z:F3},{s.Yaw:F4},{s.SubjectLabel}");
        actual.ShouldBe(golden, $"the v1 spawn of '{spec}' moved");
    }

    [Fact]
    public void Constructor_UnknownGeneratorVersion_SaysWhichVersionsExist()
    {
        var ex = Should.Throw<ArgumentOutOfRangeException>(() => new WorldGenerator(DeterminismTests.Spec("lake") with { Generator = 99 }));
        ex.Message.ShouldContain("generator version 99");
        ex.Message.ShouldContain($"{WorldGenerator.OldestVersion} to {WorldGenerator.Version}");
    }
}
