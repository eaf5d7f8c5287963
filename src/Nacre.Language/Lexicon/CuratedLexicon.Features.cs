using Nacre.Core;

namespace Nacre.Language.Lexicon;

// Placeable things: structures, props, characters and single trees, each bound to its SemanticLabel.
internal static partial class CuratedLexicon
{
    private static void AddFeatures(Builder b)
    {
        AddStructures(b);
        AddProps(b);
        AddCharacters(b);
        AddPlants(b);
    }

    private static void AddStructures(Builder b)
    {
        b.Noun("log cabin", Senses.Feature(SemanticLabel.Cabin, "log cabin") with { Material = MaterialKind.Log });
        b.Noun("cabin|hut|shack|shanty|hovel|lodge|chalet|hunting lodge|cabana|bothy|shelter|hideaway|retreat|croft|shieling", Senses.Feature(SemanticLabel.Cabin));
        b.Noun("farmhouse|farm house|house|home|bungalow|villa|mansion|homestead|residence|dwelling|manor|manor house|townhouse|building|cottage house|inn|estate|ranch house|beach house|lake house|country house|summer house|guesthouse|guest house|boathouse", Senses.Feature(SemanticLabel.House));
        b.StandIns("hotel|school|hall|town hall|apartment|apartment building|apartment block|skyscraper|office|office building", Senses.Feature(SemanticLabel.House));
        b.Noun("cottage|cottages", Senses.Feature(SemanticLabel.Cottage));
        b.Noun("silo|silos|grain silo|grain silos", Senses.Feature(SemanticLabel.Silo));
        b.Noun("barn|stable|stables|shed|granary|outbuilding|hayloft|farm building|cowshed|byre", Senses.Feature(SemanticLabel.Barn));
        b.Noun("warehouse|warehouses|storehouse|storehouses|depot|depots|godown", Senses.Feature(SemanticLabel.Warehouse));
        b.Noun("castle|fortress|fort|citadel|keep|palace|stronghold|chateau|château|fortification|castle ruins|alcazar|kremlin", Senses.Feature(SemanticLabel.Castle));
        b.Noun("tower|watchtower|bell tower|clock tower|turret|belfry|minaret|radio tower|water tower|lookout tower|fire tower|keep tower", Senses.Feature(SemanticLabel.Tower));
        b.Noun("ruins|ruin|rubble|remains|ancient ruins|wreckage|temple ruins|foundations", Senses.Feature(SemanticLabel.Ruins, "ruins"));
        // A lighthouse stands where there is a sea to light: it brings the coast with it.
        b.Noun("lighthouse|beacon|light house", Senses.Feature(SemanticLabel.Lighthouse) with { Water = WaterKinds.Sea });
        b.Noun("windmill|mill|wind mill", Senses.Feature(SemanticLabel.Windmill));
        b.StandIns("watermill|water mill|wind turbine|turbine", Senses.Feature(SemanticLabel.Windmill));
        b.Noun("stone bridge|stone bridges|arched stone bridge", Senses.Feature(SemanticLabel.Bridge) with { Material = MaterialKind.Stone });
        b.Noun("bridge|footbridge|viaduct|aqueduct|covered bridge|suspension bridge|drawbridge|overpass", Senses.Feature(SemanticLabel.Bridge));
        b.Noun("jetty|jetties|landing stage|landing stages", Senses.Feature(SemanticLabel.Jetty));
        // A quay, a wharf, docks: the pier of a harbour, laid out as one.
        b.Noun("quay|quays|quayside|wharf|wharves|wharfs|dock|docks|dockside|harbourside|harborside",
            Senses.Feature(SemanticLabel.Pier) with { Layout = SettlementLayout.Harbour });
        b.Noun("pier|boardwalk|marina|landing|mooring|harbor wall|harbour wall|breakwater|promenade", Senses.Feature(SemanticLabel.Pier));
        b.Noun("fence|fences|picket fence|fencing|railing|palisade|stockade", Senses.Feature(SemanticLabel.Fence));
        b.StandIns("dam|weir", Senses.Feature(SemanticLabel.Wall)); // WordNet's common "dam" grounds to nothing, its rare one to a mother animal
        b.Noun("wall|walls|stone wall|city wall|city walls|rampart|ramparts|battlements|dry stone wall|dike|dyke|seawall|sea wall", Senses.Feature(SemanticLabel.Wall));
        b.Noun("saloon|saloons|saloon bar|western saloon", Senses.Feature(SemanticLabel.Saloon) with { Layout = SettlementLayout.WesternStreet });
        // A market is its stalls: "a market" brings several, and lays the settlement out around them.
        b.Noun("market|markets|marketplace|market place|bazaar|bazaars|souk|souks|market square|street market|farmers market|flea market|open-air market|night market|market day",
            Senses.Feature(SemanticLabel.MarketStall, "market") with { GroupCount = 6, Layout = SettlementLayout.Market });
        b.Noun("market stall|market stalls|stall|stalls|market stand|market stands|booth|booths|food stall|food stalls|vendor stall",
            Senses.Feature(SemanticLabel.MarketStall, "market stall") with { Layout = SettlementLayout.Market });
        b.Noun("shop|store|bakery|cafe|café|tavern|pub|bar|restaurant|diner|storefront|shopfront|kiosk|boutique|general store|gas station|petrol station", Senses.Feature(SemanticLabel.Shop));
        b.Noun("church|chapel|cathedral|basilica|kirk|parish church|village church", Senses.Feature(SemanticLabel.Church));
        b.StandIns("mosque|synagogue", Senses.Feature(SemanticLabel.Temple));
        b.Noun("temple|temples|temple complex|temple precinct|temple grounds", Senses.Feature(SemanticLabel.Temple) with { Layout = SettlementLayout.Temple });
        b.StandIns("pagoda", Senses.Feature(SemanticLabel.Temple) with { Layout = SettlementLayout.Temple });
        b.Noun("shrine|shrines|wayside shrine|roadside shrine", Senses.Feature(SemanticLabel.Shrine) with { Layout = SettlementLayout.Temple });
        b.StandIns("stupa|torii|torii gate", Senses.Feature(SemanticLabel.Shrine) with { Layout = SettlementLayout.Temple });
        b.Noun("monastery|monasteries|abbey|abbeys|priory|priories|convent|convents|friary|nunnery|cloister|cloisters",
            Senses.Feature(SemanticLabel.Monastery) with { Layout = SettlementLayout.Monastery });
        // A graveyard is its gravestones: a dozen of them, laid out in rows.
        b.Noun("graveyard|graveyards|cemetery|cemeteries|churchyard|churchyards|burial ground|burial grounds|necropolis",
            Senses.Feature(SemanticLabel.Gravestone, "graveyard") with { GroupCount = 12, Layout = SettlementLayout.Graveyard });
        b.Noun("gravestone|gravestones|headstone|headstones|tombstone|tombstones|grave|graves|tomb|tombs",
            Senses.Feature(SemanticLabel.Gravestone) with { Layout = SettlementLayout.Graveyard });
        b.Noun("fountain|fountains|water fountain|drinking fountain", Senses.Feature(SemanticLabel.Fountain));
        b.Noun("well|wishing well|water well|water pump", Senses.Feature(SemanticLabel.Well));
        b.Noun("street|streets|main street|high street|cobblestone street|cobbled street|cobblestone streets|cobbled streets|narrow street|narrow streets|shopping street",
            Senses.Feature(SemanticLabel.Road, "street") with { Anchor = AnchorKind.Road, Layout = SettlementLayout.Street });
        b.Noun("road|roads|highway|lane|lanes|avenue|boulevard|motorway|freeway|alley|alleyway|dirt road|gravel road|country road|driveway|road network|crossroads|intersection|sidewalk|pavement|traffic circle|roundabout",
            Senses.Feature(SemanticLabel.Road) with { Anchor = AnchorKind.Road });
        b.Noun("town square|main square|public square|square|squares|plaza|plazas|piazza|piazzas|city square",
            Senses.Feature(SemanticLabel.Road, "town square") with { Anchor = AnchorKind.Road, Settlement = SettlementKind.Town, Layout = SettlementLayout.Square });
        b.Noun("village square|village green", Senses.Feature(SemanticLabel.Road, "village square") with { Anchor = AnchorKind.Road, Settlement = SettlementKind.Village, Layout = SettlementLayout.Square });
        b.Noun("path|paths|trail|trails|footpath|track|walkway|hiking trail|dirt path|pathway|towpath|bridleway|boardwalk path|stepping stones|stairs|steps|staircase",
            Senses.Feature(SemanticLabel.Path) with { Anchor = AnchorKind.Road });
        // Collective words: negating them rules out a whole class; as positives they ask for nothing specific.
        b.Noun("buildings|structures|structure|architecture|houses and buildings|construction|constructions|development|developments|property|properties",
            Senses.Feature(SemanticLabel.House, "building") with { ExcludedWhenNegated = Exclusions.Structures });
        b.Noun("man-made|manmade|man made|artificial|human-made|human made|made by man|built|civilization|civilisation|human presence|infrastructure|human activity|human habitation|habitation|signs of life|sign of life|trace of humans|traces of humans|human life|humanity|mankind",
            new Sense { Concept = "", ExcludedWhenNegated = Exclusions.Structures | Exclusions.Roads | Exclusions.Vehicles | Exclusions.People });
    }

