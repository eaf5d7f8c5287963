namespace Nacre.Language.Directing;

// Politeness, the words that say how (duration, easing, pace, amount, keep), and the fallback error.
internal sealed partial class CommandReader
{
    private static readonly string[] LeadingFillers =
    [
        "please", "now", "then", "and then", "and", "ok", "okay", "so", "next", "lets", "let us", "can you", "could you",
        "would you", "i want you to", "i want to", "i want", "id like to", "id like", "i would like to", "i would like",
        "we need", "i need", "try to", "action",
    ];

    private static readonly Dictionary<string, string> ThirdPersonCameraVerbs = new(StringComparer.Ordinal)
    {
        ["pans"] = "pan", ["tilts"] = "tilt", ["rolls"] = "roll", ["dollies"] = "dolly", ["trucks"] = "truck",
        ["tracks"] = "track", ["cranes"] = "crane", ["booms"] = "boom", ["pushes"] = "push", ["pulls"] = "pull",
        ["orbits"] = "orbit", ["circles"] = "circle", ["zooms"] = "zoom", ["looks"] = "look", ["follows"] = "follow",
        ["moves"] = "move", ["rises"] = "rise", ["descends"] = "descend", ["goes"] = "go", ["flies"] = "fly",
        ["cuts"] = "cut", ["holds"] = "hold", ["pedestals"] = "pedestal",
    };

    /// <summary>Phrases a command can start with, for "did you mean" on an unknown command.</summary>
    private static readonly string[] HeadPhrases =
    [
        "pan left", "pan right", "tilt up", "tilt down", "roll left", "roll right", "dolly in", "dolly out", "push in",
        "pull out", "pull back", "truck left", "truck right", "track left", "track right", "pedestal up", "pedestal down",
        "boom up", "boom down", "crane up", "crane down", "orbit around", "orbit", "zoom in", "zoom out", "zoom to",
        "lens", "look at", "follow", "go to", "cut to", "save camera as", "hold", "wide shot", "close up",
        "medium shot", "establishing shot", "full shot", "extreme close up", "medium close up", "low angle", "high angle",
        "overhead", "eye level", "dutch angle", "make it", "set the time to", "golden hour", "night", "dusk", "dawn",
        "noon", "clear", "overcast", "fog", "rain", "snow", "storm", "place", "add", "spawn", "put", "move", "remove",
        "delete", "paint", "recolour", "calm", "dramatic", "normal", "keep", "sun from the", "full frame", "super 35",
        "super 16", "stop",
    ];

    private void StripFillers()
    {
        bool removed = true;
        while (removed && _t.Count > 0)
        {
            removed = false;
            foreach (string f in LeadingFillers)
            {
                _i = 0;
                int n = MatchLength(f);
                if (n > 0 && n < _t.Count)
                {
                    _t.RemoveRange(0, n);
                    removed = true;
                    break;
                }
            }
        }
        while (_t.Count > 1 && _t[^1] is "please" or "now" or "thanks" or "thank")
        {
            _t.RemoveAt(_t.Count - 1);
        }
        if (_t.Count > 1 && _t[^1] == "you" && _t[^2] == "thank")
        {
            _t.RemoveRange(_t.Count - 2, 2);
        }
        // "camera, pan left" / "the camera pans left": drop the addressee and use the verb's base form.
        _i = 0;
        int cam = MatchLength("the camera") is > 0 and var a ? a : MatchLength("camera");
        if (cam > 0 && _t.Count > cam && (ThirdPersonCameraVerbs.ContainsKey(_t[cam]) || ThirdPersonCameraVerbs.ContainsValue(_t[cam])))
        {
            _t.RemoveRange(0, cam);
            if (ThirdPersonCameraVerbs.TryGetValue(_t[0], out string? baseForm))
            {
                _t[0] = baseForm;
            }
        }
        _i = 0;
    }

    /// <summary>"keep", "keep the lighting", "keep this weather": make the take's atmosphere part of the world.</summary>
    private KeepCommand? TryKeepOnly()
    {
        _i = 1;
        if (AtEnd)
        {
            return new KeepCommand();
        }
        Accept("the|this|that|these|it|current|all|everything");
        Accept("current");
        Accept("light|lighting|look|weather|time|atmosphere|sky|mood|sun|settings|conditions|state|that|it|everything");
        Accept("and");
        Accept("the|this");
        Accept("light|lighting|look|weather|time|atmosphere|sky|sun");
        Accept("that way|as it is|as is");
        return AtEnd ? new KeepCommand() : null;
    }

