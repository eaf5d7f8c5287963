using System.Globalization;
using Nacre.Core;

namespace Nacre.Language.Directing;

// Light and atmosphere: time of day, sun direction, weather, mood (event density).
internal sealed partial class CommandReader
{
    private const float DefaultAtmosphereSeconds = 3f, DefaultSunSeconds = 2f;

    /// <summary>Weather words → kind and, where the word implies it, intensity.</summary>
    private static readonly Dictionary<string, (WeatherKind Kind, float? Intensity)> WeatherWords = new(StringComparer.Ordinal)
    {
        ["clear"] = (WeatherKind.Clear, null), ["sunny"] = (WeatherKind.Clear, null), ["fair"] = (WeatherKind.Clear, null),
        ["cloudless"] = (WeatherKind.Clear, null),
        ["overcast"] = (WeatherKind.Overcast, null), ["cloudy"] = (WeatherKind.Overcast, null), ["clouds"] = (WeatherKind.Overcast, null),
        ["cloud"] = (WeatherKind.Overcast, null), ["grey"] = (WeatherKind.Overcast, null), ["gray"] = (WeatherKind.Overcast, null),
        ["gloomy"] = (WeatherKind.Overcast, 0.9f),
        ["fog"] = (WeatherKind.Fog, null), ["foggy"] = (WeatherKind.Fog, null), ["mist"] = (WeatherKind.Fog, 0.35f),
        ["misty"] = (WeatherKind.Fog, 0.35f), ["haze"] = (WeatherKind.Fog, 0.25f), ["hazy"] = (WeatherKind.Fog, 0.25f),
        ["rain"] = (WeatherKind.Rain, null), ["rainy"] = (WeatherKind.Rain, null), ["raining"] = (WeatherKind.Rain, null),
        ["rains"] = (WeatherKind.Rain, null), ["rainfall"] = (WeatherKind.Rain, null), ["showers"] = (WeatherKind.Rain, 0.45f),
        ["shower"] = (WeatherKind.Rain, 0.45f), ["downpour"] = (WeatherKind.Rain, 0.95f), ["pouring"] = (WeatherKind.Rain, 0.95f),
        ["drizzle"] = (WeatherKind.Drizzle, null), ["drizzling"] = (WeatherKind.Drizzle, null), ["drizzly"] = (WeatherKind.Drizzle, null),
        ["snow"] = (WeatherKind.Snow, null), ["snowy"] = (WeatherKind.Snow, null), ["snowing"] = (WeatherKind.Snow, null),
        ["snows"] = (WeatherKind.Snow, null), ["snowfall"] = (WeatherKind.Snow, null), ["blizzard"] = (WeatherKind.Snow, 1f),
        ["flurries"] = (WeatherKind.Snow, 0.25f),
        ["storm"] = (WeatherKind.Storm, null), ["stormy"] = (WeatherKind.Storm, null), ["thunderstorm"] = (WeatherKind.Storm, null),
        ["thunder"] = (WeatherKind.Storm, null), ["lightning"] = (WeatherKind.Storm, null), ["storms"] = (WeatherKind.Storm, null),
        ["tempest"] = (WeatherKind.Storm, 1f), ["gale"] = (WeatherKind.Storm, 0.8f),
    };

    private static readonly Dictionary<string, float> IntensityWords = new(StringComparer.Ordinal)
    {
        ["light"] = 0.25f, ["thin"] = 0.25f, ["gentle"] = 0.25f, ["soft"] = 0.25f, ["slight"] = 0.2f, ["faint"] = 0.15f,
        ["wispy"] = 0.2f, ["patchy"] = 0.3f, ["little"] = 0.25f, ["moderate"] = 0.5f, ["some"] = 0.5f, ["steady"] = 0.55f,
        ["medium"] = 0.5f, ["heavy"] = 0.9f, ["thick"] = 0.9f, ["dense"] = 0.9f, ["strong"] = 0.85f, ["hard"] = 0.9f,
        ["torrential"] = 1f, ["violent"] = 1f, ["fierce"] = 0.95f, ["intense"] = 0.9f, ["deep"] = 0.85f, ["more"] = 0.85f,
        ["less"] = 0.25f, ["lots"] = 0.9f, ["much"] = 0.85f, ["huge"] = 1f, ["big"] = 0.85f, ["great"] = 0.85f,
    };