    private static void AddProps(Builder b)
    {
        b.Noun("car|cars|automobile|sedan|taxi|cab|hatchback|coupe|convertible|jeep|suv|sports car|station wagon|limousine|police car|vintage car|old car|parked car|race car|racecar",
            Senses.Feature(SemanticLabel.Car));
        b.Noun("vehicle|vehicles|traffic|motor vehicle|automobiles",
            Senses.Feature(SemanticLabel.Car, "car") with { ExcludedWhenNegated = Exclusions.Vehicles });
        // A caravan of camels is the desert's: a touring caravan has its own phrases.
        b.StandIns("caravan park|touring caravan|static caravan|camper caravan|bus|minibus|tram|tractor|camper|camper van|rv",
            Senses.Feature(SemanticLabel.Truck));
        b.Noun("truck|lorry|van|pickup|pickup truck|trailer|semi|delivery van|fire truck|dump truck", Senses.Feature(SemanticLabel.Truck));
        b.Noun("cart|carts|horse cart|horse carts|handcart|handcarts|oxcart|ox cart|hay cart|donkey cart|wagon|wagons|covered wagon|covered wagons|carriage|carriages|horse-drawn carriage|cartwheel",
            Senses.Feature(SemanticLabel.Cart));
        b.Noun("shipwreck|shipwrecks|wreck|wrecks|wrecked ship|wrecked boat|sunken ship|ghost ship", Senses.Feature(SemanticLabel.Shipwreck));
        b.Noun("boat|ship|sailboat|sailing boat|rowboat|rowing boat|canoe|kayak|yacht|fishing boat|ferry|dinghy|raft|gondola|barge|trawler|sloop|schooner|galleon|junk|houseboat|steamboat|punt|skiff|motorboat|speedboat|vessel|tugboat",
            Senses.Feature(SemanticLabel.Boat));
        b.Noun("bench|park bench|seat|picnic bench", Senses.Feature(SemanticLabel.Bench));
        b.StandIns("picnic table|table|chair", Senses.Feature(SemanticLabel.Bench));
        b.Noun("lamp post|lamppost|lamp posts|street lamp|street lamps|streetlight|streetlights|street light|street lights|lantern|lanterns|lamp|lamps|gas lamp|gas lamps|light post|torch|torches",
            Senses.Feature(SemanticLabel.LampPost, "lamp post"));
        b.Noun("sign|signpost|road sign|signs|billboard|signboard|milestone|marker|waymarker|street sign|neon sign|post", Senses.Feature(SemanticLabel.Sign));
        b.StandIns("totem|totem pole", Senses.Feature(SemanticLabel.Sign));
        b.Noun("bicycle|bike|bicycles|bikes|cycle", Senses.Feature(SemanticLabel.Bicycle));
        b.StandIns("motorbike|motorcycle|scooter", Senses.Feature(SemanticLabel.Bicycle));
        b.Noun("barrel|barrels|cask|keg|drum|drums", Senses.Feature(SemanticLabel.Barrel));
        b.Noun("crate|crates|box|boxes|chest|cargo|pallet|pallets", Senses.Feature(SemanticLabel.Crate));
        b.StandIns("hay bale|haystack|bale", Senses.Feature(SemanticLabel.Crate));
        b.Noun("campfire|bonfire|fire pit|firepit|camp fire|fire|fireplace|hearth|brazier", Senses.Feature(SemanticLabel.Campfire));
        b.Noun("tent|tents|camp|campsite|camping|encampment|teepee|tipi", Senses.Feature(SemanticLabel.Tent));
        b.StandIns("yurt|marquee|pavilion|gazebo", Senses.Feature(SemanticLabel.Tent));
        b.Noun("boulder|boulders|rock|rocks|crag|outcrop|rock formation|rock formations|tor", Senses.Feature(SemanticLabel.Boulder));
        b.StandIns("standing stone|monolith|menhir|stone circle|megalith|cairn|dolmen", Senses.Feature(SemanticLabel.Boulder));
        b.Noun("stone|stones|pebble|pebbles|gravel|cobble|cobbles|scree|shingle", Senses.Feature(SemanticLabel.Stone) with { Material = MaterialKind.Stone });
        b.Noun("log|logs|driftwood|fallen tree|fallen trees|fallen log|fallen logs|timber|firewood|woodpile|lumber", Senses.Feature(SemanticLabel.Log) with { Material = MaterialKind.Log });
        b.Noun("stump|stumps|tree stump|tree stumps", Senses.Feature(SemanticLabel.Stump));
    }

