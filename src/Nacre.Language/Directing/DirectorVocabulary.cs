using System.Collections.Frozen;
using Nacre.Core;

namespace Nacre.Language.Directing;

/// <summary>
/// The words the director language knows: nouns for objects, characters and landforms, colours, times of day, number
/// words. Nouns map to <see cref="SemanticLabel"/>s (what the world labels) or to a landform (<see cref="AnchorKind"/>).
/// </summary>
public static class DirectorVocabulary
{
    private static readonly SemanticLabel[] Trees =
        [SemanticLabel.Conifer, SemanticLabel.Broadleaf, SemanticLabel.Birch, SemanticLabel.Palm, SemanticLabel.JungleTree, SemanticLabel.DeadTree];

    private static readonly SemanticLabel[] Buildings = Enum.GetValues<SemanticLabel>().Where(SemanticLabels.IsBuilding).ToArray();

    private static readonly SemanticLabel[] Vehicles = Enum.GetValues<SemanticLabel>().Where(SemanticLabels.IsVehicle).ToArray();

    private static readonly SemanticLabel[] Animals =
        Enum.GetValues<SemanticLabel>().Where(l => SemanticLabels.IsCharacter(l) && l != SemanticLabel.Person).ToArray();

    private static readonly SemanticLabel[] Rocks = [SemanticLabel.Boulder, SemanticLabel.Stone];

    /// <summary>Singular noun (one or two words) → its meaning.</summary>
    public static FrozenDictionary<string, NounMeaning> Nouns { get; } = BuildNouns();

