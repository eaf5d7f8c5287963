namespace Nacre.Simulation.Tests;

public class InputScriptTests
{
    [Fact]
    public void Parse_KeysMouseAndEnd_GiveEventsAtTheirTicks()
    {
        InputScript script = InputScript.Parse("""
            # walk, then sprint
            0.0 down W
            2.5 down shift   # case does not matter
            3.0 mouse 240 -20
            4 up Shift
            4 up W
            10 end
            """);

        script.DurationTicks.ShouldBe(600);
        script.Events.Count.ShouldBe(5);
        script.Events[0].ShouldBe(InputEvent.Down(0, WalkKey.Forward));
        script.Events[1].ShouldBe(InputEvent.Down(150, WalkKey.Sprint));
        script.Events[2].Tick.ShouldBe(180);
        script.Events[2].YawDelta.ShouldBe(24f * MathF.PI / 180f, 1e-6f); // 0.1° a pixel, right is positive
        script.Events[2].PitchDelta.ShouldBe(2f * MathF.PI / 180f, 1e-6f); // mouse up (−y) looks up
        script.Events[4].ShouldBe(InputEvent.Up(240, WalkKey.Forward));
    }

    [Fact]
    public void Parse_TurnOverSeconds_SpreadsTheTurnEvenlyOverItsTicks()
    {
        InputScript script = InputScript.Parse("1 turn 45 over 1.5\n5 end");

        script.Events.Count.ShouldBe(90);
        script.Events[0].Tick.ShouldBe(60);
        script.Events[^1].Tick.ShouldBe(149);
        script.Events.Sum(e => (double)e.YawDelta).ShouldBe(Math.PI / 4, 1e-5);
    }

    [Fact]
    public void Parse_PressSpace_IsADownAndAnUpOneTickLater()
    {
        InputScript script = InputScript.Parse("2 press Space");

        script.Events.ShouldBe([InputEvent.Down(120, WalkKey.Jump), InputEvent.Up(121, WalkKey.Jump)]);
        script.DurationTicks.ShouldBe(121 + 60); // no end line: one second after the last event
    }

    [Fact]
    public void Parse_TurnScript_TurnsTheWalkerByThatMuch()
    {
        InputScript script = InputScript.Parse("0 turn 90 over 1\n0.5 look -30\n2 end");
        WanderSession s = TestWorld.Flat().Session(0, 0);
        s.Enqueue(script.Events.Select(e => e with { Tick = e.Tick + s.Tick }));

        s.Wait(2);

        s.Walker.Yaw.ShouldBe(MathF.PI / 2, 1e-4f);
        s.Walker.Pitch.ShouldBe(-MathF.PI / 6, 1e-5f);
    }

    [Theory]
    [InlineData("0 down W\n1 down Q", 2, "unknown key 'Q'")]
    [InlineData("0 down W\n\n# fine\nsoon down W", 4, "'soon' is not a time")]
    [InlineData("0 down W\n3 up W\n2 down S", 3, "earlier than the line before")]
    [InlineData("0 jog W", 1, "unknown action 'jog'")]
    [InlineData("0 mouse 10", 1, "expected mouse DX DY")]
    [InlineData("0 mouse ten 5", 1, "'ten' is not a number")]
    [InlineData("0 turn 45 during 2", 1, "expected turn DEGREES")]
    [InlineData("0 camera sideways", 1, "unknown camera 'sideways'")]
    [InlineData("0 down W\n5 end\n6 up W", 3, "after the 'end' line")]
    [InlineData("0 down", 1, "expected down KEY")]
    [InlineData("-1 down W", 1, "is not a time")]
    [InlineData("99999 end", 1, "past the longest script")]
    [InlineData("0.5", 1, "expected an action")]
    [InlineData("# only a comment\n", 2, "no events")]
    public void Parse_BadLine_NamesTheLineAndWhatIsExpected(string text, int line, string problem)
    {
        InputScriptException e = Should.Throw<InputScriptException>(() => InputScript.Parse(text));

        e.LineNumber.ShouldBe(line);
        e.Message.ShouldStartWith($"line {line}: ");
        e.Message.ShouldContain(problem);
    }

    [Fact]
    public void ExampleWalk_InTheDocs_ParsesAndLastsAtLeastAMinute()
    {
        string path = Path.Combine(RepositoryRoot(), "docs", "examples", "walk.txt");

        InputScript script = InputScript.Load(path);

        script.DurationSeconds.ShouldBeGreaterThanOrEqualTo(60);
        script.Events.ShouldContain(e => e.Kind == InputEventKind.KeyDown && e.Key == WalkKey.Sprint);
        script.Events.ShouldContain(e => e.Kind == InputEventKind.KeyDown && e.Key == WalkKey.Jump);
        script.Events.ShouldContain(e => e.Kind == InputEventKind.Look && e.YawDelta != 0);
    }

    private static string RepositoryRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Nacre.slnx")))
        {
            dir = Path.GetDirectoryName(dir);
        }
        return dir ?? throw new DirectoryNotFoundException("Nacre.slnx not found above the test binaries");
    }
}
