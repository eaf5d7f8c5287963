using Nacre.Core;

namespace Nacre.Language.Lexicon;

// Named landforms: the words that ask for a world built around one recognisable shape ("a fjord", "a volcano"), each
// with the relief, water, biome and season it brings. Added before the generic landscape words, so "mountain lake"
// is a mountain lake, not just a lake.
internal static partial class CuratedLexicon
{
    private static void AddLandforms(Builder b)
    {
        AddRockLandforms(b);
        AddCoastLandforms(b);
        AddWaterLandforms(b);
        AddOpenLandforms(b);
    }

    private static void AddRockLandforms(Builder b)
    {
        b.Noun("canyon|canyons|red rock canyon|red rock canyons|slot canyon|slot canyons|box canyon|grand canyon|ravine|ravines|chasm|chasms|gulch|gulches|arroyo|arroyos|badlands|red rock|red rocks",
            Senses.Landform(Landform.Canyon, Relief.Canyon, AnchorKind.Valley));
        b.Noun("gorge|gorges|river gorge|river gorges", Senses.Landform(Landform.Gorge, Relief.Canyon, AnchorKind.Valley) with { Water = WaterKinds.River });
        b.Noun("mesa|mesas|tableland|tablelands|table mountain|table mountains", Senses.Landform(Landform.Mesa, Relief.Canyon, AnchorKind.Hill));
        b.Noun("butte|buttes", Senses.Landform(Landform.Butte, Relief.Canyon, AnchorKind.Hill));
        b.Noun("volcanic island|volcanic islands",
            Senses.Landform(Landform.Volcano, Relief.Islands, AnchorKind.Mountain) with { Water = WaterKinds.Sea, WaterAmount = WaterAmount.Much });
        b.Noun("erupting volcano|active volcano|smoking volcano|volcanic eruption|eruption|eruptions",
            Senses.Landform(Landform.Volcano, Relief.Mountains, AnchorKind.Mountain) with { Implies = [SemanticLabel.Lava], ImpliedCount = 1, Mood = Mood.Dramatic });
        b.Noun("volcano|volcanoes|volcanos|crater|craters|volcanic crater|caldera|calderas|cinder cone|stratovolcano",
            Senses.Landform(Landform.Volcano, Relief.Mountains, AnchorKind.Mountain));
        b.Adj("volcanic", Senses.Landform(Landform.Volcano, Relief.Mountains, null));
        b.Adj("erupting", Senses.Landform(Landform.Volcano, Relief.Mountains, null) with { Implies = [SemanticLabel.Lava], ImpliedCount = 1, Mood = Mood.Dramatic });
        b.Noun("lava|lava flow|lava flows|lava field|lava fields|molten lava|magma|lava lake|lava river",
            Senses.Feature(SemanticLabel.Lava) with { Landform = Landform.Volcano, Relief = Relief.Mountains });
        b.Noun("glacier|glaciers|ice tongue|glacier tongue|icefall|ice fall",
            Senses.Landform(Landform.Glacier, Relief.Mountains, AnchorKind.Mountain) with { Biome = Biome.Tundra, Density = 0.1f, Season = Season.Winter });
        b.Noun("plateau|plateaus|plateaux|highland plateau|high plateau", Senses.Landform(Landform.Plateau, Relief.Plains, AnchorKind.Hill) with { Scale = 1.3f });
    }

