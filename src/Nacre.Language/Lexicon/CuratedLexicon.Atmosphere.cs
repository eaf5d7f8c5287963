using Nacre.Core;

namespace Nacre.Language.Lexicon;

// Time of day (hours, local solar time), weather with its strength (0 … 1), season and mood.
internal static partial class CuratedLexicon
{
    private static void AddAtmosphere(Builder b)
    {
        AddTones(b);
        AddTimes(b);
        AddWeather(b);
        AddSeasonsAndMoods(b);
    }

    /// <summary>
    /// Look words: a tone for light and colour, the mood it implies, and a weather hint that any weather named
    /// outright overrides ("an eerie forest in the rain" rains).
    /// </summary>
    private static void AddTones(Builder b)
    {
        Sense overcastHint = new() { Weather = WeatherKind.Overcast, Intensity = 0.6f, WeatherImplied = true };
        b.Adj("grey and moody|gray and moody|moody and grey|moody and gray|dark and moody|moody grey|moody gray|moody|brooding|atmospheric",
            overcastHint with { Concept = "moody", Tone = Tone.Moody, Mood = Mood.Dramatic });
        b.Adj("gloomy|dreary|dismal|bleak|sombre|somber|melancholy|melancholic|cheerless|depressing|joyless",
            overcastHint with { Concept = "gloomy", Tone = Tone.Gloomy, Intensity = 0.7f });
        b.Noun("gloom|melancholy mood", overcastHint with { Concept = "gloomy", Tone = Tone.Gloomy, Intensity = 0.7f });
        b.Adj("eerie|spooky|creepy|haunted|ghostly|spectral|uncanny|unsettling|sinister|otherworldly|haunting",
            new Sense { Concept = "eerie", Tone = Tone.Eerie, Mood = Mood.Dramatic, Weather = WeatherKind.Fog, Intensity = 0.35f, WeatherImplied = true });
        b.Adj("cheerful|cheery|happy|joyful|joyous|jolly|merry|playful|whimsical|colourful|colorful|bright and cheerful|sunny and cheerful|upbeat|lighthearted|light-hearted",
            new Sense { Concept = "cheerful", Tone = Tone.Cheerful, Weather = WeatherKind.Clear, Intensity = 0.5f, WeatherImplied = true });
        b.Adj("serene|peaceful|tranquil|idyllic|placid|restful|calm and peaceful|peaceful and quiet|serenely",
            new Sense { Concept = "serene", Tone = Tone.Serene, Mood = Mood.Calm });
        b.Noun("serenity|tranquility|tranquillity|peace", new Sense { Concept = "serene", Tone = Tone.Serene, Mood = Mood.Calm });
        // A grey that describes no object is the sky's: "a grey day", "grey and wet".
        b.Adj("grey|gray|greyish|grayish", overcastHint with { Concept = "overcast", SkyColour = true, Intensity = 0.5f });
    }