    private void ExtractModifiers()
    {
        for (int i = 0; i < _t.Count;)
        {
            int n = TryDuration(i) ?? TryEasing(i) ?? TryPace(i) ?? TryMagnitude(i) ?? TryKeep(i) ?? 0;
            if (n > 0)
            {
                _t.RemoveRange(i, n);
                continue;
            }
            i++;
        }
        while (_t.Count > 0 && _t[^1] is "and" or "then" or "but")
        {
            _t.RemoveAt(_t.Count - 1);
        }
    }

    private string? At(int i) => i >= 0 && i < _t.Count ? _t[i] : null;

    private int? TryDuration(int i)
    {
        int j = i;
        bool prep = At(j) is "over" or "in" or "for" or "during" or "within" or "across" or "taking" or "lasting" or "after";
        if (prep)
        {
            j++;
        }
        float value;
        if (At(j) is "half" && At(j + 1) is "a" or "an")
        {
            value = 0.5f;
            j += 2;
        }
        else if (At(j) is "a" or "an" or "one" && IsTimeUnit(At(j + 1)))
        {
            value = 1f;
            j++;
        }
        else if (At(j) is { } num && (DirectorTokenizer.TryNumber(num, out value) || TryNumberWord(num, out value)))
        {
            j++;
            if (At(j) is "and" && At(j + 1) is "a" && At(j + 2) is "half")
            {
                value += 0.5f;
                j += 3;
            }
        }
        else
        {
            return null;
        }
        string? unit = At(j);
        if (!IsTimeUnit(unit))
        {
            return null;
        }
        if (At(i) == "after")
        {
            throw new DirectingSyntaxException("'after N seconds' is not a duration: in a take, start the line at its time instead, e.g. '@6s make it night over 2 seconds'");
        }
        _seconds = unit is "min" or "mins" or "minute" or "minutes" ? value * 60f : value;
        return j + 1 - i;
    }

    private static bool TryNumberWord(string token, out float value)
    {
        if (DirectorVocabulary.NumberWords.TryGetValue(token, out int n))
        {
            value = n;
            return true;
        }
        value = 0f;
        return false;
    }

    private static bool IsTimeUnit(string? unit) =>
        unit is "s" or "sec" or "secs" or "second" or "seconds" or "min" or "mins" or "minute" or "minutes";

    private int? TryEasing(int i)
    {
        int j = i;
        if (At(j) is "with" or "and" or "using")
        {
            j++;
        }
        if (At(j) is "an" or "a")
        {
            j++;
        }
        (string[] Words, Easing Easing)[] table =
        [
            (["ease", "in", "and", "out"], Easing.EaseInOut), (["ease", "in", "out"], Easing.EaseInOut),
            (["easing", "in", "and", "out"], Easing.EaseInOut), (["ease", "in"], Easing.EaseIn), (["easing", "in"], Easing.EaseIn),
            (["ease", "out"], Easing.EaseOut), (["easing", "out"], Easing.EaseOut), (["eased"], Easing.EaseInOut),
            (["easing"], Easing.EaseInOut), (["smoothly"], Easing.EaseInOut), (["smooth"], Easing.EaseInOut),
            (["linearly"], Easing.Linear), (["linear"], Easing.Linear), (["at", "a", "constant", "speed"], Easing.Linear),
            (["at", "constant", "speed"], Easing.Linear), (["constant", "speed"], Easing.Linear), (["steadily"], Easing.Linear),
        ];
        foreach ((string[] words, Easing easing) in table)
        {
            if (words.Select((w, k) => At(j + k) == w).All(b => b))
            {
                _easing = easing;
                return j + words.Length - i;
            }
        }
        return null;
    }

    private int? TryPace(int i)
    {
        int j = i;
        bool very = At(j) is "very" or "really" or "super" or "extra";
        if (very)
        {
            j++;
        }
        switch (At(j))
        {
            case "slowly" or "slow" or "gently" or "gradually" or "leisurely" or "softly":
                _pace = very ? 3f : 2f;
                _paceSaid = true;
                return j + 1 - i;
            case "quickly" or "quick" or "fast" or "rapidly" or "swiftly" or "briskly" or "speedily":
                _pace = very ? 0.2f : 0.4f;
                _paceSaid = true;
                return j + 1 - i;
            case "instantly" or "immediately" or "suddenly" or "abruptly" when !very:
                _instant = true;
                return 1;
            case "at" when At(j + 1) == "once":
                _instant = true;
                return 2;
            default:
                return null;
        }
    }

