using System.Numerics;
using Nacre.Language;
using Nacre.WorldGen;

namespace Nacre.Simulation.Tests;

/// <summary>The still camera: what the first picture of a world is taken from.</summary>
public class StillCameraTests
{
    private static readonly WorldGenerator Barn = new(PromptParser.Parse("a red barn on rolling hills", 1));

    [Fact]
    public void Frame_ByDefault_StandsAtTheSpawnAtEyeHeight_AndLooksAtTheSubject()
    {
        CameraPose c = StillCamera.Frame(Barn);
        SpawnPoint spawn = Barn.Spawn;
        Vector3 subject = spawn.SubjectPosition.ShouldNotBeNull();

        c.Position.X.ShouldBe(spawn.Position.X);
        c.Position.Z.ShouldBe(spawn.Position.Z);
        c.Position.Y.ShouldBe(Barn.GroundHeight(c.Position.X, c.Position.Z) + StillCamera.EyeHeight, 0.01f);
        // The view direction, flattened, points at the subject — on a third of the frame at most (generator v2's
        // view solver composes by the rule of thirds: one sixth of the 74° field off centre).
        Vector2 toSubject = Vector2.Normalize(new Vector2(subject.X - c.Position.X, subject.Z - c.Position.Z));
        Vector2 forward = Vector2.Normalize(new Vector2(c.Forward.X, c.Forward.Z));
        Vector2.Dot(toSubject, forward).ShouldBeGreaterThan(MathF.Cos((1.287f / 6f) + 0.02f));
    }

    [Fact]
    public void Frame_WithAnExplicitHeading_TurnsThatWay_AndKeepsTheDefaultTilt()
    {
        CameraPose c = StillCamera.Frame(Barn, yawDegrees: 90f);
        c.Yaw.ShouldBe(MathF.PI / 2f, 1e-5f);
        c.Forward.X.ShouldBeGreaterThan(0.99f, "90° is east, +X");
        c.Pitch.ShouldBe(StillCamera.DefaultPitch);
    }

    [Fact]
    public void Frame_OverWater_StandsOnTheSurface()
    {
        var world = new WorldGenerator(PromptParser.Parse("a calm lake among hills", 1));
        Vector3 lake = world.Spawn.SubjectPosition.ShouldNotBeNull();
        float water = world.WaterSurface(lake.X, lake.Z);
        float.IsFinite(water).ShouldBeTrue("the lake's centre is under water");
        StillCamera.Frame(world, at: new Vector2(lake.X, lake.Z)).Position.Y.ShouldBe(water + StillCamera.EyeHeight, 0.01f);
    }
}
