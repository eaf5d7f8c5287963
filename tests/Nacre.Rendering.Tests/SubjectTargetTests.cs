using Nacre.Core;
using Nacre.Language;
using Nacre.WorldGen;

namespace Nacre.Rendering.Tests;

/// <summary>Finding the spawn's subject among the generated objects: pure generation, no GL.</summary>
public class SubjectTargetTests
{
    [Fact]
    public void OfSpawn_ForABarnPrompt_IsTheGeneratedBarnStandingAtTheSubjectPosition()
    {
        var world = new WorldGenerator(PromptParser.Parse("a red barn on rolling hills", 1));
        world.Spawn.SubjectLabel.ShouldBe(SemanticLabel.Barn);

        SubjectTarget target = SubjectTarget.OfSpawn(world).ShouldNotBeNull();
        target.Label.ShouldBe(SemanticLabel.Barn);
        ulong id = target.Instance.ShouldNotBeNull();
        var at = world.Spawn.SubjectPosition!.Value;
        PlacedObject barn = world.Generate(ChunkCoord.FromWorld(at.X, at.Z)).Objects.Single(o => o.Id == id);
        barn.Label.ShouldBe(SemanticLabel.Barn);
        (barn.Position.X - at.X).ShouldBe(0f, 0.01f);
        (barn.Position.Z - at.Z).ShouldBe(0f, 0.01f);
    }

    [Fact]
    public void OfSpawn_ForALakePrompt_IsTheWaterLabelWithNoInstance()
    {
        var world = new WorldGenerator(PromptParser.Parse("a calm lake among hills", 1));
        world.Spawn.SubjectLabel.ShouldBe(SemanticLabel.Water);
        SubjectTarget.OfSpawn(world).ShouldBe(new SubjectTarget(SemanticLabel.Water, null));
    }
}
