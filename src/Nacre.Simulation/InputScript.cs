using System.Globalization;

namespace Nacre.Simulation;

/// <summary>
/// A scripted walk: timed key and mouse events, one per line, read from text (see docs/wandering.md).
/// <code>
/// # comment
/// 0.0  down W          # hold W (walk forward)
/// 2.5  down Shift      # sprint
/// 4.0  up Shift
/// 5.0  turn 45 over 1.5   # turn right 45° spread over 1.5 s
/// 6.0  mouse 240 -20   # pointer-lock pixel deltas: right 24°, up 2°
/// 7.0  press Space     # jump
/// 9.0  look -10        # pitch down 10°
/// 10.0 camera third
/// 12.0 up W
/// 12.0 end
/// </code>
/// Parsing is strict: a line that cannot be read stops everything with an <see cref="InputScriptException"/>.
/// </summary>
public sealed class InputScript
{
    /// <summary>Longest script accepted, seconds (one hour): a longer time is almost surely a typo.</summary>
    public const double MaxSeconds = 3600;

    private const string Keys = "W, A, S, D, Shift or Space";

    private const string Actions = "down KEY, up KEY, press KEY, mouse DX DY, turn DEGREES [over SECONDS], look DEGREES [over SECONDS], camera first|third, or end";

    private InputScript(IReadOnlyList<InputEvent> events, long durationTicks)
    {
        Events = events;
        DurationTicks = durationTicks;
    }

    /// <summary>The events in tick order (a turn "over" a time is spread over one look event per tick).</summary>
    public IReadOnlyList<InputEvent> Events { get; }

    /// <summary>
    /// How long the walk lasts, ticks: the time of the <c>end</c> line, or one second after the last event when there
    /// is none.
    /// </summary>
    public long DurationTicks { get; }

    public double DurationSeconds => Ticks.ToSeconds(DurationTicks);

    /// <summary>Reads a script file. Errors carry the line number.</summary>
    public static InputScript Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Reads script text. Throws <see cref="InputScriptException"/> naming the first bad line.</summary>
    public static InputScript Parse(string text, float mouseDegreesPerPixel = WalkerSettings.DefaultMouseDegreesPerPixel)
    {
        ArgumentNullException.ThrowIfNull(text);
        var events = new List<InputEvent>();
        double previous = 0;
        long? endTick = null;
        int lineNumber = 0;
        foreach (string rawLine in text.Split('\n'))
        {
            lineNumber++;
            int hash = rawLine.IndexOf('#', StringComparison.Ordinal);
            string line = (hash >= 0 ? rawLine[..hash] : rawLine).Trim();
            if (line.Length == 0)
            {
                continue;
            }
            string[] words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (endTick is not null)
            {
                throw new InputScriptException(lineNumber, $"'{line}' comes after the 'end' line: 'end' must be the last line");
            }
            double seconds = ParseTime(words[0], lineNumber);
            if (seconds < previous)
            {
                throw new InputScriptException(lineNumber, $"time {words[0]} is earlier than the line before ({previous.ToString(CultureInfo.InvariantCulture)} s): lines must be in time order");
            }
            previous = seconds;
            long tick = Ticks.FromSeconds(seconds);
            if (words.Length < 2)
            {
                throw new InputScriptException(lineNumber, $"nothing happens at {words[0]} s: expected an action after the time — {Actions}");
            }
            string action = words[1].ToLowerInvariant();
            ReadOnlySpan<string> args = words.AsSpan(2);
            switch (action)
            {
                case "down":
                    events.Add(InputEvent.Down(tick, ParseKey(args, lineNumber, action)));
                    break;
                case "up":
                    events.Add(InputEvent.Up(tick, ParseKey(args, lineNumber, action)));
                    break;
                case "press":
                    WalkKey pressed = ParseKey(args, lineNumber, action);
                    events.Add(InputEvent.Down(tick, pressed));
                    events.Add(InputEvent.Up(tick + 1, pressed));
                    break;
                case "mouse":
                    ExpectCount(args, 2, lineNumber, "mouse DX DY (pixel deltas, x right and y down, e.g. 'mouse 240 -20')");
                    events.Add(InputEvent.Mouse(
                        tick,
                        ParseNumber(args[0], lineNumber, "the mouse's x movement in pixels"),
                        ParseNumber(args[1], lineNumber, "the mouse's y movement in pixels"),
                        mouseDegreesPerPixel));
                    break;
                case "turn":
                case "look":
                    AddLook(events, tick, action == "turn", args, lineNumber);
                    break;
                case "camera":
                    ExpectCount(args, 1, lineNumber, "camera first or camera third");
                    CameraMode mode = args[0].ToLowerInvariant() switch
                    {
                        "first" => CameraMode.FirstPerson,
                        "third" => CameraMode.ThirdPerson,
                        _ => throw new InputScriptException(lineNumber, $"unknown camera '{args[0]}': expected 'camera first' or 'camera third'"),
                    };
                    events.Add(InputEvent.SetCameraMode(tick, mode));
                    break;
                case "end":
                    ExpectCount(args, 0, lineNumber, "end with nothing after it, e.g. '60 end'");
                    endTick = tick;
                    break;
                default:
                    throw new InputScriptException(lineNumber, $"unknown action '{words[1]}': expected {Actions}");
            }
        }
        if (endTick is null && events.Count == 0)
        {
            throw new InputScriptException(Math.Max(lineNumber, 1), "the script has no events: expected lines like '0 down W' and '10 end'");
        }
        long lastEvent = events.Count == 0 ? 0 : events.Max(e => e.Tick);
        long duration = endTick ?? (lastEvent + Ticks.PerSecond);
        return new InputScript(events.OrderBy(e => e.Tick).ToArray(), duration);
    }

