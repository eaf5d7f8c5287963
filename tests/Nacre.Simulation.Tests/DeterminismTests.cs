using FsCheck;
using FsCheck.Fluent;

namespace Nacre.Simulation.Tests;

public class DeterminismTests
{
    // Rolling ground with a pond, a wall and some trunks: every code path of the walker gets exercised.
    private static TestWorld Varied() =>
        new TestWorld(
                (x, z) => (3f * MathF.Sin(x * 0.11f)) + (2f * MathF.Cos(z * 0.07f)) + (0.5f * MathF.Sin((x + z) * 0.5f)),
                (x, z) => 1.5f)
            .WithBox(20, -10, 12, 0.5f, 3, yawDegrees: 20)
            .WithBox(-8, -30, 0.6f, 0.6f, 9, label: Core.SemanticLabel.Broadleaf)
            .WithBox(5, -45, 0.5f, 0.5f, 9, label: Core.SemanticLabel.Conifer)
            .WithBox(30, -60, 3, 3, 0.35f, label: Core.SemanticLabel.Boulder);

    private const string Walk = """
        0 down W
        1 down Shift
        3 turn 40 over 2
        5 press Space
        6 up Shift
        7 mouse -300 40
        8 down A
        10 up A
        11 down Shift
        12 turn -120 over 3
        14 press Space
        16 look 20 over 1
        17 camera third
        19 down S
        20 up S
        22 up Shift
        24 turn 200 over 4
        30 end
        """;

    private static (float[] Positions, FrameSnapshot[] Frames) Run(Func<Core.ChunkCoord, WorldGen.ChunkData> gen, InputScript script, bool prefetch = true)
    {
        var s = new WanderSession(gen, new System.Numerics.Vector3(0, 0, 0), 0.3f, prefetchChunks: prefetch);
        s.Enqueue(script.Events);
        var positions = new List<float>();
        var frames = new List<FrameSnapshot>();
        while (s.Tick < script.DurationTicks)
        {
            FrameSnapshot f = s.Step();
            positions.Add(s.Walker.Feet.X);
            positions.Add(s.Walker.Feet.Y);
            positions.Add(s.Walker.Feet.Z);
            frames.Add(f);
        }
        return (positions.ToArray(), frames.ToArray());
    }

    [Fact]
    public void SameWorldAndInputs_TwoRuns_GiveIdenticalPositionsAndSnapshots()
    {
        InputScript script = InputScript.Parse(Walk);

        (float[] a, FrameSnapshot[] fa) = Run(Varied().Generate, script);
        (float[] b, FrameSnapshot[] fb) = Run(Varied().Generate, script);

        a.Length.ShouldBe(30 * 60 * 3);
        for (int i = 0; i < a.Length; i++)
        {
            BitConverter.SingleToInt32Bits(a[i]).ShouldBe(BitConverter.SingleToInt32Bits(b[i]), $"coordinate {i} differs");
        }
        for (int i = 0; i < fa.Length; i++)
        {
            fa[i].Tick.ShouldBe(fb[i].Tick);
            fa[i].Camera.ShouldBe(fb[i].Camera); // record equality compares the floats exactly
            fa[i].Avatar.ShouldBe(fb[i].Avatar);
        }
        // The walk went somewhere and used the third-person camera: the comparison was not of two empty runs.
        MathF.Abs(a[^1] - a[2]).ShouldBeGreaterThan(20f);
        fa[^1].Avatar.ShouldNotBeNull();
    }

    [Fact]
    public void ChunksPrefetchedOnOtherThreads_OrGeneratedInline_GiveTheSameWalk()
    {
        InputScript script = InputScript.Parse(Walk);

        (float[] prefetched, _) = Run(Varied().Generate, script, prefetch: true);
        (float[] inline, _) = Run(Varied().Generate, script, prefetch: false);

        inline.ShouldBe(prefetched);
    }

    [Fact]
    public void InputsQueuedTickByTick_InsteadOfUpFront_GiveTheSameWalk()
    {
        // The studio queues each input just before its tick; a script queues them all at once. Same result.
        InputScript script = InputScript.Parse(Walk);
        (float[] upFront, _) = Run(Varied().Generate, script);

        var s = new WanderSession(Varied().Generate, System.Numerics.Vector3.Zero, 0.3f);
        var live = new List<float>();
        int next = 0;
        while (s.Tick < script.DurationTicks)
        {
            while (next < script.Events.Count && script.Events[next].Tick == s.Tick)
            {
                s.Enqueue(script.Events[next++]);
            }
            s.Step();
            live.AddRange([s.Walker.Feet.X, s.Walker.Feet.Y, s.Walker.Feet.Z]);
        }

        live.ShouldBe(upFront);
    }

    [Fact]
    public void StepCount_SteppingToATick_IsIndependentOfHowTheTicksAreDriven()
    {
        InputScript script = InputScript.Parse(Walk);
        var a = new WanderSession(Varied().Generate, System.Numerics.Vector3.Zero, 0.3f);
        var b = new WanderSession(Varied().Generate, System.Numerics.Vector3.Zero, 0.3f);
        a.Enqueue(script.Events);
        b.Enqueue(script.Events);

        a.StepTo(900);
        for (int i = 0; i < 900; i++)
        {
            b.Step();
        }

        a.Walker.Feet.ShouldBe(b.Walker.Feet);
        a.Snapshot.Camera.ShouldBe(b.Snapshot.Camera);
        a.Snapshot.Tick.ShouldBe(900);
    }

    [FsCheck.Xunit.Property(MaxTest = 20)]
    public bool AnyKeySequence_ReplayedTwice_EndsAtTheSameSpot(byte[] keys)
    {
        // Random key sets held for half a second each, with turns: the replay must match to the bit.
        var events = new List<InputEvent>();
        long tick = 0;
        foreach (byte k in keys.Take(24))
        {
            var held = (WalkKey)(k & 0x3F);
            events.Add(InputEvent.Down(tick, held));
            events.Add(InputEvent.Look(tick + 1, (k - 128) * 0.01f, 0));
            events.Add(InputEvent.Up(tick + 30, held));
            tick += 30;
        }
        System.Numerics.Vector3 End()
        {
            var s = new WanderSession(Varied().Generate, System.Numerics.Vector3.Zero, 0f);
            s.Enqueue(events);
            s.StepTo(tick + 60);
            return s.Walker.Feet;
        }
        System.Numerics.Vector3 first = End();
        System.Numerics.Vector3 second = End();
        return BitConverter.SingleToInt32Bits(first.X) == BitConverter.SingleToInt32Bits(second.X)
            && BitConverter.SingleToInt32Bits(first.Y) == BitConverter.SingleToInt32Bits(second.Y)
            && BitConverter.SingleToInt32Bits(first.Z) == BitConverter.SingleToInt32Bits(second.Z);
    }

    [Fact]
    public void Interpolated_HalfwayBetweenTicks_LiesBetweenTheTwoCameras()
    {
        WanderSession s = TestWorld.Flat().Session(0, 0);
        s.Enqueue(InputEvent.Down(s.Tick, WalkKey.Forward | WalkKey.Sprint));
        s.Wait(1);
        CameraPose before = s.Snapshot.Camera;
        s.Step();
        CameraPose after = s.Snapshot.Camera;

        CameraPose half = s.Interpolated(0.5f).Camera;

        half.Position.Z.ShouldBe((before.Position.Z + after.Position.Z) / 2f, 1e-4f);
        s.Interpolated(1f).ShouldBe(s.Snapshot);
    }
}
