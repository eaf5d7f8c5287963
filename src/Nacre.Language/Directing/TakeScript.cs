using System.Globalization;
using System.Text.RegularExpressions;

namespace Nacre.Language.Directing;

/// <summary>
/// A take in script form: one director command a line, each with its start time, e.g.
/// <code>
/// @0s   wide shot of the cabin
/// @2.5s dolly in slowly over 3 seconds
/// @6s   make it night over 2 seconds
/// @10s  end
/// </code>
/// Times are seconds ("@2.5s", "@2.5") or minutes:seconds ("@1:05"); they must not go backwards. Blank lines and
/// lines starting with '#' are ignored. "@Ns end" sets the take's length; without it the take ends
/// <see cref="DefaultTailSeconds"/> after the last command finishes.
/// </summary>
public sealed partial record TakeScript(IReadOnlyList<TakeCue> Cues, double? EndSeconds)
{
    /// <summary>Longest take a script may describe, seconds.</summary>
    public const double MaxSeconds = 600;

    /// <summary>Seconds a take runs on after its last command has finished, when no "end" line says otherwise.</summary>
    public const double DefaultTailSeconds = 1.5;

    /// <summary>The take's length in seconds: the "end" line, or the last command's end plus <see cref="DefaultTailSeconds"/>.</summary>
    public double DurationSeconds => EndSeconds ?? Math.Min(MaxSeconds, Cues.Count == 0 ? DefaultTailSeconds
        : Cues.Max(c => c.StartSeconds + MotionSeconds(c.Command)) + DefaultTailSeconds);

    /// <summary>Parses and validates every line; all errors are reported, each with its line number.</summary>
    public static TakeScriptParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cues = new List<TakeCue>();
        var errors = new List<TakeScriptError>();
        double? end = null;
        double last = 0;
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int n = 1; n <= lines.Length; n++)
        {
            string line = lines[n - 1].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            Match m = CueLine().Match(line);
            if (!m.Success)
            {
                errors.Add(line.StartsWith('@')
                    ? new TakeScriptError(n, $"'{line}' has no valid start time: write '@<seconds>s <command>', e.g. '@2.5s dolly in slowly'")
                    : new TakeScriptError(n, $"'{line}' has no start time: begin the line with '@<seconds>s', e.g. '@0s {line}'", $"@{Format(last)}s {line}"));
                continue;
            }
            double seconds = m.Groups["min"].Success
                ? (int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture) * 60) + double.Parse(m.Groups["sec"].Value, CultureInfo.InvariantCulture)
                : double.Parse(m.Groups["t"].Value, CultureInfo.InvariantCulture);
            string body = m.Groups["cmd"].Value.Trim();
            if (seconds > MaxSeconds)
            {
                errors.Add(new TakeScriptError(n, $"@{Format(seconds)}s is past the longest take ({MaxSeconds:0} seconds)"));
                continue;
            }
            if (seconds < last)
            {
                errors.Add(new TakeScriptError(n, $"@{Format(seconds)}s comes before the previous line's @{Format(last)}s: lines must be in time order"));
                continue;
            }
            last = seconds;
            if (body.Length == 0)
            {
                errors.Add(new TakeScriptError(n, $"@{Format(seconds)}s has no command: e.g. '@{Format(seconds)}s dolly in slowly'"));
                continue;
            }
            if (body.ToLowerInvariant().TrimEnd('.', '!') is "end" or "end take" or "end of take" or "end of the take" or "cut" or "and cut" or "the end" or "fin" or "wrap" or "that's a wrap" or "thats a wrap")
            {
                end = seconds;
                continue;
            }
            DirectorParseResult parsed = DirectorParser.Parse(body);
            if (!parsed.IsSuccess)
            {
                errors.Add(new TakeScriptError(n, parsed.Error.Message, parsed.Error.Suggestion is { } s ? $"@{Format(seconds)}s {s}" : null));
                continue;
            }
            if (end is not null)
            {
                errors.Add(new TakeScriptError(n, $"'{body}' comes after the take's end at @{Format(end.Value)}s: move the 'end' line to the bottom"));
                continue;
            }
            cues.Add(new TakeCue(n, seconds, parsed.Command));
        }
        if (errors.Count == 0 && cues.Count == 0)
        {
            errors.Add(new TakeScriptError(1, "the script has no commands: write one a line, e.g. '@0s wide shot of the cabin'"));
        }
        return errors.Count > 0 ? new TakeScriptParseResult(null, errors) : new TakeScriptParseResult(new TakeScript(cues, end), errors);
    }

    /// <summary>How long a command's own transition lasts, seconds (0 for instant ones).</summary>
    public static double MotionSeconds(DirectorCommand command) => command switch
    {
        CameraMoveCommand c => c.Motion.Seconds,
        OrbitCommand c => c.Motion.Seconds,
        LensCommand c => c.Motion.Seconds,
        ZoomCommand c => c.Motion.Seconds,
        ShotCommand c => c.Motion.Seconds,
        AngleCommand c => c.Motion.Seconds,
        LookAtCommand c => c.Motion.Seconds,
        GoToCommand c => c.Motion.Seconds,
        CutToCameraCommand c => c.Motion.Seconds,
        TimeOfDayCommand c => c.Motion.Seconds,
        SunDirectionCommand c => c.Motion.Seconds,
        WeatherCommand c => c.Motion.Seconds,
        WindCommand c => c.Motion.Seconds,
        SpawnCommand { Behaviour: not null } => 4,
        BehaviourCommand => 4,
        _ => 0,
    };

    private static string Format(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^@\s*(?:(?<min>\d+):(?<sec>\d{1,2}(?:\.\d+)?)|(?<t>\d+(?:\.\d+)?|\.\d+))\s*(?:s|sec|secs|seconds?)?(?=\s|$)(?<cmd>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CueLine();
}