    private static void AddLook(List<InputEvent> events, long tick, bool isTurn, ReadOnlySpan<string> args, int lineNumber)
    {
        string usage = isTurn
            ? "turn DEGREES [over SECONDS] (positive turns right, e.g. 'turn -90 over 2')"
            : "look DEGREES [over SECONDS] (positive looks up, e.g. 'look -15 over 0.5')";
        if (args.Length != 1 && !(args.Length == 3 && args[1].Equals("over", StringComparison.OrdinalIgnoreCase)))
        {
            throw new InputScriptException(lineNumber, $"expected {usage}");
        }
        float degrees = ParseNumber(args[0], lineNumber, isTurn ? "degrees to turn" : "degrees to look up");
        long spread = 1;
        if (args.Length == 3)
        {
            double over = ParseTime(args[2], lineNumber);
            spread = Math.Max(1, Ticks.FromSeconds(over));
        }
        // Spread the turn evenly over the ticks it takes, as a steady hand on a mouse would.
        float perTick = degrees * (MathF.PI / 180f) / spread;
        for (long i = 0; i < spread; i++)
        {
            events.Add(isTurn ? InputEvent.Look(tick + i, perTick, 0f) : InputEvent.Look(tick + i, 0f, perTick));
        }
    }

    private static WalkKey ParseKey(ReadOnlySpan<string> args, int lineNumber, string action)
    {
        ExpectCount(args, 1, lineNumber, $"{action} KEY with KEY one of {Keys}, e.g. '{action} W'");
        return args[0].ToLowerInvariant() switch
        {
            "w" or "forward" => WalkKey.Forward,
            "s" or "back" => WalkKey.Back,
            "a" or "left" => WalkKey.Left,
            "d" or "right" => WalkKey.Right,
            "shift" or "sprint" => WalkKey.Sprint,
            "space" or "jump" => WalkKey.Jump,
            _ => throw new InputScriptException(lineNumber, $"unknown key '{args[0]}': expected {Keys}"),
        };
    }

    private static void ExpectCount(ReadOnlySpan<string> args, int count, int lineNumber, string usage)
    {
        if (args.Length != count)
        {
            throw new InputScriptException(lineNumber, $"expected {usage}");
        }
    }

    private static double ParseTime(string text, int lineNumber)
    {
        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double seconds) || !double.IsFinite(seconds))
        {
            throw new InputScriptException(lineNumber, $"'{text}' is not a time: expected seconds as a number ≥ 0, e.g. '2.5'");
        }
        if (seconds > MaxSeconds)
        {
            throw new InputScriptException(lineNumber, $"time {text} s is past the longest script ({MaxSeconds} s)");
        }
        return seconds;
    }

    private static float ParseNumber(string text, int lineNumber, string what)
    {
        if (!float.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out float value) || !float.IsFinite(value))
        {
            throw new InputScriptException(lineNumber, $"'{text}' is not a number: expected {what}, e.g. 45 or -12.5");
        }
        return value;
    }
}