    private static void AddTimes(Builder b)
    {
        b.Noun("dawn|daybreak|first light|break of day|crack of dawn|early dawn|predawn|pre-dawn", Senses.Time("dawn", 5.5f));
        b.Noun("sunrise|sun rise|sunup|rising sun|sunrise glow", Senses.Time("sunrise", 6.25f));
        b.Noun("early morning|early hours|morning mist hour", Senses.Time("early morning", 7.5f));
        b.Noun("morning|mornings|morn|forenoon|this morning|breakfast time", Senses.Time("morning", 9f));
        b.Noun("late morning|mid-morning|midmorning", Senses.Time("late morning", 10.5f));
        b.Noun("noon|midday|mid-day|high noon|noontime|noontide|lunchtime|lunch time|midday sun|noon sun", Senses.Time("noon", 12f));
        b.Noun("day|daytime|daylight|broad daylight|day time|by day|full daylight", Senses.Time("day", 12.5f));
        b.Noun("afternoon|afternoons|mid-afternoon|midafternoon|early afternoon|teatime", Senses.Time("afternoon", 15f));
        b.Noun("late afternoon|late-afternoon", Senses.Time("late afternoon", 17f));
        b.Noun("golden hour|magic hour|golden light|golden hour light", Senses.Time("golden hour", 18.5f));
        b.Noun("evening|evenings|early evening|eventide|this evening", Senses.Time("evening", 18.75f));
        b.Noun("sunset|sundown|setting sun|sun set|sunset glow|afterglow", Senses.Time("sunset", 19.25f));
        b.Noun("dusk|gloaming|nightfall|fall of night|end of day|close of day|crepuscule", Senses.Time("dusk", 19.75f));
        b.Noun("twilight|blue hour|late evening|evening twilight", Senses.Time("twilight", 20.25f));
        b.Noun("night|nights|nighttime|night-time|night time|tonight|after dark|dark night|starry night|starlight|moonlight|full moon|moon|stars|starry sky|night sky|moonrise|the dark",
            Senses.Time("night", 23f));
        b.Adj("nocturnal|moonlit|starlit|starry|nightly|midnight blue|star-studded|star-filled|star filled", Senses.Time("night", 23f));
        b.Noun("star|shooting star|shooting stars|milky way", Senses.Time("night", 23f)); // not WordNet's film star
        b.Noun("midnight|witching hour|dead of night|middle of the night", Senses.Time("midnight", 0f));
        b.Noun("late night|late at night|small hours|wee hours|early hours of the morning", Senses.Time("late night", 1.5f));
    }