    private DirectorCommand? ReadTimeOfDay()
    {
        (float Hours, string Name)? special =
            AcceptAny("night falls", "nightfall comes", "darkness falls", "it gets dark") is not null ? (23f, "night")
            : AcceptAny("the sun sets", "sun sets", "the sun goes down", "sun goes down") is not null ? (19.25f, "sunset")
            : AcceptAny("the sun rises", "sun rises", "the sun comes up", "sun comes up", "day breaks", "the day breaks") is not null ? (6.25f, "sunrise")
            : null;
        if (special is { } sp)
        {
            return new TimeOfDayCommand(sp.Hours, sp.Name, MotionFor(DefaultAtmosphereSeconds), _keep);
        }
        _i = 0;
        string? lead = AcceptAny("set the time of day to", "set the time to", "set time to", "set the clock to", "change the time of day to",
            "change the time to", "the time of day is", "time of day", "the time is", "time is", "time", "make the time",
            "make it", "turn it into", "turn it to", "turn it", "switch to", "change to", "go to", "cut to", "jump to", "skip to",
            "fast forward to", "advance to", "fade to", "fade into", "move to", "bring it to", "it is", "its", "it becomes",
            "become", "let it be", "set it to", "at", "shift to", "transition to", "head into", "go into");
        bool committed = lead is not null && lead.Contains("time", StringComparison.Ordinal);
        Accept("to|into|until|:|be|at");
        Accept("a|an|the");
        (float Hours, string Name)? time = AcceptTime();
        if (time is null)
        {
            if (committed)
            {
                string word = Peek() ?? "";
                string? fix = DidYouMean.Find(word, DirectorVocabulary.TimesOfDay.Keys);
                throw new DirectingSyntaxException(
                    (word.Length == 0 ? "say the time" : $"'{word}' is not a time of day") + (fix is null ? "" : $" — did you mean '{fix}'?")
                    + " (times: HH:MM such as 18:30, 6 pm, dawn, morning, noon, afternoon, golden hour, sunset, dusk, night, midnight)", fix);
            }
            return null;
        }
        Accept("time|light|lighting|sky|now|hours");
        if (!AtEnd && !committed)
        {
            return null;
        }
        return new TimeOfDayCommand(time.Value.Hours, time.Value.Name, MotionFor(DefaultAtmosphereSeconds), _keep);
    }

    /// <summary>"18:30", "6 pm", "6:15 am", "7 oclock", "1830 hours", or a named time. Hours in [0, 24).</summary>
    private (float Hours, string Name)? AcceptTime()
    {
        foreach (KeyValuePair<string, float> kv in DirectorVocabulary.TimesOfDay.Where(k => k.Key.Contains(' ', StringComparison.Ordinal)))
        {
            if (Accept(kv.Key))
            {
                return (kv.Value, kv.Key);
            }
        }
        string? tok = Peek();
        if (tok is null)
        {
            return null;
        }
        if (DirectorVocabulary.TimesOfDay.TryGetValue(tok, out float named))
        {
            _i++;
            return (named, tok);
        }
        int save = _i;
        float hours;
        string[] clock = tok.Split(':');
        if (clock.Length == 2 && int.TryParse(clock[0], NumberStyles.None, CultureInfo.InvariantCulture, out int h)
            && int.TryParse(clock[1], NumberStyles.None, CultureInfo.InvariantCulture, out int m) && clock[1].Length == 2)
        {
            _i++;
            if (h > 24 || m > 59 || (h == 24 && m > 0))
            {
                throw new DirectingSyntaxException($"'{tok}' is not a time of day: expected HH:MM from 00:00 to 23:59, e.g. 18:30");
            }
            hours = h + (m / 60f);
        }
        else if (tok.Length == 4 && tok.All(char.IsAsciiDigit) && Peek(1) is "hours" or "hrs" or "h")
        {
            _i += 2;
            int hh = int.Parse(tok.AsSpan(0, 2), CultureInfo.InvariantCulture), mm = int.Parse(tok.AsSpan(2, 2), CultureInfo.InvariantCulture);
            if (hh > 23 || mm > 59)
            {
                throw new DirectingSyntaxException($"'{tok} hours' is not a time of day: expected 0000 to 2359 hours");
            }
            hours = hh + (mm / 60f);
        }
        else if (AcceptNumber(out float n) && n == MathF.Floor(n) && n is >= 0 and <= 24 && Is("am|pm|oclock|o clock|a.m|p.m|in the morning|in the evening|in the afternoon|at night"))
        {
            hours = n;
        }
        else
        {
            _i = save;
            return null;
        }
        bool pm = AcceptAny("pm", "p.m", "in the evening", "in the afternoon", "at night") is not null;
        bool am = !pm && AcceptAny("am", "a.m", "in the morning") is not null;
        AcceptAny("oclock", "o clock");
        if (pm || am)
        {
            if (hours is < 1 or > 12)
            {
                throw new DirectingSyntaxException($"'{hours:0} {(pm ? "pm" : "am")}' is not a time: use 1 to 12 with am/pm, or 24-hour HH:MM");
            }
            hours = (hours % 12f) + (pm ? 12f : 0f);
        }
        hours %= 24f;
        string name = string.Create(CultureInfo.InvariantCulture, $"{(int)hours:00}:{(int)MathF.Round((hours - MathF.Floor(hours)) * 60f):00}");
        return (hours, name);
    }

