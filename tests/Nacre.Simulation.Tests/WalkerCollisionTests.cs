using System.Numerics;

namespace Nacre.Simulation.Tests;

public class WalkerCollisionTests
{
    [Fact]
    public void Wall_WalkingStraightIntoIt_StopsTheWalkerAtItsFace()
    {
        // A wall 20 m wide, 0.4 m thick and 3 m high, 10 m north of the walker; its south face is at z = 4.8.
        TestWorld world = TestWorld.Flat().WithBox(x: 10, z: 4.6f, width: 20, depth: 0.4f, height: 3);
        WanderSession s = world.Session(10, 15);

        s.Hold(WalkKey.Forward | WalkKey.Sprint, 6);

        s.Walker.Feet.Z.ShouldBe(4.8f + 0.3f, 0.01f); // the body's 0.3 m radius rests against the face
        s.Walker.Feet.X.ShouldBe(10f, 1e-3f);
    }

    [Fact]
    public void Wall_WalkingIntoItAtAnAngle_SlidesAlongIt()
    {
        TestWorld world = TestWorld.Flat().WithBox(x: 10, z: 4.6f, width: 40, depth: 0.4f, height: 3);
        WanderSession s = world.Session(5, 7, yawDegrees: 45); // north-east, into the wall at 45°

        s.Hold(WalkKey.Forward, 8);

        s.Walker.Feet.Z.ShouldBeGreaterThanOrEqualTo(5.1f - 0.01f); // never through the wall
        s.Walker.Feet.X.ShouldBeGreaterThan(5 + 6f); // kept going east along it: ≈ 1.4·cos 45° m/s for 8 s
    }

    [Fact]
    public void RotatedWall_WalkingIntoIt_StopsTheWalker()
    {
        // A wall turned 30°, crossing the walker's path east.
        TestWorld world = TestWorld.Flat().WithBox(x: 20, z: 10, width: 0.5f, depth: 12, height: 3, yawDegrees: 30);
        WanderSession s = world.Session(10, 10, yawDegrees: 90);

        s.Hold(WalkKey.Forward | WalkKey.Sprint, 6);

        s.Walker.Feet.X.ShouldBeLessThan(20f);
        s.Walker.Feet.X.ShouldBeGreaterThan(18f);
    }

    [Fact]
    public void TreeTrunk_WalkingIntoItsCentre_StopsTheWalker()
    {
        TestWorld world = TestWorld.Flat().WithBox(x: 10, z: 5, width: 0.5f, depth: 0.5f, height: 8, label: Core.SemanticLabel.Conifer);
        WanderSession s = world.Session(10, 12);

        s.Hold(WalkKey.Forward, 8);

        s.Walker.Feet.Z.ShouldBe(5.25f + 0.3f, 0.01f);
    }

    [Fact]
    public void TreeTrunk_WalkingIntoItOffCentre_SlipsPastIt()
    {
        // Aimed 0.4 m east of the trunk's centre: the body glances off and carries on north.
        TestWorld world = TestWorld.Flat().WithBox(x: 10, z: 5, width: 0.5f, depth: 0.5f, height: 8, label: Core.SemanticLabel.Conifer);
        WanderSession s = world.Session(10.4f, 12);

        s.Hold(WalkKey.Forward, 8);

        s.Walker.Feet.Z.ShouldBeLessThan(2f);
    }

    [Fact]
    public void LowRock_WalkingOntoIt_StepsUpAndStandsOnTop()
    {
        TestWorld world = TestWorld.Flat().WithBox(x: 10, z: 5, width: 3, depth: 3, height: 0.3f, label: Core.SemanticLabel.Boulder);
        WanderSession s = world.Session(10, 10);

        s.Hold(WalkKey.Forward, 3.4); // ≈ 4.6 m: onto the middle of the rock

        s.Walker.Feet.Z.ShouldBeInRange(3.6f, 6.4f);
        s.Walker.Feet.Y.ShouldBe(0.3f, 1e-4f);
    }

