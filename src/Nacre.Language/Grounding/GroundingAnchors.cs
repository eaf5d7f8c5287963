namespace Nacre.Language.Grounding;

/// <summary>
/// The WordNet synsets that stand for the engine's categories: a noun grounds to the nearest of these above it in
/// the is-a hierarchy. Each is named by lemma and sense number (WordNet 3.0, most frequent sense = 1) and maps to a
/// curated lexicon word, whose meaning the grounded noun takes. More specific anchors sit lower in the hierarchy,
/// so "spruce" reaches "conifer" before "tree", and "pond" reaches "lake" before "body of water".
/// </summary>
internal static class GroundingAnchors
{
    public static IReadOnlyList<(string Lemma, int Sense, string Curated)> All { get; } =
    [
        // Plants.
        ("conifer", 1, "conifer"), ("pine", 1, "pine"), ("palm", 3, "palm"), ("birch", 2, "birch"), ("bamboo", 2, "bamboo"),
        ("tree", 1, "oak"), ("shrub", 1, "bush"), ("cactus", 1, "cactus"), ("flower", 1, "flower"), ("flower", 2, "flower"),
        ("grass", 1, "grass"), ("reed", 1, "reed"), ("crop", 2, "crop"), ("cereal", 1, "crop"), ("vine", 1, "vines"),
        ("herb", 1, "grass"), ("fern", 1, "fern"), ("moss", 1, "grass"), ("mangrove", 1, "mangrove"),
        // Structures.
        ("house", 1, "house"), ("dwelling", 1, "house"), ("building", 1, "house"), ("housing", 1, "house"), ("cottage", 1, "cottage"),
        ("cabin", 2, "cabin"), ("hut", 2, "cabin"), ("hut", 1, "cabin"), ("shelter", 1, "cabin"), ("barn", 1, "barn"), ("farm_building", 1, "barn"),
        ("castle", 2, "castle"), ("castle", 1, "castle"), ("fortification", 1, "castle"), ("defensive_structure", 1, "castle"), ("tower", 1, "tower"), ("ruin", 2, "ruins"),
        ("lighthouse", 1, "lighthouse"), ("windmill", 1, "windmill"), ("windmill", 2, "windmill"),
        ("bridge", 1, "bridge"), ("pier", 1, "pier"), ("fence", 1, "fence"), ("wall", 1, "wall"), ("shop", 1, "shop"),
        ("mercantile_establishment", 1, "shop"), ("place_of_worship", 1, "church"), ("well", 1, "well"),
        ("road", 1, "road"), ("street", 1, "street"), ("thoroughfare", 1, "road"), ("path", 2, "path"), ("trail", 2, "trail"), ("track", 1, "track"),
        // Props.
        ("car", 1, "car"), ("motor_vehicle", 1, "car"), ("truck", 1, "truck"), ("wheeled_vehicle", 1, "cart"),
        ("boat", 1, "boat"), ("ship", 1, "ship"), ("vessel", 2, "boat"), ("craft", 2, "boat"),
        ("bench", 1, "bench"), ("seat", 3, "bench"), ("lamppost", 1, "lamppost"), ("street_lamp", 1, "street lamp"), ("lamp", 1, "lamp"),
        ("signboard", 1, "sign"), ("sign", 2, "sign"), ("bicycle", 1, "bicycle"), ("barrel", 2, "barrel"), ("crate", 1, "crate"), ("box", 1, "box"),
        ("campfire", 1, "campfire"), ("fire", 3, "fire"), ("tent", 1, "tent"),
        ("boulder", 1, "boulder"), ("rock", 1, "rock"), ("stone", 2, "stone"), ("log", 1, "log"), ("stump", 1, "stump"),
        // Characters.
        ("person", 1, "person"), ("people", 1, "people"), ("deer", 1, "deer"), ("bird", 1, "bird"), ("bovine", 1, "cow"), ("cattle", 1, "cattle"),
        ("horse", 1, "horse"), ("foal", 1, "horse"), ("equine", 1, "horse"), ("sheep", 1, "sheep"), ("goat", 1, "goat"), ("dog", 1, "dog"), ("fox", 1, "fox"),
        ("rabbit", 1, "rabbit"), ("leporid", 1, "rabbit"), ("rodent", 1, "squirrel"), ("wolf", 1, "wolf"), ("bear", 1, "bear"),
        ("camel", 1, "camel"), ("duck", 1, "duck"), ("anseriform_bird", 1, "duck"), ("animal", 1, "animal"),
        // Land and water.
        ("lake", 1, "lake"), ("river", 1, "river"), ("stream", 1, "stream"), ("waterfall", 1, "waterfall"),
        ("sea", 1, "sea"), ("ocean", 1, "ocean"), ("body_of_water", 1, "lake"), ("bay", 1, "bay"), ("channel", 4, "channel"),
        ("hill", 1, "hill"), ("mountain", 1, "mountain"), ("natural_elevation", 1, "hill"), ("cliff", 1, "cliff"),
        ("valley", 1, "valley"), ("ravine", 1, "ravine"), ("canyon", 1, "canyon"), ("island", 1, "island"), ("beach", 1, "beach"),
        ("shore", 1, "shore"), ("coast", 1, "coast"), ("desert", 1, "desert"), ("wetland", 1, "wetland"), ("swamp", 1, "swamp"),
        ("forest", 1, "forest"), ("forest", 2, "forest"), ("grassland", 1, "grassland"), ("field", 1, "field"), ("plain", 1, "plain"),
        ("tract", 1, "field"), ("geological_formation", 1, "rock formation"),
        // Weather.
        ("rain", 1, "rain"), ("drizzle", 1, "drizzle"), ("snow", 1, "snow"), ("fog", 1, "fog"), ("fog", 2, "fog"), ("mist", 1, "mist"),
        ("storm", 1, "storm"),
        // Settlements.
        ("town", 1, "town"), ("village", 2, "village"), ("village", 1, "village"), ("city", 1, "city"), ("settlement", 6, "settlement"), ("hamlet", 1, "hamlet"),
    ];
}
