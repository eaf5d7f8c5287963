namespace Nacre.Language.Directing;

// Film-set phrasings said as a whole, rewritten to the grammar's own words before the rules run; and the wind.
internal sealed partial class CommandReader
{
    /// <summary>Whole-line phrasings and their equivalent in the grammar.</summary>
    private static readonly Dictionary<string, string> WholeLines = new(StringComparer.Ordinal)
    {
        ["turn around"] = "pan right 180 degrees",
        ["turn the camera around"] = "pan right 180 degrees",
        ["spin around"] = "pan right 360 degrees",
        ["look behind"] = "pan right 180 degrees",
        ["look behind you"] = "pan right 180 degrees",
        ["look up"] = "tilt up 30 degrees",
        ["look up at the sky"] = "tilt up 40 degrees",
        ["look at the sky"] = "tilt up 40 degrees",
        ["tilt up to the sky"] = "tilt up 40 degrees",
        ["look down"] = "tilt down 30 degrees",
        ["look down at the ground"] = "tilt down 40 degrees",
        ["look at the ground"] = "tilt down 40 degrees",
        ["look straight ahead"] = "eye level",
        ["look ahead"] = "eye level",
        ["camera up"] = "pedestal up",
        ["camera down"] = "pedestal down",
        ["whip pan left"] = "pan left 90 degrees in 0.3 seconds",
        ["whip pan right"] = "pan right 90 degrees in 0.3 seconds",
        ["whip pan"] = "pan right 90 degrees in 0.3 seconds",
        ["telephoto"] = "lens 135 mm",
        ["telephoto lens"] = "lens 135 mm",
        ["a telephoto lens"] = "lens 135 mm",
        ["switch to telephoto"] = "lens 135 mm",
        ["use a telephoto lens"] = "lens 135 mm",
        ["fisheye"] = "lens 12 mm",
        ["fisheye lens"] = "lens 12 mm",
        ["a fisheye lens"] = "lens 12 mm",
        ["reverse angle"] = "orbit left 180 degrees",
        ["reverse shot"] = "orbit left 180 degrees",
        ["the reverse"] = "orbit left 180 degrees",
        ["moonlight"] = "make it night",
        ["moonlit"] = "make it night",
        ["the snow stops"] = "stop the snow",
        ["snow stops"] = "stop the snow",
        ["the fog clears"] = "the fog lifts",
        ["the storm stops"] = "the storm passes",
    };

    /// <summary>Line openings said on set and the grammar's own opening ("hold on the cabin" → "look at the cabin").</summary>
    private static readonly (string Phrase, string Replacement)[] Openings =
    [
        ("hold on", "look at"),
        ("stay on", "look at"),
        ("rack focus to", "focus on"),
        ("rack focus on", "focus on"),
        ("pull focus to", "focus on"),
        ("pan across to", "pan to"),
        ("pan across", "pan to"),
        ("pull back to reveal", "wide shot of"),
        ("pull out to reveal", "wide shot of"),
        ("dolly back to reveal", "wide shot of"),
        ("dolly out to reveal", "wide shot of"),
        ("crane up to reveal", "high angle wide shot of"),
        ("reveal", "wide shot of"),
        ("drone shot over", "aerial shot of"),
        ("drone shot of", "aerial shot of"),
    ];

    /// <summary>Shot names a script supervisor writes that the grammar spells another way (two shot → medium shot).</summary>
    private static readonly (string Phrase, string Replacement)[] ShotPhrases =
    [
        ("over the shoulder shot of", "medium close up of"),
        ("over the shoulder shot on", "medium close up of"),
        ("over the shoulder of", "medium close up of"),
        ("over the shoulder on", "medium close up of"),
        ("ots of", "medium close up of"),
        ("two shot of", "medium shot of"),
        ("2 shot of", "medium shot of"),
        ("two shot on", "medium shot of"),
        ("group shot of", "wide shot of"),
        ("master shot of", "wide shot of"),
        ("insert shot of", "extreme close up of"),
        ("insert of", "extreme close up of"),
    ];

