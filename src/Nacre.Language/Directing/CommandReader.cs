using System.Globalization;

namespace Nacre.Language.Directing;

/// <summary>
/// Reads one command line. First strips politeness and lifts out the words that say <i>how</i> (duration, easing,
/// pace, amount, "keep"), then tries each command rule in a fixed order; a rule either declines (restoring the
/// cursor), returns a command that used every token, or — once its head words are recognised — throws a
/// <see cref="DirectingSyntaxException"/> that says what it expected instead.
/// </summary>
internal sealed partial class CommandReader
{
    private readonly string _source;
    private readonly List<string> _t;
    private int _i;

    // Modifiers lifted out of the line before the rules run.
    private float? _seconds;
    private Easing? _easing;
    private float _pace = 1f;       // duration multiplier: slowly 2, quickly 0.4
    private bool _paceSaid;
    private float _magnitude = 1f;  // amount multiplier: a little 1/3, a lot 3
    private bool _instant;
    private bool _keep;

    public CommandReader(string source)
    {
        _source = source.Trim();
        _t = DirectorTokenizer.Tokenize(_source);
    }

    public DirectorCommand Read()
    {
        StripFillers();
        if (_t.Count == 0)
        {
            throw new DirectingSyntaxException("the command is empty: say what to do, e.g. 'dolly in slowly', 'make it night' or 'place a red car next to the cabin'");
        }
        if (_t[0] == "keep" && TryKeepOnly() is { } keep)
        {
            return keep with { Source = _source };
        }
        Rewrite();
        ExtractModifiers();
        if (_t.Count == 0)
        {
            throw new DirectingSyntaxException($"'{_source}' says how but not what: add a move or a change, e.g. 'dolly in {_source}'");
        }
        Func<DirectorCommand?>[] rules =
        [
            ReadSaveCamera, ReadCutToCamera, ReadSensor, ReadLens, ReadOrbit, ReadShotOrAngle, ReadTimeOfDay, ReadSun,
            ReadWind, ReadWeather, ReadMood, ReadHold, ReadCameraMove, ReadLookAt, ReadFollow, ReadGoTo,
            ReadSpawnOrMove, ReadRemove, ReadRecolor, ReadBehaviour,
        ];
        foreach (Func<DirectorCommand?> rule in rules)
        {
            _i = 0;
            DirectorCommand? command = rule();
            if (command is not null)
            {
                ExpectEnd();
                return command with { Source = _source };
            }
        }
        throw Unknown();
    }

    // ---- cursor -------------------------------------------------------------------------------------------

    private bool AtEnd => _i >= _t.Count;

    private string? Peek(int ahead = 0) => _i + ahead < _t.Count ? _t[_i + ahead] : null;

    /// <summary>True if the tokens at the cursor spell one of <paramref name="words"/>: phrases separated by '|', words by spaces.</summary>
    private bool Is(string words) => MatchLength(words) > 0;

    /// <summary>Advances past <paramref name="words"/> if they are next.</summary>
    private bool Accept(string words)
    {
        int n = MatchLength(words);
        _i += n;
        return n > 0;
    }

    /// <summary>Advances past the first of several phrases that matches; returns it or null.</summary>
    private string? AcceptAny(params string[] phrases)
    {
        foreach (string p in phrases)
        {
            if (Accept(p))
            {
                return p;
            }
        }
        return null;
    }

    /// <summary>Length in tokens of the longest of the '|'-separated phrases that matches at the cursor; 0 if none.</summary>
    private int MatchLength(string words)
    {
        int best = 0;
        foreach (string phrase in words.Split('|'))
        {
            string[] parts = phrase.Split(' ');
            if (parts.Length <= best || _i + parts.Length > _t.Count)
            {
                continue;
            }
            bool all = true;
            for (int k = 0; k < parts.Length && all; k++)
            {
                all = string.Equals(_t[_i + k], parts[k], StringComparison.Ordinal);
            }
            if (all)
            {
                best = parts.Length;
            }
        }
        return best;
    }

    private void ExpectEnd()
    {
        if (!AtEnd)
        {
            string rest = string.Join(' ', _t.Skip(_i));
            string? fix = SuggestWord(_t[_i]);
            throw new DirectingSyntaxException(fix is null
                ? $"did not understand '{rest}' at the end of '{_source}'"
                : $"did not understand '{_t[_i]}' in '{_source}' — did you mean '{fix}'?", fix);
        }
    }

    /// <summary>A number as digits or a word ("3", "2.5", "three").</summary>
    private bool AcceptNumber(out float value)
    {
        string? tok = Peek();
        if (tok is not null && DirectorTokenizer.TryNumber(tok, out value))
        {
            _i++;
            return true;
        }
        if (tok is not null && DirectorVocabulary.NumberWords.TryGetValue(tok, out int n))
        {
            _i++;
            value = n;
            return true;
        }
        value = 0f;
        return false;
    }

    /// <summary>"30 degrees", "by 45°", "a quarter turn", "half a turn". Degrees, unsigned.</summary>
    private float? AcceptDegrees()
    {
        int save = _i;
        Accept("by");
        if (AcceptAny("a quarter turn", "quarter turn", "a quarter", "quarter way") is not null)
        {
            return 90f;
        }
        if (AcceptAny("half a turn", "a half turn", "half turn", "halfway", "half way", "halfway around", "half way around") is not null)
        {
            return 180f;
        }
        if (AcceptAny("a full turn", "full turn", "a full circle", "full circle", "all the way around", "all the way round", "once around", "once") is not null)
        {
            return 360f;
        }
        if (Accept("twice"))
        {
            return 720f;
        }
        if (AcceptNumber(out float v))
        {
            if (AcceptAny("degrees", "degree", "deg", "degs") is null && (Is("m|metres|meters|metre|meter|feet|foot|ft|mm|percent")))
            {
                _i = save;
                return null;
            }
            return v;
        }
        _i = save;
        return null;
    }

    /// <summary>"5 m", "by 2 metres", "10 feet". Metres, unsigned.</summary>
    private float? AcceptMetres()
    {
        int save = _i;
        Accept("by");
        if (AcceptNumber(out float v))
        {
            if (AcceptAny("m", "metres", "meters", "metre", "meter") is not null)
            {
                return v;
            }
            if (AcceptAny("feet", "foot", "ft") is not null)
            {
                return v * 0.3048f;
            }
            if (AtEnd || Is("on|toward|towards|to|over|above|and"))
            {
                return v; // a bare number after a travelling move is metres
            }
        }
        _i = save;
        return null;
    }

    /// <summary>Resolves the motion of a change from the lifted modifiers and the command kind's default.</summary>
    private Motion MotionFor(float defaultSeconds, Easing defaultEasing = Easing.EaseInOut, bool cutByDefault = false)
    {
        Easing easing = _easing ?? defaultEasing;
        if (_instant)
        {
            return Motion.Cut;
        }
        if (_seconds is { } s)
        {
            if (s > 600f)
            {
                throw new DirectingSyntaxException($"{s.ToString("0.##", CultureInfo.InvariantCulture)} seconds is too long for one change: at most 600 seconds (10 minutes)");
            }
            return new Motion(s, easing);
        }
        if (cutByDefault && !_paceSaid && _easing is null)
        {
            return Motion.Cut;
        }
        return new Motion(defaultSeconds * _pace, easing);
    }

    private float Scaled(float defaultAmount) => defaultAmount * _magnitude;
}
