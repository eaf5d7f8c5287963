namespace Nacre.Simulation.Tests;

public class WalkerTerrainTests
{
    private static float Slope(float degrees) => MathF.Tan(degrees * MathF.PI / 180f);

    [Fact]
    public void GentleSlope_WalkingUpIt_ClimbsWithTheGround()
    {
        // Ground rising northward at 15° from z = 0.
        float tan = Slope(15);
        var world = new TestWorld((x, z) => z < 0 ? -z * tan : 0f);
        WanderSession s = world.Session(10, 5);

        s.Hold(WalkKey.Forward, 10);

        s.Walker.Feet.Z.ShouldBeLessThan(-7f);
        s.Walker.Feet.Y.ShouldBe(-s.Walker.Feet.Z * tan, 0.02f);
        s.Walker.Mode.ShouldBe(MovementMode.Walking);
    }

    [Fact]
    public void SteepSlope_WalkingStraightAtIt_IsRefused()
    {
        // A 60° bank rising northward from z = 0.
        float tan = Slope(60);
        var world = new TestWorld((x, z) => z < 0 ? -z * tan : 0f);
        WanderSession s = world.Session(10, 5);

        s.Hold(WalkKey.Forward | WalkKey.Sprint, 5);

        s.Walker.Feet.Z.ShouldBeGreaterThan(-1.01f); // at most into the first metre, where the samples blend to flat
        s.Walker.Feet.Y.ShouldBeLessThan(0.5f * tan);
    }

    [Fact]
    public void SteepSlope_WalkingAtItAtAnAngle_SlidesAlongTheFoot()
    {
        float tan = Slope(60);
        var world = new TestWorld((x, z) => z < 0 ? -z * tan : 0f);
        WanderSession s = world.Session(10, 3, yawDegrees: 30);

        s.Hold(WalkKey.Forward, 8);

        s.Walker.Feet.X.ShouldBeGreaterThan(10 + 4f); // carried on east along the bank
        s.Walker.Feet.Y.ShouldBeLessThan(1f);
    }

    [Fact]
    public void DownhillSlope_WalkingDownIt_StaysOnTheGround()
    {
        float tan = Slope(30);
        var world = new TestWorld((x, z) => z < 0 ? z * tan : 0f);
        WanderSession s = world.Session(10, 2);

        s.Enqueue(InputEvent.Down(s.Tick, WalkKey.Forward | WalkKey.Sprint));
        for (int i = 0; i < 120; i++)
        {
            s.Step();
            s.Walker.Mode.ShouldBe(MovementMode.Walking); // no hopping down the hill
        }
        s.Walker.Feet.Y.ShouldBeLessThan(-3f);
    }

    [Fact]
    public void Gravity_SpawnedInTheAir_FallsAndLands()
    {
        WanderSession s = TestWorld.Flat().Session(5, 5, y: 10);
        s.Walker.Mode.ShouldBe(MovementMode.Airborne);

        s.Wait(0.5);
        float t = s.Tick / 60f;
        s.Walker.Feet.Y.ShouldBe(10f - (0.5f * 9.81f * t * t), 0.1f); // h = ½ g t²

        s.Wait(1.5);
        s.Walker.Feet.Y.ShouldBe(0f);
        s.Walker.Mode.ShouldBe(MovementMode.Walking);
    }

    [Fact]
    public void Jump_PressingSpace_RisesAboutEightyCentimetresAndLands()
    {
        WanderSession s = TestWorld.Flat(2f).Session(5, 5);

        s.Enqueue(InputEvent.Down(s.Tick, WalkKey.Jump));
        float highest = 0;
        for (int i = 0; i < 90; i++)
        {
            s.Step();
            highest = MathF.Max(highest, s.Walker.Feet.Y - 2f);
        }

        highest.ShouldBe(0.8f, 0.05f); // v² / 2g = 16 / 19.6
        s.Walker.Feet.Y.ShouldBe(2f);
        s.Walker.Mode.ShouldBe(MovementMode.Walking);
    }