    private static void AddCharacters(Builder b)
    {
        // Collective nouns: "a crowd" is a crowd, not one person.
        b.Noun("crowd|crowds|throng|throngs|multitude|multitudes|mob|mobs|masses|hordes|horde",
            Senses.Feature(SemanticLabel.Person, "crowd") with { GroupCount = 30 });
        b.Noun("rider|riders|horseman|horsemen|horsewoman|horsewomen|horse rider|horse riders|jockey|jockeys|equestrian|equestrians|cavalryman|cavalry",
            Senses.Feature(SemanticLabel.Rider));
        b.Noun("person|people|man|woman|men|women|child|children|kid|kids|boy|girl|someone|somebody|figure|figures|stranger|pedestrian|pedestrians|hiker|hikers|traveler|traveller|wanderer|villager|villagers|farmer|fisherman|fishermen|tourist|tourists|walker|couple|family|lady|gentleman|soldier|knight|monk|monks|shepherd|cowboy|cowboys|cowgirl|cowgirls|locals|resident|residents|human|humans|inhabitant|inhabitants|passerby|passersby|passer-by",
            Senses.Feature(SemanticLabel.Person, "person"));
        b.Noun("nobody|no one|noone|no-one|no people|no humans", new Sense { Concept = "no people", Excludes = Exclusions.People });
        b.Noun("deer|stag|doe|fawn|elk|moose|reindeer|caribou|roe deer|red deer", Senses.Feature(SemanticLabel.Deer));
        b.StandIns("antelope|gazelle|impala|wildebeest|gnu", Senses.Feature(SemanticLabel.Deer));
        b.Noun("bird|birds|seagull|seagulls|gull|gulls|crow|crows|raven|ravens|eagle|eagles|hawk|owl|pigeon|pigeons|sparrow|sparrows|songbird|songbirds|swallow|swallows|heron|herons|crane|cranes|flamingo|flamingos|parrot|parrots|pelican|pelicans|vulture|vultures|robin|starling|starlings|magpie|falcon|stork|storks|penguin|penguins",
            Senses.Feature(SemanticLabel.Bird));
        b.Noun("cow|cows|cattle|bull|bulls|ox|oxen|calf|calves|livestock|steer|heifer", Senses.Feature(SemanticLabel.Cow));
        b.StandIns("buffalo|bison|yak", Senses.Feature(SemanticLabel.Cow));
        b.Noun("donkey|donkeys|mule|mules|burro|burros", Senses.Feature(SemanticLabel.Donkey));
        b.Noun("zebra|zebras", Senses.Feature(SemanticLabel.Zebra));
        b.Noun("giraffe|giraffes", Senses.Feature(SemanticLabel.Giraffe));
        b.Noun("horse|horses|pony|ponies|stallion|mare|foal|colt|mustang|mustangs", Senses.Feature(SemanticLabel.Horse));
        b.Noun("sheep|lamb|lambs|ram|ewe", Senses.Feature(SemanticLabel.Sheep));
        b.StandIns("goat|llama|alpaca", Senses.Feature(SemanticLabel.Sheep));
        b.Noun("dog|dogs|puppy|puppies|hound|hounds|sheepdog|collie", Senses.Feature(SemanticLabel.Dog));
        b.Noun("fox|foxes", Senses.Feature(SemanticLabel.Fox));
        b.StandIns("coyote|jackal", Senses.Feature(SemanticLabel.Fox));
        b.Noun("rabbit|rabbits|hare|hares|bunny|bunnies", Senses.Feature(SemanticLabel.Rabbit));
        b.StandIns("squirrel", Senses.Feature(SemanticLabel.Rabbit));
        b.Noun("wolf|wolves|wolf pack", Senses.Feature(SemanticLabel.Wolf));
        b.Noun("bear|bears|grizzly|grizzlies|polar bear|brown bear|black bear", Senses.Feature(SemanticLabel.Bear));
        b.Noun("caravan of camels|camel caravan|camel train|caravan|caravans", Senses.Feature(SemanticLabel.Camel, "camel caravan") with { GroupCount = 6 });
        b.Noun("camel|camels|dromedary|dromedaries", Senses.Feature(SemanticLabel.Camel));
        b.Noun("duck|ducks|mallard|mallards|ducklings|duckling", Senses.Feature(SemanticLabel.Duck));
        b.StandIns("goose|swan", Senses.Feature(SemanticLabel.Duck));
        b.Noun("animals|animal|wildlife|creatures|creature|fauna|beasts|critters|life|living things|living creatures",
            new Sense { Concept = "wildlife", Implies = [SemanticLabel.Deer, SemanticLabel.Bird], ExcludedWhenNegated = Exclusions.Animals });
        b.Noun("characters|beings|souls|anyone|anybody|living beings|anything alive",
            new Sense { Concept = "", ExcludedWhenNegated = Exclusions.Characters });
    }

