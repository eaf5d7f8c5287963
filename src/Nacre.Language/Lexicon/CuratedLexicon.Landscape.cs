using Nacre.Core;

namespace Nacre.Language.Lexicon;

// The land: biomes, relief, water and settlements, and the landforms things can be placed relative to.
internal static partial class CuratedLexicon
{
    private static void AddLandscape(Builder b)
    {
        AddLandforms(b);
        AddBiomes(b);
        AddRelief(b);
        AddWater(b);
        AddSettlements(b);
    }

    private static void AddBiomes(Builder b)
    {
        // A forest with no kind named is mixed; "pine forest" replaces the mix with the tree's own forest.
        b.Noun("wood", Senses.Biome(Biome.BroadleafForest, AnchorKind.Forest, "forest", 0.75f) with { Material = MaterialKind.Wood });
        b.Noun("forest|forests|woods|woodland|woodlands|wildwood|grove|groves|copse|thicket of trees|treeline|tree line|timberland|backwoods|wooded area|woods area",
            Senses.Biome(Biome.BroadleafForest, AnchorKind.Forest, "forest", 0.75f));
        b.Noun("pine forest|pine woods|conifer forest|coniferous forest|evergreen forest|taiga|boreal forest|spruce forest|fir forest|pinewood|pinewoods|pine grove",
            Senses.Biome(Biome.ConiferForest, AnchorKind.Forest, "conifer forest", 0.75f));
        b.Noun("birch forest|birch grove|birch woods|aspen grove", Senses.Biome(Biome.BirchForest, AnchorKind.Forest, "birch forest", 0.7f));
        b.Noun("palm grove|palm forest|oasis palms", Senses.Biome(Biome.PalmGrove, AnchorKind.Forest, "palm grove", 0.6f));
        b.Noun("bamboo forest|bamboo grove|bamboo thicket", Senses.Biome(Biome.BambooForest, AnchorKind.Forest, "bamboo forest", 0.85f));
        b.Noun("jungle|jungles|rainforest|rain forest|rainforests|tropical forest|cloud forest|tropics|tropical jungle|mangrove swamp",
            Senses.Biome(Biome.Jungle, AnchorKind.Forest, "jungle", 0.9f));
        b.Noun("deciduous forest|broadleaf forest|oak forest|oak woods|beech forest|maple forest",
            Senses.Biome(Biome.BroadleafForest, AnchorKind.Forest, "broadleaf forest", 0.75f));
        // The season is part of the phrase: "an autumn forest" is the forest of "a forest in autumn".
        b.Noun("autumn forest|autumn forests|autumn woods|autumnal forest|autumnal woods|fall forest|fall woods",
            Senses.Biome(Biome.BroadleafForest, AnchorKind.Forest, "broadleaf forest", 0.75f) with { Season = Season.Autumn });
        b.Noun("meadow|meadows|grassland|grasslands|pasture|pastures|clearing|glade|lawn|lawns|heath|heathland|moor|moors|moorland|downs|green field|green fields|open field|open fields|park|parkland|garden|gardens|orchard|orchards",
            Senses.Biome(Biome.Meadow, AnchorKind.Meadow, "meadow"));
        b.Noun("field|fields", Senses.Biome(Biome.Meadow, AnchorKind.Field, "field"));
        b.Noun("paddock|paddocks|corral|corrals|enclosure|pen", Senses.Biome(Biome.Meadow, AnchorKind.Field, "field") with { Implies = [SemanticLabel.Fence] });
        b.Noun("farm|farms|farmyard|farmyards|ranch|ranches|farmstead|farmsteads",
            Senses.Biome(Biome.Farmland, AnchorKind.Field, "farm") with { Implies = [SemanticLabel.Barn], Layout = SettlementLayout.Farmstead });
        b.Noun("farmland|farmlands|countryside|cropland|arable land|fields of wheat|rolling farmland|agricultural land|homestead farm|allotment|allotments",
            Senses.Biome(Biome.Farmland, AnchorKind.Field, "farmland") with { Implies = [SemanticLabel.Barn] });
        b.Noun("desert|deserts|sand|sands|wasteland|wastelands|badland|dry land|scrubland|outback|sahara|arid land|salt flat|salt flats",
            Senses.Biome(Biome.Desert, AnchorKind.Desert, "desert", 0.08f) with { WaterAmount = WaterAmount.None });
        b.Noun("oasis", Senses.Biome(Biome.Desert, AnchorKind.Lake, "oasis", 0.3f) with { Water = WaterKinds.Lake, Implies = [SemanticLabel.Palm] });
        b.Noun("tundra|arctic|snowfield|snowfields|ice field|icefield|ice sheet|permafrost|polar|antarctic|snowscape|ice|frozen waste|frozen wastes",
            Senses.Biome(Biome.Tundra, null, "tundra", 0.2f) with { Season = Season.Winter });
        b.Noun("swamp|swamps|marsh|marshes|marshland|bog|bogs|wetland|wetlands|bayou|fen|fens|mire|quagmire|everglades|mudflat|mudflats|slough",
            Senses.Biome(Biome.Swamp, AnchorKind.Swamp, "swamp", 0.7f) with { Water = WaterKinds.Lake });
        b.Noun("beach|beaches|seashore|strand|sandy beach|white sand beach|shoreline|sand beach|surf beach|dunes beach",
            Senses.Biome(Biome.Beach, AnchorKind.Beach, "beach") with { Relief = Relief.Coast, Water = WaterKinds.Sea });
        b.Noun("shore|shores|waterfront|water's edge|waterside|seafront|beachfront|seashore front",
            new Sense { Concept = "shore", Anchor = AnchorKind.Coast });
        b.Noun("lakeside|lakeshore|lakefront|lake shore|lake edge", Senses.Water(WaterKinds.Lake, AnchorKind.Lake, "lake"));
        b.Noun("riverside|riverbank|river bank|riverfront|bank|banks|streamside|creekside", Senses.Water(WaterKinds.River, AnchorKind.River, "river"));
        b.Noun("urban|city street|downtown|cityscape|metropolis|city center|city centre|skyline|inner city",
            Senses.Biome(Biome.Urban, AnchorKind.Road, "city") with { Settlement = SettlementKind.City });
        b.Noun("suburb|suburbs|suburbia|suburban|neighborhood|neighbourhood|residential area|housing estate|cul-de-sac",
            Senses.Biome(Biome.Suburban, AnchorKind.Road, "suburb") with { Settlement = SettlementKind.Town });
    }