    private DirectorCommand? ReadSun()
    {
        SunRelative? relative = null;
        float? compass = null;
        if (AcceptAny("backlight", "backlit", "back light", "back lit", "backlighting", "back lighting", "rim light", "rim lit", "silhouette") is not null)
        {
            if (!AtEnd)
            {
                Accept("the scene|everything|it");
                if (!AtEnd)
                {
                    ParseSubject(allowQualifier: true);
                }
            }
            return new SunDirectionCommand(null, SunRelative.BehindSubject, MotionFor(DefaultSunSeconds), _keep);
        }
        if (AcceptAny("front light", "frontlight", "front lit", "frontlit", "front lighting", "flat light") is not null)
        {
            return new SunDirectionCommand(null, SunRelative.BehindCamera, MotionFor(DefaultSunSeconds), _keep);
        }
        string? lead = AcceptAny("put the sun", "move the sun", "place the sun", "set the sun", "swing the sun", "bring the sun",
            "turn the sun", "rotate the sun", "sun direction", "sun azimuth", "the sun", "sun", "sunlight", "the sunlight",
            "the key light", "key light", "the light", "light", "the lighting", "lighting", "side light", "sidelight", "side lit");
        if (lead is null)
        {
            return null;
        }
        bool committed = lead.Contains("sun", StringComparison.Ordinal);
        for (int k = 0; k < 3; k++)
        {
            Accept("comes|coming|come|shining|shines|shine|is|should|be|direction|azimuth|position|at|to|from|in|towards|toward|into|on|:|around|over");
        }
        Accept("the");
        if (AcceptAny("north east", "northeast", "north west", "northwest", "south east", "southeast", "south west", "southwest", "north", "east", "south", "west") is { } dir)
        {
            compass = dir.Replace(" ", "", StringComparison.Ordinal) switch
            {
                "north" => 0f, "northeast" => 45f, "east" => 90f, "southeast" => 135f, "south" => 180f, "southwest" => 225f, "west" => 270f, _ => 315f,
            };
            Accept("side");
        }
        else if (AcceptAny("behind the camera", "behind us", "behind me", "behind the viewer", "behind", "camera") is { } b)
        {
            if (b == "behind" && !AtEnd)
            {
                ParseSubject(allowQualifier: true);
                relative = SunRelative.BehindSubject;
            }
            else
            {
                relative = b == "behind" ? SunRelative.BehindSubject : SunRelative.BehindCamera;
            }
        }
        else if (AcceptAny("in front of the camera", "in front of us", "in front of me", "facing the camera", "into the lens", "into the camera", "front", "the front") is { } f)
        {
            relative = f.Contains("front", StringComparison.Ordinal) && !f.Contains("camera", StringComparison.Ordinal) && !f.Contains("us", StringComparison.Ordinal) && !f.Contains("me", StringComparison.Ordinal)
                ? SunRelative.BehindCamera
                : SunRelative.BehindSubject;
        }
        else if (AcceptAny("camera left", "screen left", "frame left", "left", "left side") is not null)
        {
            relative = SunRelative.Left;
        }
        else if (AcceptAny("camera right", "screen right", "frame right", "right", "right side") is not null)
        {
            relative = SunRelative.Right;
        }
        else if (AcceptNumber(out float deg))
        {
            Accept("degrees|degree|deg");
            if (deg is < 0 or > 360)
            {
                throw new DirectingSyntaxException($"a sun direction of {deg:0} degrees is off the compass: give 0 (north) to 360, or a direction such as 'from the west'");
            }
            compass = deg % 360f;
        }
        if (compass is null && relative is null)
        {
            if (committed)
            {
                throw new DirectingSyntaxException("say where the sun is: 'sun from the west', 'sun behind the camera', 'sun on the left', 'backlight the cabin' or 'sun direction 120 degrees'", "sun from the west");
            }
            return null;
        }
        Accept("side|direction");
        return new SunDirectionCommand(compass, relative, MotionFor(DefaultSunSeconds), _keep);
    }

