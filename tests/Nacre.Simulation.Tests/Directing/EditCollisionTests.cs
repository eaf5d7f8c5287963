using System.Numerics;
using Nacre.Core;
using Nacre.WorldGen;
using static Nacre.Simulation.Tests.Directing.DirectingTestWorld;

namespace Nacre.Simulation.Tests.Directing;

/// <summary>The world's edits are solid for the walker: a placed car blocks the way, a removed truck no longer does.</summary>
public class EditCollisionTests
{
    private static float WalkNorth(Vector3 from, IReadOnlyList<PlacedObject> placed, IReadOnlySet<ulong> hidden)
    {
        var session = new WanderSession(Generate, from, 0f, prefetchChunks: false);
        session.World.SetEdits(placed, hidden);
        session.Enqueue(InputEvent.Down(0, WalkKey.Forward));
        session.StepTo(12 * Ticks.PerSecond);
        return session.Walker.Feet.Z;
    }

    [Fact]
    public void RemovedTruck_NoLongerBlocks_AndAPlacedCarDoes()
    {
        // The truck on the road spans z 26.5 … 33.5.
        WalkNorth(new Vector3(0f, 0f, 40f), [], new HashSet<ulong>()).ShouldBeGreaterThan(33.5f, "the generated truck stops the walker");
        WalkNorth(new Vector3(0f, 0f, 40f), [], new HashSet<ulong> { TruckId }).ShouldBeLessThan(26f, "a removed truck is not there to bump into");

        var car = new PlacedObject(77, SemanticLabel.Car, new Vector3(20f, 0f, 0f), 0f, 1f, new Rgb(200, 20, 20), new Vector3(0.95f, 0.75f, 2.2f), 0, MaterialKind.Unspecified);
        WalkNorth(new Vector3(20f, 0f, 10f), [], new HashSet<ulong>()).ShouldBeLessThan(-2.2f, "open meadow without the car");
        WalkNorth(new Vector3(20f, 0f, 10f), [car], new HashSet<ulong>()).ShouldBeGreaterThan(2.2f, "the placed car stops the walker");
    }
}

/// <summary>The third-person camera never films from inside a solid: its boom pulls in at the first wall.</summary>
public class ThirdPersonBoomTests
{
    [Fact]
    public void ATruckBehindTheWalker_PullsTheCameraInFrontOfIt()
    {
        // The truck on the road spans z 26.5 … 33.5 and stands 3 m tall; the walker faces north with it behind.
        var s = new WanderSession(Generate, new Vector3(0f, 0f, 25f), 0f, prefetchChunks: false);
        s.Enqueue(InputEvent.SetCameraMode(s.Tick, CameraMode.ThirdPerson));
        s.Step();
        Vector3 cam = s.Snapshot.Camera.Position;
        (cam.Z > 26.5f && MathF.Abs(cam.X) < 1.25f && cam.Y < 3f).ShouldBeFalse($"the camera is inside the truck at {cam}");
        cam.Z.ShouldBeGreaterThan(s.Walker.Feet.Z, "still behind the walker");

        // In the open it stands at its full distance.
        var open = new WanderSession(Generate, new Vector3(20f, 0f, 0f), 0f, prefetchChunks: false);
        open.Enqueue(InputEvent.SetCameraMode(open.Tick, CameraMode.ThirdPerson));
        open.Step();
        open.Snapshot.Camera.Position.Z.ShouldBeGreaterThan(open.Walker.Feet.Z + 3f);
    }
}