    private int? TryMagnitude(int i)
    {
        string[][] small = [["a", "little", "bit"], ["a", "tiny", "bit"], ["just", "a", "bit"], ["a", "little"], ["a", "bit"], ["a", "tad"], ["a", "touch"], ["slightly"], ["somewhat"]];
        string[][] large = [["a", "long", "way"], ["a", "great", "deal"], ["a", "lot"], ["lots"]];
        foreach (string[] words in small)
        {
            if (words.Select((w, k) => At(i + k) == w).All(b => b) && !IsContentWord(At(i + words.Length)))
            {
                _magnitude = 1f / 3f;
                return words.Length;
            }
        }
        foreach (string[] words in large)
        {
            if (words.Select((w, k) => At(i + k) == w).All(b => b) && At(i + words.Length) != "of" && !IsContentWord(At(i + words.Length)))
            {
                _magnitude = 3f;
                return words.Length;
            }
        }
        return null;
    }

    private int? TryKeep(int i)
    {
        if (i == 0)
        {
            return null;
        }
        string[][] phrases =
        [
            ["and", "keep", "it", "that", "way"], ["keep", "it", "that", "way"], ["and", "keep", "it"], ["and", "keep", "that"],
            ["and", "keep"], ["keep", "it"], ["keep", "that"], ["for", "good"], ["permanently"], ["keep"],
        ];
        foreach (string[] words in phrases)
        {
            if (words.Select((w, k) => At(i + k) == w).All(b => b) && i + words.Length == _t.Count)
            {
                _keep = true;
                return words.Length;
            }
        }
        if (At(i) == "permanently")
        {
            _keep = true;
            return 1;
        }
        return null;
    }

    /// <summary>A word with meaning of its own (a noun, colour, time or weather word) that a modifier must not swallow.</summary>
    private static bool IsContentWord(string? token) => token is not null &&
        (DirectorVocabulary.Singular(token) is not null || DirectorVocabulary.Colors.ContainsKey(token)
        || DirectorVocabulary.TimesOfDay.ContainsKey(token) || WeatherWords.ContainsKey(token));

    private DirectingSyntaxException Unknown()
    {
        // A misspelt head: compare the first one to three words with the phrases commands start with.
        for (int words = 3; words >= 1; words--)
        {
            if (_t.Count < words)
            {
                continue;
            }
            string head = string.Join(' ', _t.Take(words));
            string? fix = DidYouMean.Find(head, HeadPhrases.Where(p => p.Count(c => c == ' ') == words - 1));
            if (fix is not null)
            {
                string corrected = string.Join(' ', new[] { fix }.Concat(_t.Skip(words)));
                return new DirectingSyntaxException($"unknown command '{head}' — did you mean '{fix}'? (e.g. '{corrected}')", corrected);
            }
        }
        foreach (string tok in _t)
        {
            string? fix = SuggestWord(tok);
            if (fix is not null)
            {
                string corrected = string.Join(' ', _t.Select(x => x == tok ? fix : x));
                return new DirectingSyntaxException($"did not understand '{tok}' in '{_source}' — did you mean '{fix}'? (e.g. '{corrected}')", corrected);
            }
        }
        return new DirectingSyntaxException(
            $"did not understand '{_source}': try a camera move ('dolly in slowly'), a shot ('close-up of the cabin'), light ('make it night'), weather ('heavy rain over 5 seconds') or a story change ('place a red car next to the cabin')");
    }

    /// <summary>The known word closest to an unknown one, or null if the token is known or nothing is close.</summary>
    private static string? SuggestWord(string token)
    {
        if (IsKnownWord(token))
        {
            return null;
        }
        IEnumerable<string> vocabulary = DirectorVocabulary.SubjectWords
            .Concat(DirectorVocabulary.Colors.Keys).Concat(DirectorVocabulary.TimesOfDay.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal)))
            .Concat(WeatherWords.Keys).Concat(HeadPhrases.Where(p => !p.Contains(' ', StringComparison.Ordinal)))
            .Concat(["left", "right", "up", "down", "in", "out", "around", "degrees", "seconds", "metres", "slowly", "quickly", "shot", "angle"]);
        return DidYouMean.Find(token, vocabulary);
    }

    private static bool IsKnownWord(string token) =>
        IsContentWord(token) || DirectorTokenizer.TryNumber(token, out _) || DirectorVocabulary.NumberWords.ContainsKey(token)
        || token.Length <= 2 || HeadPhrases.Any(p => p.Split(' ').Contains(token, StringComparer.Ordinal));
}