    private static readonly HashSet<string> BodyParts = new(StringComparer.Ordinal)
    {
        "face", "faces", "head", "heads", "eyes", "eye", "hands", "hand", "feet", "shoulders", "back", "profile",
    };

    /// <summary>
    /// Rewrites whole-line phrasings ("turn around" → "pan right 180 degrees"), shot names ("two shot of the deer" →
    /// "medium shot of the deer") and a possessive body part after a subject ("the person's face" → "the person"),
    /// and refuses editing effects ("fade to black") with what to do instead.
    /// </summary>
    private void Rewrite()
    {
        string line = string.Join(' ', _t);
        if (line is "cut to black" or "fade to black" or "fade out" or "fade in" or "fade from black" or "dissolve" or "cross dissolve"
            or "fade to white" or "smash cut" or "jump cut")
        {
            throw new DirectingSyntaxException(
                $"'{line}' is an edit, not something the camera sees: Nacre renders the take; put fades and cuts in your editor (for darkness on screen, try 'make it night')");
        }
        if (WholeLines.TryGetValue(line, out string? whole))
        {
            Replace(0, _t.Count, whole);
            return;
        }
        _i = 0;
        foreach ((string phrase, string replacement) in Openings)
        {
            if (MatchLength(phrase) is var n and > 0 && n == phrase.Split(' ').Length && n < _t.Count)
            {
                Replace(0, n, replacement);
                break;
            }
        }
        // "shoot it on a 50", "on a 35": a lens by its focal length.
        _i = 0;
        int lead = MatchLength("shoot it on a|shoot on a|shoot this on a|shoot it on|put it on a|on a");
        if (lead > 0 && _t.Count == lead + 1 && DirectorTokenizer.TryNumber(_t[lead], out _))
        {
            Replace(0, lead, "lens");
            _t.Add("mm");
        }
        // "the top of the lighthouse", "the base of the tower": the thing itself (a tilt or look frames it).
        for (int at = 0; at + 3 < _t.Count; at++)
        {
            if (_t[at] == "the" && _t[at + 1] is "top" or "bottom" or "base" or "foot" or "roof" or "side" or "front" or "door" or "entrance" && _t[at + 2] == "of")
            {
                _t.RemoveRange(at, 3);
                break;
            }
        }
        // "a car passes by": past the camera.
        if (_t.Count >= 3 && _t[^1] == "by" && _t[^2] is "passes" or "pass" or "goes" or "drives" or "drive" or "walks" or "walk" or "runs" or "run" or "rides")
        {
            string verb = _t[^2] is "walks" or "walk" or "runs" or "run" ? _t[^2] : "drives";
            _t.RemoveRange(_t.Count - 2, 2);
            _t.AddRange([verb, "past", "the", "camera"]);
        }
        // "keep the deer in frame": follow it.
        if (_t.Count >= 4 && _t[0] == "keep" && _t[^2] == "in" && _t[^1] is "frame" or "shot" or "view" or "the frame" or "sight")
        {
            _t[0] = "follow";
            _t.RemoveRange(_t.Count - 2, 2);
        }
        for (int at = 0; at < _t.Count; at++)
        {
            _i = at;
            foreach ((string phrase, string replacement) in ShotPhrases)
            {
                if (MatchLength(phrase) is var n and > 0 && n == phrase.Split(' ').Length)
                {
                    Replace(at, n, replacement);
                    break;
                }
            }
        }
        // "close up on the person's face": apostrophes vanish in tokens ("persons"), so drop the body part and the s.
        if (_t.Count >= 3 && BodyParts.Contains(_t[^1]) && _t[^2].EndsWith('s') && DirectorVocabulary.Singular(_t[^2]) is { } singular
            && _t[^3] is "the" or "a" or "this" or "that")
        {
            _t[^2] = singular;
            _t.RemoveAt(_t.Count - 1);
        }
        _i = 0;
    }

    private void Replace(int at, int count, string replacement)
    {
        _t.RemoveRange(at, count);
        _t.InsertRange(at, replacement.Split(' '));
    }

