using System.Numerics;

namespace Nacre.Simulation.Tests;

public class WalkerMovementTests
{
    [Fact]
    public void Walk_HoldingWForTenSeconds_MovesAboutFourteenMetresNorth()
    {
        WanderSession s = TestWorld.Flat().Session(5, 5);
        Vector3 start = s.Walker.Feet;

        s.Hold(WalkKey.Forward, 10);

        Vector3 moved = s.Walker.Feet - start;
        (-moved.Z).ShouldBe(14f, 0.3f); // north is −Z; a little lost to the first steps and the stop
        moved.X.ShouldBe(0f, 1e-3f);
        s.Walker.Feet.Y.ShouldBe(0f);
    }

    [Fact]
    public void Sprint_HoldingShift_CoversAboutFiveMetresASecond()
    {
        WanderSession s = TestWorld.Flat().Session(5, 5, yawDegrees: 90);
        float startX = s.Walker.Feet.X;

        s.Hold(WalkKey.Forward | WalkKey.Sprint, 4);

        (s.Walker.Feet.X - startX).ShouldBe(20f, 1f); // heading 90° is east, +X
    }

    [Fact]
    public void Strafe_HoldingD_MovesToTheRightOfTheHeading()
    {
        WanderSession s = TestWorld.Flat().Session(5, 5, yawDegrees: 0);
        float startX = s.Walker.Feet.X;

        s.Hold(WalkKey.Right, 2);

        (s.Walker.Feet.X - startX).ShouldBeGreaterThan(2.3f); // facing north, right is east
    }

    [Fact]
    public void Look_MouseMovedFarUp_PitchStopsShortOfStraightUp()
    {
        WanderSession s = TestWorld.Flat().Session(0, 0);

        s.Enqueue(InputEvent.Mouse(s.Tick, 0, -5000)); // 500° upward
        s.Step();

        s.Walker.Pitch.ShouldBe(85f * MathF.PI / 180f, 1e-5f);
        s.Snapshot.Camera.Forward.Y.ShouldBeGreaterThan(0.99f);
    }

    [Fact]
    public void Start_WithAPitch_FirstSnapshotLooksThatWay_AndStandingStillKeepsIt()
    {
        TestWorld world = TestWorld.Flat();
        var s = new WanderSession(world.Generate, new Vector3(0f, 0f, 0f), 0.5f, pitch: -0.12f);

        s.Snapshot.Camera.Pitch.ShouldBe(-0.12f);
        s.Snapshot.Camera.Yaw.ShouldBe(0.5f);
        s.StepTo(120);
        s.Walker.Pitch.ShouldBe(-0.12f);
        s.Snapshot.Camera.Pitch.ShouldBe(-0.12f);
    }

    [Fact]
    public void Start_WithAPitchBeyondTheLimit_IsClampedLikeMouseLook()
    {
        var s = new WanderSession(TestWorld.Flat().Generate, Vector3.Zero, 0f, pitch: 3f);

        s.Walker.Pitch.ShouldBe(85f * MathF.PI / 180f, 1e-5f);
    }

    [Fact]
    public void Look_MouseMovedRight_TurnsTheHeadingClockwise()
    {
        WanderSession s = TestWorld.Flat().Session(0, 0);

        s.Enqueue(InputEvent.Mouse(s.Tick, 900, 0)); // 90° at 0.1°/px
        s.Step();

        s.Walker.Yaw.ShouldBe(MathF.PI / 2f, 1e-4f);
        s.Snapshot.Camera.Forward.X.ShouldBe(1f, 1e-4f); // facing east
    }

    [Fact]
    public void FirstPerson_Camera_IsAtEyeHeightAboveTheGround()
    {
        WanderSession s = new TestWorld((x, z) => 12f).Session(3, 3);

        s.Snapshot.Camera.Position.Y.ShouldBe(13.7f, 1e-4f);
        s.Snapshot.Avatar.ShouldBeNull();
    }

    [Fact]
    public void ThirdPerson_Camera_IsBehindAndAboveTheWalkerAndTheAvatarIsDrawn()
    {
        WanderSession s = TestWorld.Flat().Session(10, 10, yawDegrees: 0);

        s.Enqueue(InputEvent.SetCameraMode(s.Tick, CameraMode.ThirdPerson));
        s.Step();

        CameraPose cam = s.Snapshot.Camera;
        cam.Position.Z.ShouldBeGreaterThan(s.Walker.Feet.Z + 3f); // behind a walker facing north is south, +Z
        cam.Position.Y.ShouldBeGreaterThan(s.Walker.Eye.Y);
        s.Snapshot.Avatar.ShouldNotBeNull();
        s.Snapshot.Avatar!.Value.Position.ShouldBe(s.Walker.Feet);
    }
}