    private static void AddCoastLandforms(Builder b)
    {
        b.Noun("fjord|fjords|fiord|fiords|sea loch|sea lochs", Senses.Landform(Landform.Fjord, Relief.Cliffs, AnchorKind.Cliff) with { Water = WaterKinds.Sea, Scale = 1.5f });
        b.Noun("sea cliff|sea cliffs|ocean cliffs|coastal cliffs|seaside cliffs|cliffs by the sea|cliffs above the sea|sea stack|sea stacks",
            Senses.Landform(Landform.SeaCliffs, Relief.Cliffs, AnchorKind.Cliff) with { Water = WaterKinds.Sea });
        b.Noun("chalk cliff|chalk cliffs|white cliff|white cliffs|white cliffs of dover|chalk coast|white chalk cliff|white chalk cliffs|chalk sea cliff|chalk sea cliffs|white chalk sea cliffs|white sea cliff|white sea cliffs",
            Senses.Landform(Landform.ChalkCliffs, Relief.Cliffs, AnchorKind.Cliff) with { Water = WaterKinds.Sea });
        b.Noun("rocky coast|rocky coasts|rocky coastline|rocky coastlines|rocky shore|rocky shores|rocky shoreline|rugged coast|rugged coastline|rocky beach|rocky cove",
            Senses.Landform(Landform.RockyCoast, Relief.Coast, AnchorKind.Coast) with { Water = WaterKinds.Sea, Implies = [SemanticLabel.Boulder], ImpliedCount = 3 });
        b.Noun("sandy coast|sandy coasts|sandy coastline|sandy shore|sandy shores|sandy shoreline",
            Senses.Landform(Landform.SandyCoast, Relief.Coast, AnchorKind.Beach) with { Water = WaterKinds.Sea, Biome = Biome.Beach });
        b.Noun("river delta|river deltas|delta|deltas", Senses.Landform(Landform.Delta, Relief.Coast, AnchorKind.River) with { Water = WaterKinds.River | WaterKinds.Sea });
        b.Noun("estuary|estuaries|river mouth|tidal estuary|firth", Senses.Landform(Landform.Estuary, Relief.Coast, AnchorKind.Coast) with { Water = WaterKinds.River | WaterKinds.Sea });
        b.Noun("archipelago|archipelagos|archipelagoes|island chain|chain of islands",
            Senses.Landform(Landform.Archipelago, Relief.Islands, AnchorKind.Island) with { Water = WaterKinds.Sea, WaterAmount = WaterAmount.Much });
        b.Noun("tropical island|tropical islands|desert island|desert islands|coral island|coral islands|paradise island|castaway island",
            Senses.Landform(Landform.TropicalIsland, Relief.Islands, AnchorKind.Island) with { Water = WaterKinds.Sea, WaterAmount = WaterAmount.Much, Biome = Biome.Beach });
    }

    private static void AddWaterLandforms(Builder b)
    {
        b.Noun("mountain lake|mountain lakes|alpine lake|alpine lakes|crater lake|crater lakes|glacial lake|glacial lakes|tarn|tarns|mountain tarn",
            Senses.Landform(Landform.MountainLake, Relief.Mountains, AnchorKind.Lake) with { Water = WaterKinds.Lake });
        b.Noun("waterfall|waterfalls|falls|cascade|cascades|cataract|cataracts|water fall|plunge pool",
            Senses.Water(WaterKinds.Waterfall | WaterKinds.River, AnchorKind.Waterfall, "waterfall") with { Landform = Landform.Waterfall });
        b.Noun("alpine valley|alpine valleys|mountain valley|mountain valleys|high valley|glacial valley",
            Senses.Landform(Landform.AlpineValley, Relief.Mountains, AnchorKind.Valley));
    }

    private static void AddOpenLandforms(Builder b)
    {
        b.Noun("dune|dunes|sand dune|sand dunes|sandhills|erg|dune field|dune sea",
            Senses.Landform(Landform.Dunes, Relief.Dunes, AnchorKind.Desert) with { Biome = Biome.Desert, Density = 0.05f, WaterAmount = WaterAmount.None });
        b.Noun("savanna|savannah|savannas|savannahs|african plains|serengeti|veld|veldt|bushveld",
            Senses.Landform(Landform.Savanna, Relief.Plains, AnchorKind.Meadow) with { Biome = Biome.Savanna, Density = 0.35f });
        b.Noun("prairie|prairies|grassland plains|great plains|steppe|steppes|pampas|open range|tallgrass prairie|shortgrass prairie",
            Senses.Landform(Landform.Prairie, Relief.Plains, AnchorKind.Meadow) with { Biome = Biome.Prairie, Density = 0.4f });
    }
}