    /// <summary>Wind strengths by phrase: 0.2 still air … 1 the everyday breeze … 4.5 a gale.</summary>
    private static readonly (string Phrase, float Strength)[] WindPhrases =
    [
        ("gale force winds", 4.5f), ("gale force wind", 4.5f), ("hurricane winds", 4.5f), ("very windy", 4f), ("extremely windy", 4.5f),
        ("strong winds", 3f), ("a strong wind", 3f), ("strong wind", 3f), ("high winds", 3.5f), ("a high wind", 3.5f), ("heavy wind", 3f),
        ("windy", 2.5f), ("blustery", 3f), ("gusty", 2.5f), ("a wind", 2f), ("wind", 2f), ("some wind", 2f), ("more wind", 2.5f),
        ("stronger wind", 3f), ("a breeze", 1.2f), ("a light breeze", 1f), ("a gentle breeze", 1f), ("light wind", 1f),
        ("a light wind", 1f), ("breezy", 1.5f), ("a stiff breeze", 2f), ("less wind", 0.6f), ("no wind", 0.2f),
        ("still air", 0.2f), ("windless", 0.2f), ("calm wind", 0.3f), ("calm winds", 0.3f),
    ];

    /// <summary>"make it windy", "a strong wind", "the wind picks up", "the wind dies down", "a gust of wind".</summary>
    private DirectorCommand? ReadWind()
    {
        if (AcceptAny("a sudden gust of wind", "a sudden gust", "a strong gust of wind", "a strong gust", "a gust of wind", "gust of wind",
                "a wind gust", "wind gust", "a gust", "gust", "the wind gusts", "wind gusts", "a blast of wind", "a gust blows") is { } gust)
        {
            AcceptAny("blows through the trees", "through the trees", "blows through", "blows", "sweeps through the trees", "in the trees", "comes", "hits");
            float peak = gust.Contains("strong", StringComparison.Ordinal) ? 4.5f : 3.5f;
            return AtEnd ? new WindCommand(peak * _magnitude, MotionFor(3f), Gust: true) : null;
        }
        _i = 0;
        if (AcceptAny("the wind picks up", "wind picks up", "the wind rises", "the wind gets stronger", "the wind grows stronger",
                "the wind builds", "the wind strengthens", "the wind comes up", "the wind blows", "the wind is blowing", "wind blows") is not null)
        {
            return AtEnd || AcceptTrees() ? new WindCommand(2.5f * _magnitude, MotionFor(4f)) : null;
        }
        if (AcceptAny("the wind dies down", "wind dies down", "the wind drops", "the wind calms", "the wind calms down", "the wind stops",
                "stop the wind", "the wind eases", "the wind fades", "the wind settles", "no more wind") is not null)
        {
            return AtEnd ? new WindCommand(0.3f, MotionFor(4f)) : null;
        }
        _i = 0;
        bool committed = AcceptAny("set the wind to", "set wind to", "wind to", "wind strength", "the wind is", "make the wind") is not null;
        if (!committed)
        {
            AcceptAny("make it", "it gets", "it is getting", "it is", "its", "there is", "add", "bring in", "bring", "give me", "let it be");
        }
        Accept("to|:|=");
        foreach ((string phrase, float strength) in WindPhrases)
        {
            int save = _i;
            if (Accept(phrase))
            {
                AcceptTrees();
                if (AtEnd)
                {
                    return new WindCommand(strength, MotionFor(4f));
                }
                _i = save;
            }
        }
        if (committed)
        {
            if (AcceptNumber(out float n) && AtEnd)
            {
                return n is >= 0f and <= 5f
                    ? new WindCommand(n, MotionFor(4f))
                    : throw new DirectingSyntaxException($"wind {n:0.##} is out of range: 0 (still) to 5 (a gale), 1 is the everyday breeze", "set the wind to 2.5");
            }
            throw new DirectingSyntaxException("say how windy: 'windy', 'a strong wind', 'a light breeze', 'no wind' or a number from 0 to 5", "make it windy");
        }
        return null;
    }

    private bool AcceptTrees() =>
        AcceptAny("in the trees", "through the trees", "through the forest", "across the meadow", "over the lake", "outside") is not null || AtEnd;
}