    private DirectorCommand? ReadWeather()
    {
        if (AcceptAny("stop raining", "stop snowing", "stop the rain", "stop the snow", "stop the storm", "stop the fog", "no more rain",
                "no more snow", "no rain", "no fog", "no snow", "no clouds", "clear the fog", "clear up", "clears up", "it clears up",
                "the sky clears", "sky clears", "the fog lifts", "fog lifts", "lift the fog", "remove the fog", "get rid of the fog",
                "the rain stops", "rain stops", "the storm passes", "clear the sky", "clear the skies", "clear weather", "stop the weather",
                "the clouds part", "clouds part") is not null)
        {
            return new WeatherCommand(WeatherKind.Clear, 0f, MotionFor(DefaultAtmosphereSeconds), _keep);
        }
        _i = 0;
        string? lead = AcceptAny("set the weather to", "set weather to", "change the weather to", "make the weather", "the weather is",
            "weather to", "weather", "make it", "let it", "it starts to", "it starts", "it begins to", "start to", "begin to", "start",
            "begin", "bring in", "bring", "add", "have", "it is", "its", "turn it", "switch to", "change to", "go to", "cut to",
            "give me", "there is", "cue", "cue the");
        bool committed = lead is not null && lead.Contains("weather", StringComparison.Ordinal);
        Accept("to|:|be|is");
        Accept("a|an|the|some");
        float? intensity = null;
        for (int k = 0; k < 3; k++)
        {
            if (AcceptAny("lots of", "a lot of", "a little", "a bit of", "a touch of", "pea soup", "very light", "very heavy") is { } p)
            {
                intensity = p switch { "very light" => 0.1f, "very heavy" or "pea soup" => 1f, "lots of" or "a lot of" => 0.9f, _ => 0.25f };
            }
            else if (Peek() is { } w && IntensityWords.TryGetValue(w, out float v) && Peek(1) is { } next && (WeatherWords.ContainsKey(next) || IntensityWords.ContainsKey(next) || next is "of"))
            {
                _i++;
                Accept("of");
                intensity = v;
            }
            else
            {
                break;
            }
        }
        (WeatherKind Kind, float? Intensity)? kind = null;
        if (AcceptAny("clear skies", "clear sky", "blue sky", "blue skies", "fine weather", "grey skies", "gray skies", "grey sky", "gray sky") is { } sky)
        {
            kind = sky.StartsWith("gr", StringComparison.Ordinal) ? (WeatherKind.Overcast, null) : (WeatherKind.Clear, null);
        }
        else if (Peek() is { } word && WeatherWords.TryGetValue(word, out var wk))
        {
            _i++;
            kind = wk;
            // Two weather words for one weather: "lightning storm", "rain storm" (a storm), "snow storm" (a blizzard).
            if (Peek() is { } second && WeatherWords.TryGetValue(second, out var wk2) && second is not "clear")
            {
                _i++;
                kind = (wk.Kind, wk2.Kind) switch
                {
                    (WeatherKind.Snow, WeatherKind.Storm) or (WeatherKind.Storm, WeatherKind.Snow) => (WeatherKind.Snow, 1f),
                    (_, WeatherKind.Storm) or (WeatherKind.Storm, _) => (WeatherKind.Storm, wk.Intensity ?? wk2.Intensity),
                    _ => wk2,
                };
            }
        }
        if (kind is null)
        {
            if (committed)
            {
                string word = Peek() ?? "";
                string? fix = DidYouMean.Find(word, WeatherWords.Keys);
                throw new DirectingSyntaxException(
                    (word.Length == 0 ? "say the weather" : $"'{word}' is not a kind of weather") + (fix is null ? "" : $" — did you mean '{fix}'?")
                    + " (weather: clear, overcast, fog, rain, drizzle, snow, storm; e.g. 'heavy rain over 5 seconds')", fix);
            }
            return null;
        }
        if (kind.Value.Kind == WeatherKind.Clear && lead is null && !AtEnd && !Is("skies|sky|weather|day|up"))
        {
            return null; // "clear the trees" is a story command
        }
        AcceptAny("rolls in", "roll in", "comes in", "moves in", "sets in", "arrives", "starts", "begins", "falls", "falling", "skies", "sky", "weather", "day", "up", "coming");
        // "it begins to snow heavily", "rain lightly".
        if (AcceptAny("heavily", "hard", "harder", "thickly", "densely") is not null)
        {
            intensity = 0.9f;
        }
        else if (AcceptAny("lightly", "gently", "softly", "a little", "a bit", "slightly") is not null)
        {
            intensity = 0.25f;
        }
        if (AcceptAny("density", "intensity", "strength", "level", "amount", "at") is not null || Peek() is { } t && DirectorTokenizer.TryNumber(t, out _))
        {
            Accept("to|at|of|:|=");
            if (!AcceptNumber(out float n))
            {
                throw new DirectingSyntaxException("give the density as a number from 0 to 1 or a percentage, e.g. 'fog density 0.6' or 'fog density 60%'", "fog density 0.6");
            }
            bool percent = Accept("percent");
            intensity = percent ? n / 100f : n;
            if (intensity is < 0f or > 1f)
            {
                string said = n.ToString("0.##", CultureInfo.InvariantCulture) + (percent ? "%" : "");
                string example = (n / 10f).ToString("0.##", CultureInfo.InvariantCulture);
                throw new DirectingSyntaxException($"{kind.Value.Kind.ToString().ToLowerInvariant()} density {said} is out of range: give 0 to 1 or a percentage, e.g. {example} or {n:0}%");
            }
        }
        if (!AtEnd && !committed)
        {
            return null;
        }
        float value = kind.Value.Kind == WeatherKind.Clear ? 0f
            : intensity ?? kind.Value.Intensity ?? (_magnitude < 1f ? 0.25f : _magnitude > 1f ? 0.9f : DefaultIntensity(kind.Value.Kind));
        return new WeatherCommand(kind.Value.Kind, value, MotionFor(DefaultAtmosphereSeconds), _keep);
    }