    private static void AddWeather(Builder b)
    {
        b.Adj("clear|sunny|sunlit|sun-drenched|sun drenched|sun-soaked|cloudless|bright|fair|fine weather|blue-sky|sunshiny|radiant|crisp|clear-sky",
            Senses.Weather(WeatherKind.Clear, 0.5f, "clear sky"));
        b.Noun("sunshine|sun|sunlight|blue sky|blue skies|clear sky|clear skies|clear weather|fair weather|good weather|nice weather|sunny day|sunny weather|bright day",
            Senses.Weather(WeatherKind.Clear, 0.5f, "clear sky"));
        b.Adj("overcast|cloudy|clouded|gloomy|dull|leaden|sunless|dreary|grey-sky|gray-sky",
            Senses.Weather(WeatherKind.Overcast, 0.6f, "overcast"));
        b.Noun("clouds|cloud|cloud cover|grey sky|gray sky|grey skies|gray skies|overcast sky|overcast skies|cloudy sky|cloudy skies|storm clouds|rain clouds|gloom",
            Senses.Weather(WeatherKind.Overcast, 0.6f, "overcast"));
        b.Noun("fog|fogs|fog bank|dense fog|thick fog|pea soup|murk|smog|low cloud|low clouds", Senses.Weather(WeatherKind.Fog, 0.6f, "fog"));
        b.Adj("foggy|fogbound|fog-bound|murky|smoggy|fog-covered|fog-shrouded|shrouded|veiled", Senses.Weather(WeatherKind.Fog, 0.6f, "fog"));
        b.Noun("mist|mists|morning mist|sea mist|sea fret|vapor|vapour|steam", Senses.Weather(WeatherKind.Fog, 0.4f, "mist") with { Weather = WeatherKind.Fog });
        b.Adj("misty|mist-covered|mist-shrouded|mistier", Senses.Weather(WeatherKind.Fog, 0.4f, "mist"));
        b.Noun("haze|heat haze", Senses.Weather(WeatherKind.Fog, 0.25f, "haze"));
        b.Adj("hazy|dusty", Senses.Weather(WeatherKind.Fog, 0.25f, "haze"));
        b.Noun("rain|rains|rainfall|rainstorm|shower|showers|rain shower|rain showers|wet weather|rainy day|rainy weather|raindrops|precipitation|monsoon|monsoon rain",
            Senses.Weather(WeatherKind.Rain, 0.6f, "rain"));
        b.Adj("rainy|raining|rain-soaked|rainsoaked|wet with rain|showery|pouring|rain-swept|rainswept", Senses.Weather(WeatherKind.Rain, 0.6f, "rain"));
        b.Noun("downpour|deluge|cloudburst|pouring rain|torrential rain|heavy rain", Senses.Weather(WeatherKind.Rain, 0.9f, "heavy rain"));
        b.Noun("drizzle|drizzles|light rain|spitting rain|mizzle|sprinkle|sprinkles|fine rain|soft rain", Senses.Weather(WeatherKind.Drizzle, 0.3f, "drizzle"));
        b.Adj("drizzly|drizzling|damp|spitting", Senses.Weather(WeatherKind.Drizzle, 0.3f, "drizzle"));
        b.Noun("snow|snows|snowfall|snowflakes|snowflake|falling snow|flurries|snow flurries|sleet|hail|snow shower|light snow",
            Senses.Weather(WeatherKind.Snow, 0.5f, "snow") with { Season = Season.Winter });
        b.Adj("snowy|snowing|snow-covered|snowcovered|snow covered|snowbound|snow-laden|snowed-in|snowed in|snow-dusted|powdery|wintry|wintery",
            Senses.Weather(WeatherKind.Snow, 0.35f, "snow") with { Season = Season.Winter });
        b.Noun("blizzard|blizzards|snowstorm|snowstorms|snow storm|whiteout|ice storm",
            Senses.Weather(WeatherKind.Snow, 1f, "blizzard") with { Season = Season.Winter, Mood = Core.Mood.Dramatic });
        b.Noun("heavy snow|heavy snowfall|thick snow|deep snow", Senses.Weather(WeatherKind.Snow, 0.85f, "heavy snow") with { Season = Season.Winter });
        b.Noun("storm|storms|thunderstorm|thunderstorms|thunder|lightning|tempest|gale|gales|squall|squalls|thunder storm|electrical storm|rainstorm with lightning|storm front|bad weather",
            Senses.Weather(WeatherKind.Storm, 0.7f, "storm") with { Mood = Core.Mood.Dramatic });
        b.Adj("stormy|thundery|tempestuous|storm-lashed|storm-tossed|turbulent|rough", Senses.Weather(WeatherKind.Storm, 0.6f, "storm") with { Mood = Core.Mood.Dramatic });
        b.Adj("windswept|wind-swept|blustery|gusty|windy|breezy|wind-blown|windblown", Senses.Mood(Mood.Dramatic, "windswept"));
        b.Noun("wind|winds|strong wind|strong winds|gust|gusts|gusts of wind|gale-force wind|gale-force winds|howling wind", Senses.Mood(Mood.Dramatic, "windswept"));
        b.Noun("breeze|breezes|light breeze|soft breeze|sea breeze", Senses.Mood(Mood.Calm, "calm"));
        // Waves that crash are the sea's, and they make a dramatic day.
        b.Noun("crashing waves|crashing surf|pounding surf|pounding waves|breaking waves|roaring surf|waves crashing|surf crashing|thundering waves",
            Senses.Water(WaterKinds.Sea, AnchorKind.Sea, "crashing waves") with { WaterAmount = WaterAmount.Much, Relief = Relief.Coast, Mood = Mood.Dramatic });
        b.Adj("crashing|pounding|roaring|thundering|raging|churning|wild waves", Senses.Mood(Mood.Dramatic, "dramatic"));
        b.Noun("hurricane|hurricanes|typhoon|typhoons|cyclone|cyclones|tornado|tornadoes|twister|monsoon storm", Senses.Weather(WeatherKind.Storm, 1f, "hurricane") with { Mood = Core.Mood.Dramatic });
    }

