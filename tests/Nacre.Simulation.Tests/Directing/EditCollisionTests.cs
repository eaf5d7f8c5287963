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