    private static void AddRelief(Builder b)
    {
        b.Noun("flat|flatland|flatlands|flats|level ground|level|plateau of flat",
            Senses.Relief(Relief.Flat, null, "flat land") with { Scale = 0.4f });
        b.Noun("plain|plains|lowland|lowlands|open plain|open plains|grassy plain|grassy plains",
            Senses.Relief(Relief.Plains, AnchorKind.Field, "plains"));
        b.Noun("hill|hills|hillside|hillsides|hilltop|hilltops|knoll|knolls|mound|mounds|slope|slopes|rolling hills|rolling hill|hill country|foothills|foothill|highlands|upland|uplands|rise|bluffs inland|hillock|down",
            Senses.Relief(Relief.RollingHills, AnchorKind.Hill, "hills"));
        b.Noun("mountain|mountains|peak|peaks|summit|summits|alps|mountain range|mountain ranges|range|ridge|ridges|massif|sierra|mountainside|mountaintop|pass|mountain pass|highland|crags|pinnacle|pinnacles|matterhorn|himalayas|rockies|fells|fell",
            Senses.Relief(Relief.Mountains, AnchorKind.Mountain, "mountains"));
        b.Noun("valley|valleys|vale|dale|dales|glen|glens|basin|hollow|dell|lowland valley|river valley",
            Senses.Relief(Relief.RollingHills, AnchorKind.Valley, "valley"));
        b.Noun("gully|gullies", Senses.Relief(Relief.Canyon, AnchorKind.Valley, "canyon"));
        b.Noun("coast|coasts|coastline|coastlines|seaside|seacoast|bay|bays|cove|coves|inlet|headland|headlands|peninsula|cape|gulf|shoreside|littoral|riviera|sea coast",
            Senses.Relief(Relief.Coast, AnchorKind.Coast, "coast") with { Water = WaterKinds.Sea });
        b.Noun("harbor|harbour|harbors|harbours|port|seaport|fishing harbor|fishing harbour|marina harbour",
            Senses.Relief(Relief.Coast, AnchorKind.Coast, "harbour") with { Water = WaterKinds.Sea, Implies = [SemanticLabel.Boat, SemanticLabel.Pier], Layout = SettlementLayout.Harbour });
        b.Noun("island|islands|isle|isles|islet|islets|atoll|atolls|key|cay",
            Senses.Relief(Relief.Islands, AnchorKind.Island, "islands") with { Water = WaterKinds.Sea, WaterAmount = WaterAmount.Much });
        b.Noun("cliff|cliffs|bluff|bluffs|precipice|precipices|escarpment|cliff face|cliffside|clifftop|cliff top|rock face|ledge|overhang",
            Senses.Relief(Relief.Cliffs, AnchorKind.Cliff, "cliffs"));
        // The walls of a fjord or a canyon are its cliffs, not masonry ("a fjord with steep walls").
        b.Noun("steep walls|sheer walls|towering walls|high walls of rock|rock walls|rocky walls|granite walls|cliff walls|canyon walls|fjord walls|gorge walls|valley walls",
            Senses.Relief(Relief.Cliffs, AnchorKind.Cliff, "cliffs"));
        b.Adj("hilly|rolling|undulating hills", Senses.Relief(Relief.RollingHills, null, "hills"));
        b.Adj("mountainous|alpine|mountain|craggy peaks|highland|montane", Senses.Relief(Relief.Mountains, null, "mountains"));
        b.Adj("coastal|seaside|maritime|oceanside|oceanfront|beachside|by-the-sea",
            Senses.Relief(Relief.Coast, AnchorKind.Coast, "coast") with { Water = WaterKinds.Sea });
    }