    private static void AddSeasonsAndMoods(Builder b)
    {
        b.Noun("spring|springtime|spring time|blossom time|cherry blossom|cherry blossoms|apple blossom|early spring|late spring", Senses.Season(Season.Spring));
        b.Adj("vernal|springlike|blooming|blossoming|in bloom|flowering", Senses.Season(Season.Spring));
        b.Noun("summer|summertime|summer time|midsummer|high summer|summer day|summer's day|late summer|early summer|heatwave|heat wave|heat", Senses.Season(Season.Summer));
        b.Adj("summery|summer-like|hot|warm|balmy|sweltering|scorching|humid|tropical", Senses.Season(Season.Summer));
        b.Noun("autumn|fall|autumntime|fall foliage|autumn leaves|fall leaves|fall colors|fall colours|autumn colors|autumn colours|autumn foliage|harvest|harvest time|late autumn|early autumn|indian summer|leaves|fallen leaves|foliage colors",
            Senses.Season(Season.Autumn));
        b.Adj("autumnal|autumn-colored|autumn-coloured|fall-colored|golden-leaved|russet leaves", Senses.Season(Season.Autumn));
        b.Noun("winter|wintertime|winter time|midwinter|deep winter|frost|frosts|hoarfrost|winter day|winter's day|cold snap|winter wonderland|icicles|snowdrifts|snowdrift",
            Senses.Season(Season.Winter));
        b.Adj("frozen|icy|frosty|frosted|ice-covered|iced|icebound|ice-bound|freezing|cold|chilly|bitter|glacial|snowclad", Senses.Season(Season.Winter));

        b.Adj("calm|peaceful|serene|tranquil|quiet|idyllic|sleepy|still|relaxing|cozy|cosy|soothing|placid|lazy|silent|restful|gentle breeze|hushed|mellow|pastoral|bucolic|dreamy|meditative|harmonious|lonely|secluded|remote|isolated|hidden away|sleepy little",
            Senses.Mood(Mood.Calm, "calm"));
        b.Noun("calm|peace|serenity|tranquility|tranquillity|quiet|silence|stillness|solitude|calmness", Senses.Mood(Mood.Calm, "calm"));
        // Busy places are full of people: "a bustling market" has a crowd in it.
        b.Adj("bustling|lively|hectic|thronging|heaving|buzzing|teeming with people", Senses.Mood(Mood.Dramatic, "bustling") with { Implies = [SemanticLabel.Person], ImpliedCount = 20 });
        b.Adj("dramatic|epic|chaotic|busy|vibrant|ominous|menacing|mysterious|dark|gothic|foreboding|apocalyptic|post-apocalyptic|cinematic|grim|threatening|dangerous|noisy|festive|thrilling|forbidding",
            Senses.Mood(Mood.Dramatic, "dramatic"));
        b.Adj("crowded|packed|teeming|thronged|full of people|populated|overcrowded", Senses.Mood(Mood.Dramatic, "crowded") with { Implies = [SemanticLabel.Person], ImpliedCount = 30 });
        b.Noun("drama|chaos|bustle|hustle and bustle|action|mystery|danger|festival|carnival|fair|celebration|commotion", Senses.Mood(Mood.Dramatic, "dramatic"));

        // Words about people's absence: a place described so has nobody in it, and the wild ones have nothing man-made.
        // Left behind: nobody there, buildings gone to ruin, trees dead.
        b.Adj("abandoned|forsaken|derelict and abandoned|long-abandoned|long abandoned",
            new Sense { Concept = "abandoned", Excludes = Exclusions.People, Implies = [SemanticLabel.Ruins, SemanticLabel.DeadTree] });
        b.Adj("uninhabited|deserted|unpopulated|forgotten|empty of people|empty|lonesome|desolate and empty|ghost",
            new Sense { Concept = "no people", Excludes = Exclusions.People });
        b.Adj("untouched|pristine|unspoiled|unspoilt|virgin|wilderness|wild land|primeval|primordial|undeveloped|uncharted|unexplored|uninhabitable|untamed wilderness",
            new Sense { Concept = "wilderness", Excludes = Exclusions.Structures | Exclusions.Roads | Exclusions.Vehicles | Exclusions.People });
    }
}