    private static void AddPlants(Builder b)
    {
        b.Noun("tree|trees|woodland trees", Senses.Tree(SemanticLabel.Broadleaf, null, "trees"));
        b.Noun("pine|pines|pine tree|fir|firs|fir tree|spruce|spruces|cedar|cedars|conifer|conifers|evergreen|evergreens|hemlock|larch|larches|cypress|cypresses|redwood|redwoods|sequoia|sequoias|christmas tree|douglas fir|coniferous tree|yew|juniper|junipers",
            Senses.Tree(SemanticLabel.Conifer, Biome.ConiferForest, "conifer"));
        b.Noun("acacia|acacias|acacia tree|acacia trees|thorn tree|thorn trees|umbrella thorn", Senses.Tree(SemanticLabel.Acacia, Biome.Savanna, "acacia"));
        b.Noun("oak|oaks|oak tree|maple|maples|maple tree|elm|elms|beech|beeches|chestnut|chestnut tree|willow|willows|weeping willow|poplar|poplars|sycamore|linden|lime tree|ash tree|alder|hornbeam|hazel|walnut tree|deciduous tree|broadleaf|broadleaf tree|baobab|olive tree|olive trees|apple tree|apple trees|fruit tree|fruit trees|cherry tree|cherry trees|eucalyptus|magnolia|banyan",
            Senses.Tree(SemanticLabel.Broadleaf, Biome.BroadleafForest, "broadleaf tree"));
        b.Noun("birch|birches|birch tree|aspen|aspens|silver birch", Senses.Tree(SemanticLabel.Birch, Biome.BirchForest, "birch"));
        b.Noun("palm|palms|palm tree|coconut palm|coconut tree|coconut trees|date palm|palmetto", Senses.Tree(SemanticLabel.Palm, Biome.PalmGrove, "palm tree"));
        b.Noun("bamboo|bamboo stalks|bamboo grove", Senses.Tree(SemanticLabel.Bamboo, Biome.BambooForest, "bamboo"));
        b.Noun("jungle tree|tropical tree|tropical trees|mangrove|mangroves|kapok|rubber tree|ficus|liana|lianas|vines", Senses.Tree(SemanticLabel.JungleTree, Biome.Jungle, "jungle tree"));
        b.Noun("dead tree|dead trees|snag|snags|bare tree|bare trees|leafless tree|leafless trees|withered tree|skeletal tree|dead wood|deadwood",
            Senses.Tree(SemanticLabel.DeadTree, null, "dead tree"));
        // Words that make the tree they describe a dead one: "bare twisted oaks", "leafless birches", "a dead forest".
        b.Adj("dead|leafless|withered|skeletal|defoliated|blackened|charred", new Sense { Concept = "dead tree", Withered = true });
        b.Noun("bush|bushes|shrub|shrubs|hedge|hedges|hedgerow|hedgerows|thicket|undergrowth|scrub|brush|bramble|brambles|heather|gorse|sagebrush|tumbleweed|fern|ferns|bracken",
            Senses.Feature(SemanticLabel.Bush));
        b.Noun("grass|grasses|tall grass|long grass|wild grass|lawn grass|tussock|tussocks|moss|clover",
            Senses.Feature(SemanticLabel.GrassTuft, "grass") with { Biome = Biome.Meadow });
        b.Noun("cactus|cacti|cactuses|saguaro|saguaros|succulent|succulents|agave|yucca|joshua tree|joshua trees",
            Senses.Feature(SemanticLabel.Cactus) with { Biome = Biome.Desert });
        // Fields of flowers: many of them, densely planted.
        b.Noun("tulip field|tulip fields|flower field|flower fields|field of flowers|fields of flowers|field of tulips|fields of tulips|lavender field|lavender fields|sunflower field|sunflower fields|poppy field|poppy fields|bulb fields|flower meadow|flower meadows|wildflower meadow|wildflower meadows|carpet of flowers",
            Senses.Feature(SemanticLabel.Flower, "flower field") with { Biome = Biome.Meadow, Density = 0.9f, Anchor = AnchorKind.Field, GroupCount = 24 });
        b.Noun("flower|flowers|wildflower|wildflowers|tulip|tulips|rose|roses|poppy|poppies|lavender|sunflower|sunflowers|daisy|daisies|bluebell|bluebells|lily|lilies|water lily|water lilies|blossom|flower bed|flowerbed|flower beds|meadow flowers|orchid|orchids|dandelion|dandelions",
            Senses.Feature(SemanticLabel.Flower) with { Biome = Biome.Meadow });
        b.Noun("reed|reeds|cattail|cattails|rushes|bulrush|bulrushes|papyrus|sedge|marsh grass", Senses.Feature(SemanticLabel.Reed));
        b.Noun("vineyard|vineyards|grapevine|grapevines|vine rows|vines rows|wine estate",
            Senses.Feature(SemanticLabel.Crop, "vineyard") with { Biome = Biome.Farmland, Anchor = AnchorKind.Field });
        b.Noun("crop|crops|wheat|corn|maize|barley|oats|rye|rice|rice paddy|rice paddies|paddy|paddies|cornfield|wheat field|wheatfield|crop field|crop fields|sugarcane|cotton|hay|tea plantation|plantation|lettuce|cabbages|pumpkins|pumpkin patch",
            Senses.Feature(SemanticLabel.Crop, "crops") with { Biome = Biome.Farmland, Anchor = AnchorKind.Field });
        b.Noun("vegetation|plants|plant|greenery|foliage|plant life|flora|growth|nature",
            new Sense { Concept = "vegetation", Density = 0.7f, ExcludedWhenNegated = Exclusions.Vegetation | Exclusions.Trees });
    }
}
