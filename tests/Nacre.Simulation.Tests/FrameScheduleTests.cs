namespace Nacre.Simulation.Tests;

public class FrameScheduleTests
{
    [Fact]
    public void At30Fps_EveryFrameIsTwoTicksOnWithNoBlending()
    {
        var s = new FrameSchedule(30);

        s.At(0).ShouldBe((0L, 1f));
        s.At(1).ShouldBe((2L, 1f));
        s.At(1799).ShouldBe((3598L, 1f));
        s.FrameCount(60 * 60).ShouldBe(1800);
    }

    [Fact]
    public void At24Fps_OddFramesFallHalfwayBetweenTicks()
    {
        var s = new FrameSchedule(24);

        s.At(1).ShouldBe((3L, 0.5f)); // 2.5 ticks: half-way from tick 2 to tick 3
        s.At(2).ShouldBe((5L, 1f));
        s.FrameCount(70 * 60).ShouldBe(70 * 24);
    }

    [Fact]
    public void At25Fps_FramesKeepExactTime()
    {
        var s = new FrameSchedule(25);

        s.At(1).Tick.ShouldBe(3L); // 2.4 ticks
        s.At(1).Alpha.ShouldBe(0.4f, 1e-6f);
        s.At(25).ShouldBe((60L, 1f)); // one second on, exactly
    }
}