    private static float DefaultIntensity(WeatherKind kind) => kind switch
    {
        WeatherKind.Overcast => 0.7f,
        WeatherKind.Fog => 0.5f,
        WeatherKind.Drizzle => 0.4f,
        WeatherKind.Storm => 0.9f,
        _ => 0.6f,
    };

    private DirectorCommand? ReadMood()
    {
        Mood? phrase = AcceptAny("more events", "more action", "more activity", "liven it up", "liven things up", "more drama", "spice it up") is not null ? Mood.Dramatic
            : AcceptAny("fewer events", "less action", "less activity", "calm down", "quiet down", "settle down", "less drama", "tone it down") is not null ? Mood.Calm
            : null;
        if (phrase is { } p)
        {
            Accept("please");
            return AtEnd ? new MoodCommand(p) : null;
        }
        _i = 0;
        string? lead = AcceptAny("set the mood to", "set mood to", "the mood is", "mood", "set the event density to", "set event density to",
            "event density", "events", "ambient events", "ambience", "activity", "make it", "make things", "make the scene",
            "make everything", "keep it", "keep things", "it should be", "let it be", "go");
        Accept("to|:|is|be|=");
        Accept("more|very|quite|a bit|really|more of a");
        Mood? mood = Peek() switch
        {
            "calm" or "quiet" or "peaceful" or "tranquil" or "serene" or "sleepy" or "relaxed" or "still" or "idyllic" => Mood.Calm,
            "low" or "sparse" or "few" or "fewer" or "less" or "rare" when lead is not null => Mood.Calm,
            "dramatic" or "lively" or "busy" or "eventful" or "chaotic" or "exciting" or "hectic" or "tense" or "wild" => Mood.Dramatic,
            "high" or "frequent" or "many" or "more" or "intense" or "action" when lead is not null => Mood.Dramatic,
            "normal" or "regular" or "default" or "usual" or "standard" or "average" => Mood.Normal,
            "medium" or "moderate" when lead is not null => Mood.Normal,
            _ => null,
        };
        if (mood is null)
        {
            if (lead is not null && (lead.Contains("mood", StringComparison.Ordinal) || lead.Contains("event", StringComparison.Ordinal)))
            {
                throw new DirectingSyntaxException("the mood is calm, normal or dramatic (how often ambient events happen), e.g. 'make it dramatic'", "make it dramatic");
            }
            return null;
        }
        _i++;
        Accept("mood|events|event density|density|pace|scene|activity|atmosphere|please");
        return AtEnd ? new MoodCommand(mood.Value) : null;
    }
}