    /// <summary>Plural or irregular forms → singular noun.</summary>
    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>
    {
        ["people"] = "person", ["men"] = "man", ["women"] = "woman", ["children"] = "child", ["kids"] = "kid",
        ["cattle"] = "cow", ["wolves"] = "wolf", ["cacti"] = "cactus", ["cactuses"] = "cactus", ["ruins"] = "ruin",
        ["woods"] = "woods", ["falls"] = "falls", ["bushes"] = "bush", ["benches"] = "bench", ["churches"] = "church",
        ["boxes"] = "box", ["foxes"] = "fox", ["ponies"] = "pony", ["geese"] = "duck", ["lorries"] = "lorry",
        ["buses"] = "bus", ["beaches"] = "beach", ["marshes"] = "marsh", ["valleys"] = "valley", ["hikers"] = "hiker",
        ["fishermen"] = "fisherman", ["passersby"] = "passerby", ["wharves"] = "wharf",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Colour words → sRGB. Saturated enough to read as that colour in a lit, fogged frame.</summary>
    public static FrozenDictionary<string, Rgb> Colors { get; } = new Dictionary<string, Rgb>
    {
        ["red"] = new(196, 30, 30), ["crimson"] = new(170, 20, 50), ["scarlet"] = new(220, 36, 20), ["maroon"] = new(110, 20, 30),
        ["orange"] = new(232, 120, 20), ["yellow"] = new(236, 200, 30), ["gold"] = new(210, 165, 50), ["golden"] = new(210, 165, 50),
        ["green"] = new(40, 140, 50), ["olive"] = new(110, 120, 40), ["lime"] = new(130, 210, 50), ["teal"] = new(30, 130, 130),
        ["turquoise"] = new(50, 190, 180), ["cyan"] = new(40, 190, 210), ["blue"] = new(30, 80, 190), ["navy"] = new(25, 40, 100),
        ["purple"] = new(115, 50, 160), ["violet"] = new(140, 80, 200), ["pink"] = new(235, 130, 170), ["magenta"] = new(200, 40, 150),
        ["brown"] = new(110, 70, 40), ["tan"] = new(200, 160, 110), ["beige"] = new(215, 200, 165), ["cream"] = new(240, 230, 200),
        ["white"] = new(242, 242, 238), ["black"] = new(25, 25, 28), ["grey"] = new(128, 128, 128), ["gray"] = new(128, 128, 128),
        ["silver"] = new(185, 188, 195), ["charcoal"] = new(55, 58, 62), ["rust"] = new(160, 70, 30), ["ochre"] = new(200, 140, 40),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Named times of day → local solar hours, the same hours the prompt language uses (a summer day: sunrise 06:15,
    /// sunset 19:15), so "make it dusk" in a take looks like "… at dusk" in a prompt.
    /// </summary>
    public static FrozenDictionary<string, float> TimesOfDay { get; } = new Dictionary<string, float>
    {
        ["dawn"] = 5.5f, ["sunrise"] = 6.25f, ["daybreak"] = 5.5f, ["early morning"] = 7f, ["morning"] = 9f,
        ["midday"] = 12f, ["noon"] = 12f, ["day"] = 12f, ["daytime"] = 12f, ["daylight"] = 12f, ["afternoon"] = 15f,
        ["late afternoon"] = 17f, ["golden hour"] = 18.5f, ["magic hour"] = 18.5f, ["evening"] = 18.75f, ["sunset"] = 19.25f,
        ["dusk"] = 19.75f, ["nightfall"] = 19.75f, ["twilight"] = 20.25f, ["blue hour"] = 20.25f,
        ["night"] = 23f, ["nighttime"] = 23f, ["dark"] = 23f, ["midnight"] = 0f, ["late night"] = 1f,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Number words → values.</summary>
    public static FrozenDictionary<string, int> NumberWords { get; } = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fortyfive"] = 45, ["fifty"] = 50, ["sixty"] = 60, ["ninety"] = 90, ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Ordinal words → 1-based positions ("last" = -1).</summary>
    public static FrozenDictionary<string, int> Ordinals { get; } = new Dictionary<string, int>
    {
        ["first"] = 1, ["1st"] = 1, ["second"] = 2, ["2nd"] = 2, ["third"] = 3, ["3rd"] = 3, ["fourth"] = 4, ["4th"] = 4,
        ["fifth"] = 5, ["5th"] = 5, ["sixth"] = 6, ["6th"] = 6, ["seventh"] = 7, ["7th"] = 7, ["eighth"] = 8, ["8th"] = 8,
        ["ninth"] = 9, ["9th"] = 9, ["tenth"] = 10, ["10th"] = 10, ["last"] = -1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Superlatives and size adjectives → which match is meant.</summary>
    public static FrozenDictionary<string, Superlative> Superlatives { get; } = new Dictionary<string, Superlative>
    {
        ["nearest"] = Superlative.Nearest, ["closest"] = Superlative.Nearest, ["near"] = Superlative.Nearest,
        ["farthest"] = Superlative.Farthest, ["furthest"] = Superlative.Farthest, ["far"] = Superlative.Farthest, ["distant"] = Superlative.Farthest,
        ["tallest"] = Superlative.Tallest, ["highest"] = Superlative.Tallest, ["tall"] = Superlative.Tallest,
        ["shortest"] = Superlative.Shortest, ["lowest"] = Superlative.Shortest, ["short"] = Superlative.Shortest,
        ["biggest"] = Superlative.Largest, ["largest"] = Superlative.Largest, ["big"] = Superlative.Largest, ["large"] = Superlative.Largest, ["huge"] = Superlative.Largest,
        ["smallest"] = Superlative.Smallest, ["small"] = Superlative.Smallest, ["little"] = Superlative.Smallest, ["tiny"] = Superlative.Smallest,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every word the language knows, for "did you mean" over subjects, colours and times.</summary>
    public static IReadOnlyList<string> SubjectWords { get; } = Nouns.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The singular dictionary form of a noun token ("trees" → "tree", "people" → "person"), or null if unknown.</summary>
    public static string? Singular(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Irregular.TryGetValue(word, out string? s))
        {
            return s;
        }
        if (Nouns.ContainsKey(word))
        {
            return word;
        }
        if (word.EndsWith("ies", StringComparison.Ordinal) && Nouns.ContainsKey(word[..^3] + "y"))
        {
            return word[..^3] + "y";
        }
        if (word.EndsWith("es", StringComparison.Ordinal) && Nouns.ContainsKey(word[..^2]))
        {
            return word[..^2];
        }
        if (word.EndsWith('s') && Nouns.ContainsKey(word[..^1]))
        {
            return word[..^1];
        }
        return null;
    }

    private static FrozenDictionary<string, NounMeaning> BuildNouns()
    {
        var d = new Dictionary<string, NounMeaning>(StringComparer.Ordinal);
        void Obj(SemanticLabel spawn, params string[] words)
        {
            foreach (string w in words)
            {
                d[w] = new NounMeaning(w, [spawn], null, spawn);
            }
        }
        void Group(SemanticLabel[] labels, SemanticLabel spawn, params string[] words)
        {
            foreach (string w in words)
            {
                d[w] = new NounMeaning(w, labels, null, spawn);
            }
        }
        void Land(AnchorKind kind, params string[] words)
        {
            foreach (string w in words)
            {
                d[w] = new NounMeaning(w, [], kind, SemanticLabel.None);
            }
        }

        Group(Trees, SemanticLabel.Broadleaf, "tree");
        Obj(SemanticLabel.Conifer, "pine", "pine tree", "spruce", "fir", "fir tree", "conifer", "evergreen", "cedar", "larch");
        Obj(SemanticLabel.Broadleaf, "oak", "oak tree", "maple", "beech", "elm", "broadleaf", "chestnut", "willow", "poplar");
        Obj(SemanticLabel.Birch, "birch", "birch tree", "aspen");
        Obj(SemanticLabel.Palm, "palm", "palm tree", "coconut palm");
        Obj(SemanticLabel.JungleTree, "jungle tree");
        Obj(SemanticLabel.DeadTree, "dead tree", "snag");
        Obj(SemanticLabel.Acacia, "acacia", "acacia tree");
        Obj(SemanticLabel.Bamboo, "bamboo");
        Obj(SemanticLabel.Bush, "bush", "shrub", "hedge");
        Obj(SemanticLabel.Cactus, "cactus");
        Obj(SemanticLabel.Flower, "flower");
        Obj(SemanticLabel.Reed, "reed");
        Obj(SemanticLabel.Crop, "crop");
        Group(Rocks, SemanticLabel.Boulder, "rock");
        Obj(SemanticLabel.Boulder, "boulder");
        Obj(SemanticLabel.Stone, "stone");
        Obj(SemanticLabel.Log, "log");
        Obj(SemanticLabel.Stump, "stump", "tree stump");

        Group(Buildings, SemanticLabel.House, "building", "structure", "village", "town", "hamlet", "settlement");
        Obj(SemanticLabel.Cabin, "cabin", "hut", "shack", "lodge", "log cabin");
        Obj(SemanticLabel.House, "house", "home", "bungalow", "villa", "farmhouse");
        Obj(SemanticLabel.Cottage, "cottage");
        Obj(SemanticLabel.Barn, "barn", "shed", "stable");
        Obj(SemanticLabel.Castle, "castle", "fort", "fortress", "palace");
        Obj(SemanticLabel.Tower, "tower");
        Obj(SemanticLabel.Ruins, "ruin");
        Obj(SemanticLabel.Lighthouse, "lighthouse");
        Obj(SemanticLabel.Windmill, "windmill", "mill");
        Obj(SemanticLabel.Bridge, "bridge");
        Obj(SemanticLabel.Pier, "pier", "dock", "jetty", "harbour", "harbor", "wharf", "quay", "marina", "port", "boardwalk");
        Obj(SemanticLabel.Fence, "fence");
        Obj(SemanticLabel.Wall, "wall");
        Obj(SemanticLabel.Shop, "shop", "store", "bakery");
        Obj(SemanticLabel.Church, "church", "chapel");
        Obj(SemanticLabel.Well, "well");
        Obj(SemanticLabel.Silo, "silo", "grain silo");
        Obj(SemanticLabel.MarketStall, "market stall", "stall");
        Obj(SemanticLabel.Saloon, "saloon");
        Obj(SemanticLabel.Gravestone, "gravestone", "headstone", "tombstone", "grave");
        Obj(SemanticLabel.Shrine, "shrine");
        Obj(SemanticLabel.Temple, "temple", "pagoda");
        Obj(SemanticLabel.Fountain, "fountain");
        Obj(SemanticLabel.Warehouse, "warehouse");
        Obj(SemanticLabel.Monastery, "monastery", "abbey");

        Group(Vehicles, SemanticLabel.Car, "vehicle");
        Obj(SemanticLabel.Car, "car", "sedan", "automobile", "jeep");
        Obj(SemanticLabel.Truck, "truck", "lorry", "pickup", "pickup truck", "van", "bus");
        Obj(SemanticLabel.Boat, "boat", "ship", "canoe", "rowboat", "sailboat", "kayak");
        Obj(SemanticLabel.Bench, "bench");
        Obj(SemanticLabel.LampPost, "lamp post", "lamppost", "streetlight", "street lamp", "street light", "lamp");
        Obj(SemanticLabel.Sign, "sign", "signpost");
        Obj(SemanticLabel.Bicycle, "bicycle", "bike");
        Obj(SemanticLabel.Barrel, "barrel");
        Obj(SemanticLabel.Crate, "crate", "box");
        Obj(SemanticLabel.Campfire, "campfire", "bonfire", "fire");
        Obj(SemanticLabel.Tent, "tent");
        Obj(SemanticLabel.Cart, "cart", "wagon");
        Obj(SemanticLabel.Shipwreck, "shipwreck", "wreck");

        Group(Animals, SemanticLabel.Deer, "animal", "creature");
        Group([.. Animals, SemanticLabel.Person], SemanticLabel.Person, "character");
        Obj(SemanticLabel.Person, "person", "man", "woman", "child", "kid", "hiker", "walker", "villager", "figure", "someone", "stranger", "traveller", "farmer",
            "fisherman", "fisher", "sailor", "traveler", "tourist", "girl", "boy", "actor", "hero", "rider",
            "soldier", "knight", "guard", "shepherd", "worker", "runner", "old man", "old woman", "passerby", "pedestrian", "local");
        Obj(SemanticLabel.Deer, "deer", "stag", "doe", "fawn");
        Obj(SemanticLabel.Bird, "bird", "crow", "seagull", "gull");
        Obj(SemanticLabel.Cow, "cow", "bull");
        Obj(SemanticLabel.Horse, "horse", "pony");
        Obj(SemanticLabel.Sheep, "sheep", "lamb");
        Obj(SemanticLabel.Dog, "dog", "puppy");
        Obj(SemanticLabel.Fox, "fox");
        Obj(SemanticLabel.Rabbit, "rabbit", "bunny", "hare");
        Obj(SemanticLabel.Wolf, "wolf");
        Obj(SemanticLabel.Bear, "bear");
        Obj(SemanticLabel.Camel, "camel");
        Obj(SemanticLabel.Giraffe, "giraffe");
        Obj(SemanticLabel.Zebra, "zebra");
        Obj(SemanticLabel.Donkey, "donkey", "mule");
        Obj(SemanticLabel.Rider, "horseman", "horsewoman", "cowboy on horseback");
        Obj(SemanticLabel.Duck, "duck", "goose", "swan");

        Land(AnchorKind.Lake, "lake", "pond", "loch", "water", "lagoon");
        Land(AnchorKind.River, "river", "stream", "creek", "brook");
        Land(AnchorKind.Sea, "sea", "ocean");
        Land(AnchorKind.Coast, "coast", "shore", "shoreline", "coastline", "waterfront");
        Land(AnchorKind.Beach, "beach");
        Land(AnchorKind.Hill, "hill", "hilltop", "mound");
        Land(AnchorKind.Mountain, "mountain", "peak", "summit");
        Land(AnchorKind.Cliff, "cliff");
        Land(AnchorKind.Valley, "valley");
        Land(AnchorKind.Forest, "forest", "woods", "woodland", "grove");
        Land(AnchorKind.Meadow, "meadow", "clearing", "grassland", "pasture");
        Land(AnchorKind.Field, "field", "farmland");
        Land(AnchorKind.Road, "road", "street", "highway", "lane", "path", "trail", "track");
        Land(AnchorKind.Island, "island");
        Land(AnchorKind.Waterfall, "waterfall", "falls");
        Land(AnchorKind.Desert, "desert");
        Land(AnchorKind.Swamp, "swamp", "marsh", "bog");
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