    [Fact]
    public void TallRock_JumpingOntoIt_LandsOnTop()
    {
        // 0.7 m: too high to step on, low enough to jump on (a jump clears ≈ 0.8 m).
        TestWorld world = TestWorld.Flat().WithBox(x: 10, z: 5, width: 4, depth: 4, height: 0.7f, label: Core.SemanticLabel.Boulder);
        WanderSession s = world.Session(10, 10);

        s.Hold(WalkKey.Forward, 2.5);
        s.Walker.Feet.Z.ShouldBe(7.3f, 0.02f); // blocked at the rock's face
        s.Enqueue(InputEvent.Down(s.Tick, WalkKey.Forward | WalkKey.Jump));
        s.Wait(1.5);

        s.Walker.Feet.Y.ShouldBe(0.7f, 1e-4f);
        s.Walker.Mode.ShouldBe(MovementMode.Walking);
    }

    [Fact]
    public void PierDeck_OneMetreAboveTheShore_IsWalkedOntoByItsSteps()
    {
        TestWorld world = TestWorld.Flat().WithBox(x: 10, z: 0, width: 3, depth: 8, height: 1.0f, label: Core.SemanticLabel.Pier);
        WanderSession s = world.Session(10, 10);

        s.Hold(WalkKey.Forward, 5);

        s.Walker.Feet.Z.ShouldBeInRange(-4f, 4f);
        s.Walker.Feet.Y.ShouldBe(1.0f, 1e-4f);
    }

    [Fact]
    public void WallAsHighAsAPierDeck_IsNotClimbed()
    {
        // The same 1 m box as a wall: no steps, so it blocks.
        TestWorld world = TestWorld.Flat().WithBox(x: 10, z: 0, width: 3, depth: 8, height: 1.0f, label: Core.SemanticLabel.Wall);
        WanderSession s = world.Session(10, 10);

        s.Hold(WalkKey.Forward, 5);

        s.Walker.Feet.Z.ShouldBe(4.3f, 0.01f);
        s.Walker.Feet.Y.ShouldBe(0f);
    }

    [Fact]
    public void Overhead_WalkingUnderAHighBeam_PassesBeneathIt()
    {
        TestWorld world = TestWorld.Flat().WithBox(x: 10, z: 5, width: 6, depth: 1, height: 0.5f, baseY: 2.5f);
        WanderSession s = world.Session(10, 10);

        s.Hold(WalkKey.Forward, 8);

        s.Walker.Feet.Z.ShouldBeLessThan(0f);
    }

    [Fact]
    public void Corridor_WalkingBetweenTwoWalls_StaysBetweenThem()
    {
        TestWorld world = TestWorld.Flat()
            .WithBox(x: 9, z: 0, width: 0.4f, depth: 30, height: 3)
            .WithBox(x: 11, z: 0, width: 0.4f, depth: 30, height: 3);
        WanderSession s = world.Session(10, 12, yawDegrees: -20); // angled into the left wall

        s.Hold(WalkKey.Forward | WalkKey.Sprint, 4);

        s.Walker.Feet.X.ShouldBeInRange(9.2f + 0.3f - 0.01f, 10.8f - 0.3f + 0.01f);
        s.Walker.Feet.Z.ShouldBeLessThan(5f);
    }

    [Fact]
    public void ObjectInANeighbouringChunk_WalkingIntoIt_StillCollides()
    {
        // The wall's anchor is in chunk (0,-1), the walker starts in chunk (0,0).
        TestWorld world = TestWorld.Flat().WithBox(x: 10, z: -0.5f, width: 10, depth: 1, height: 3);
        WanderSession s = world.Session(10, 6);

        s.Hold(WalkKey.Forward, 8);

        s.Walker.Feet.Z.ShouldBe(0.3f, 0.01f);
        Vector3 feet = s.Walker.Feet;
        feet.Y.ShouldBe(0f);
    }
}