    [Fact]
    public void Jump_HoldingSpace_JumpsOnceNotOnEveryLanding()
    {
        WanderSession s = TestWorld.Flat().Session(5, 5);

        s.Enqueue(InputEvent.Down(s.Tick, WalkKey.Jump));
        s.Wait(1.0);
        s.Walker.Mode.ShouldBe(MovementMode.Walking);
        s.Wait(0.5);

        s.Walker.Feet.Y.ShouldBe(0f);
    }

    [Fact]
    public void ShallowWater_WalkingThroughIt_WadesMoreSlowlyThanOnLand()
    {
        // Ground 0.8 m below a water surface at 0.
        var wet = new TestWorld((x, z) => -0.8f, (x, z) => 0f);
        WanderSession wading = wet.Session(5, 5);
        WanderSession dry = TestWorld.Flat(-0.8f).Session(5, 5);

        wading.Hold(WalkKey.Forward, 5);
        dry.Hold(WalkKey.Forward, 5);

        float wadeDistance = 5 - wading.Walker.Feet.Z;
        float dryDistance = 5 - dry.Walker.Feet.Z;
        wadeDistance.ShouldBeLessThan(dryDistance * 0.85f);
        wadeDistance.ShouldBeGreaterThan(dryDistance * 0.4f);
        wading.Walker.Mode.ShouldBe(MovementMode.Wading);
        wading.Walker.Feet.Y.ShouldBe(-0.8f);
    }

    [Fact]
    public void DeepWater_WalkingIn_SwimsWithTheEyesAboveTheSurface()
    {
        // A beach sloping 10° down into a lake whose surface is at y = 0; 4 m deep offshore.
        float tan = Slope(10);
        var world = new TestWorld((x, z) => MathF.Max(-4f, 1f - (z < 0 ? -z * tan : 0f)), (x, z) => 0f);
        WanderSession s = world.Session(10, 5);

        s.Hold(WalkKey.Forward, 40);

        s.Walker.Feet.Z.ShouldBeLessThan(-25f); // out over the deep part
        s.Walker.Mode.ShouldBe(MovementMode.Swimming);
        s.Walker.Eye.Y.ShouldBe(1.7f - 1.35f, 0.05f); // eyes 0.35 m above the water
        s.Walker.Feet.Y.ShouldBeGreaterThan(-4f + 1f); // well off the bottom
    }

    [Fact]
    public void DeepWater_SwimmingBackToShore_WalksOutOfTheWater()
    {
        float tan = Slope(10);
        var world = new TestWorld((x, z) => MathF.Max(-4f, 1f - (z < 0 ? -z * tan : 0f)), (x, z) => 0f);
        WanderSession s = world.Session(10, -30, yawDegrees: 180);
        s.Wait(2);
        s.Walker.Mode.ShouldBe(MovementMode.Swimming);

        s.Hold(WalkKey.Forward | WalkKey.Sprint, 30);

        s.Walker.Feet.Z.ShouldBeGreaterThan(0f);
        s.Walker.Mode.ShouldBe(MovementMode.Walking);
        s.Walker.Feet.Y.ShouldBe(1f, 1e-3f);
    }

    [Fact]
    public void Pier_WalkingOffItsEndIntoDeepWater_FallsInAndFloatsUp()
    {
        // A pier deck 0.4 m above deep water from z = −10.2 to 1.2, reached from the shore by a 0.3 m step.
        var world = new TestWorld((x, z) => z > 0 ? 0.1f : -5f, (x, z) => 0f)
            .WithBox(x: 10, z: -4.5f, width: 2, depth: 11.4f, height: 5.4f, baseY: -5f, label: Core.SemanticLabel.Pier);
        WanderSession s = world.Session(10, 3);

        s.Hold(WalkKey.Forward, 4.5);
        s.Walker.Feet.Y.ShouldBe(0.4f, 1e-4f); // on the deck
        s.Walker.Mode.ShouldBe(MovementMode.Walking);

        s.Hold(WalkKey.Forward, 6);
        s.Wait(3);

        s.Walker.Feet.Z.ShouldBeLessThan(-10.2f);
        s.Walker.Mode.ShouldBe(MovementMode.Swimming);
        s.Walker.Feet.Y.ShouldBe(-1.35f, 0.05f);
    }
}