    private static void AddWater(Builder b)
    {
        b.Noun("lake|lakes|pond|ponds|pool|pools|lagoon|lagoons|reservoir|reservoirs|loch|lochs|mere|millpond|mill pond|lake shore|watering hole|puddle|puddles",
            Senses.Water(WaterKinds.Lake, AnchorKind.Lake, "lake"));
        b.Noun("river|rivers|stream|streams|creek|creeks|brook|brooks|canal|canals|rivulet|rivulets|tributary|burn|beck|waterway|waterways|channel|rapids|riverbed|river bed|moat|ditch",
            Senses.Water(WaterKinds.River, AnchorKind.River, "river"));
        b.Noun("sea|seas|ocean|oceans|waves|surf|open sea|open ocean|high seas|seawater|sea water|tide|tides|breakers|shoreline waves|the deep|bay water|ocean waves",
            Senses.Water(WaterKinds.Sea, AnchorKind.Sea, "sea") with { WaterAmount = WaterAmount.Much, Relief = Relief.Coast });
        b.Noun("water|waters|body of water|bodies of water|open water|still water|calm water|running water",
            new Sense { Concept = "water", Anchor = AnchorKind.Lake, WaterAmount = WaterAmount.Some, ExcludedWhenNegated = Exclusions.Water });
        b.Noun("hot spring|hot springs|geyser|geysers", Senses.Water(WaterKinds.Lake, AnchorKind.Lake, "spring water"));
        b.Adj("dry|arid|parched|waterless|drought|drought-stricken|sun-baked|sunbaked|bone-dry",
            new Sense { Concept = "dry", WaterAmount = WaterAmount.None });
        b.Adj("wet|watery|waterlogged|flooded|soggy|boggy", new Sense { Concept = "wet", WaterAmount = WaterAmount.Much });
    }

    private static void AddSettlements(Builder b)
    {
        b.Noun("harbour town|harbor town|port town|fishing town|port city|harbour village|harbor village",
            new Sense { Concept = "harbour town", Settlement = SettlementKind.Town, Relief = Relief.Coast, Water = WaterKinds.Sea, Anchor = AnchorKind.Coast, Implies = [SemanticLabel.Boat, SemanticLabel.Pier, SemanticLabel.Road], Layout = SettlementLayout.Harbour, ExcludedWhenNegated = Exclusions.Structures });
        // The wild west: one dusty main street with a saloon, in dry country.
        b.Noun("western town|western towns|wild west|wild west town|old west|old west town|frontier town|frontier towns|cowboy town|western street|western main street|western village|wild-west town",
            new Sense { Concept = "western town", Settlement = SettlementKind.Town, Biome = Biome.Desert, Density = 0.15f, Anchor = AnchorKind.Road, Layout = SettlementLayout.WesternStreet, Implies = [SemanticLabel.Saloon], ImpliedCount = 1, ExcludedWhenNegated = Exclusions.Structures });
        b.Noun("fishing village|fishing hamlet|seaside village|coastal village",
            new Sense { Concept = "fishing village", Settlement = SettlementKind.Village, Relief = Relief.Coast, Water = WaterKinds.Sea, Anchor = AnchorKind.Coast, Implies = [SemanticLabel.Boat, SemanticLabel.Pier], ExcludedWhenNegated = Exclusions.Structures });
        b.Noun("hamlet|hamlets|settlement|outpost|homesteads|cluster of houses|few houses",
            new Sense { Concept = "hamlet", Settlement = SettlementKind.Hamlet, ExcludedWhenNegated = Exclusions.Structures });
        b.Noun("village|villages|pueblo|kampong|township",
            new Sense { Concept = "village", Settlement = SettlementKind.Village, ExcludedWhenNegated = Exclusions.Structures });
        b.Noun("town street|town streets", new Sense { Concept = "town", Settlement = SettlementKind.Town, Layout = SettlementLayout.Street, Implies = [SemanticLabel.Road], ExcludedWhenNegated = Exclusions.Structures });
        b.Noun("town|towns|market town|old town|main street town|townscape|old quarter|quarter|borough",
            new Sense { Concept = "town", Settlement = SettlementKind.Town, Implies = [SemanticLabel.Road], ExcludedWhenNegated = Exclusions.Structures });
        b.Noun("city|cities|metropolis city|megacity|big city|capital",
            new Sense { Concept = "city", Settlement = SettlementKind.City, Biome = Biome.Urban, Implies = [SemanticLabel.Road], ExcludedWhenNegated = Exclusions.Structures });
    }
}
