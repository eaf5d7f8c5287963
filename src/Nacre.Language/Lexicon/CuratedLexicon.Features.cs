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
        b.Noun("farmhouse|farm house|house|home|bungalow|villa|mansion|homestead|residence|dwelling|manor|manor house|townhouse|building|cottage house|hotel|inn|school|hall|town hall|apartment|apartments|apartment building|skyscraper|office|estate|ranch house|beach house|lake house|country house|summer house|guesthouse|guest house|boathouse|pagoda", Senses.Feature(SemanticLabel.House));
        b.Noun("cottage|cottages", Senses.Feature(SemanticLabel.Cottage));
        b.Noun("barn|stable|stables|shed|granary|silo|outbuilding|hayloft|farm building|cowshed|byre", Senses.Feature(SemanticLabel.Barn));
        b.Noun("castle|fortress|fort|citadel|keep|palace|stronghold|chateau|château|fortification|castle ruins|alcazar|kremlin", Senses.Feature(SemanticLabel.Castle));
        b.Noun("tower|watchtower|bell tower|clock tower|turret|belfry|minaret|radio tower|water tower|lookout tower|fire tower|keep tower", Senses.Feature(SemanticLabel.Tower));
        b.Noun("ruins|ruin|rubble|remains|ancient ruins|wreckage|temple ruins|foundations", Senses.Feature(SemanticLabel.Ruins, "ruins"));
        b.Noun("lighthouse|beacon|light house", Senses.Feature(SemanticLabel.Lighthouse));
        b.Noun("windmill|mill|wind mill|watermill|water mill|wind turbine|turbine", Senses.Feature(SemanticLabel.Windmill));
        b.Noun("bridge|footbridge|viaduct|aqueduct|stone bridge|covered bridge|suspension bridge|drawbridge|overpass", Senses.Feature(SemanticLabel.Bridge));
        b.Noun("pier|jetty|dock|wharf|boardwalk|quay|marina|landing|landing stage|mooring|harbor wall|breakwater|promenade", Senses.Feature(SemanticLabel.Pier));
        b.Noun("fence|fences|picket fence|fencing|railing|palisade|stockade", Senses.Feature(SemanticLabel.Fence));
        b.Noun("wall|walls|stone wall|city wall|city walls|rampart|ramparts|battlements|dry stone wall|dike|dyke|seawall|sea wall", Senses.Feature(SemanticLabel.Wall));
        b.Noun("shop|store|market|marketplace|bakery|cafe|café|tavern|pub|bar|restaurant|diner|storefront|shopfront|stall|kiosk|boutique|general store|gas station|petrol station|bazaar|saloon", Senses.Feature(SemanticLabel.Shop));
        b.Noun("church|chapel|cathedral|temple|shrine|monastery|abbey|mosque|basilica|kirk|priory|convent|synagogue|stupa", Senses.Feature(SemanticLabel.Church));
        b.Noun("well|wishing well|water well|fountain|water pump", Senses.Feature(SemanticLabel.Well));
        b.Noun("road|roads|street|streets|highway|lane|lanes|avenue|boulevard|motorway|freeway|alley|alleyway|main street|high street|dirt road|gravel road|country road|cobblestone street|cobbled street|driveway|road network|crossroads|intersection|sidewalk|pavement|traffic circle|roundabout|square|plaza|piazza",
            Senses.Feature(SemanticLabel.Road) with { Anchor = AnchorKind.Road });
        b.Noun("town square|village square|market square|main square", Senses.Feature(SemanticLabel.Road, "town square") with { Anchor = AnchorKind.Road, Settlement = SettlementKind.Town });
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
        b.Noun("truck|lorry|van|pickup|pickup truck|bus|tractor|trailer|camper|camper van|caravan|rv|semi|delivery van|minibus|fire truck|dump truck|wagon|cart|horse cart|carriage|tram",
            Senses.Feature(SemanticLabel.Truck));
        b.Noun("boat|ship|sailboat|sailing boat|rowboat|rowing boat|canoe|kayak|yacht|fishing boat|ferry|dinghy|raft|gondola|barge|trawler|sloop|schooner|galleon|junk|houseboat|steamboat|punt|skiff|motorboat|speedboat|vessel|tugboat|shipwreck|wreck",
            Senses.Feature(SemanticLabel.Boat));
        b.Noun("bench|park bench|seat|picnic table|picnic bench|table|chair|chairs", Senses.Feature(SemanticLabel.Bench));
        b.Noun("lamp post|lamppost|lamp posts|street lamp|street lamps|streetlight|streetlights|street light|street lights|lantern|lanterns|lamp|lamps|gas lamp|gas lamps|light post|torch|torches",
            Senses.Feature(SemanticLabel.LampPost, "lamp post"));
        b.Noun("sign|signpost|road sign|signs|billboard|signboard|milestone|marker|waymarker|street sign|neon sign|post|totem", Senses.Feature(SemanticLabel.Sign));
        b.Noun("bicycle|bike|bicycles|bikes|cycle|motorbike|motorcycle|scooter", Senses.Feature(SemanticLabel.Bicycle));
        b.Noun("barrel|barrels|cask|keg|drum|drums", Senses.Feature(SemanticLabel.Barrel));
        b.Noun("crate|crates|box|boxes|chest|cargo|hay bale|hay bales|haystack|haystacks|bale|bales|pallet|pallets", Senses.Feature(SemanticLabel.Crate));
        b.Noun("campfire|bonfire|fire pit|firepit|camp fire|fire|fireplace|hearth|brazier", Senses.Feature(SemanticLabel.Campfire));
        b.Noun("tent|tents|camp|campsite|camping|encampment|teepee|tipi|yurt|marquee|pavilion|gazebo", Senses.Feature(SemanticLabel.Tent));
        b.Noun("boulder|boulders|rock|rocks|crag|outcrop|rock formation|rock formations|standing stone|standing stones|monolith|menhir|stone circle|megalith|cairn|tor",
            Senses.Feature(SemanticLabel.Boulder));
        b.Noun("stone|stones|pebble|pebbles|gravel|cobble|cobbles|scree|shingle", Senses.Feature(SemanticLabel.Stone) with { Material = MaterialKind.Stone });
        b.Noun("log|logs|driftwood|fallen tree|fallen trees|fallen log|fallen logs|timber|firewood|woodpile|lumber", Senses.Feature(SemanticLabel.Log) with { Material = MaterialKind.Log });
        b.Noun("stump|stumps|tree stump|tree stumps", Senses.Feature(SemanticLabel.Stump));
    }

    private static void AddCharacters(Builder b)
    {
        b.Noun("person|people|man|woman|men|women|child|children|kid|kids|boy|girl|crowd|crowds|someone|somebody|figure|figures|stranger|pedestrian|pedestrians|hiker|hikers|traveler|traveller|wanderer|villager|villagers|farmer|fisherman|fishermen|tourist|tourists|walker|couple|family|lady|gentleman|soldier|knight|monk|shepherd|locals|resident|residents|human|humans|inhabitant|inhabitants|passerby|passersby|passer-by",
            Senses.Feature(SemanticLabel.Person, "person"));
        b.Noun("nobody|no one|noone|no-one|no people|no humans", new Sense { Concept = "no people", Excludes = Exclusions.People });
        b.Noun("deer|stag|doe|fawn|elk|moose|reindeer|caribou|antelope|gazelle|roe deer|red deer", Senses.Feature(SemanticLabel.Deer));
        b.Noun("bird|birds|seagull|seagulls|gull|gulls|crow|crows|raven|ravens|eagle|eagles|hawk|owl|pigeon|pigeons|sparrow|sparrows|songbird|songbirds|swallow|swallows|heron|herons|crane|cranes|flamingo|flamingos|parrot|parrots|pelican|pelicans|vulture|vultures|robin|starling|starlings|magpie|falcon|stork|storks|penguin|penguins",
            Senses.Feature(SemanticLabel.Bird));
        b.Noun("cow|cows|cattle|bull|bulls|ox|oxen|calf|calves|buffalo|bison|yak|yaks|livestock|steer|heifer", Senses.Feature(SemanticLabel.Cow));
        b.Noun("horse|horses|pony|ponies|stallion|mare|foal|colt|donkey|donkeys|mule|mules|mustang|mustangs|zebra|zebras", Senses.Feature(SemanticLabel.Horse));
        b.Noun("sheep|lamb|lambs|ram|ewe|goat|goats|llama|llamas|alpaca|alpacas", Senses.Feature(SemanticLabel.Sheep));
        b.Noun("dog|dogs|puppy|puppies|hound|hounds|sheepdog|collie", Senses.Feature(SemanticLabel.Dog));
        b.Noun("fox|foxes|coyote|coyotes|jackal", Senses.Feature(SemanticLabel.Fox));
        b.Noun("rabbit|rabbits|hare|hares|bunny|bunnies|squirrel|squirrels", Senses.Feature(SemanticLabel.Rabbit));
        b.Noun("wolf|wolves|wolf pack", Senses.Feature(SemanticLabel.Wolf));
        b.Noun("bear|bears|grizzly|grizzlies|polar bear|brown bear|black bear", Senses.Feature(SemanticLabel.Bear));
        b.Noun("camel|camels|dromedary|dromedaries|caravan of camels", Senses.Feature(SemanticLabel.Camel));
        b.Noun("duck|ducks|goose|geese|swan|swans|mallard|mallards|ducklings|duckling", Senses.Feature(SemanticLabel.Duck));
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
        b.Noun("oak|oaks|oak tree|maple|maples|maple tree|elm|elms|beech|beeches|chestnut|chestnut tree|willow|willows|weeping willow|poplar|poplars|sycamore|linden|lime tree|ash tree|alder|hornbeam|hazel|walnut tree|deciduous tree|broadleaf|broadleaf tree|baobab|acacia|olive tree|olive trees|apple tree|apple trees|fruit tree|fruit trees|cherry tree|cherry trees|eucalyptus|magnolia|banyan",
            Senses.Tree(SemanticLabel.Broadleaf, Biome.BroadleafForest, "broadleaf tree"));
        b.Noun("birch|birches|birch tree|aspen|aspens|silver birch", Senses.Tree(SemanticLabel.Birch, Biome.BirchForest, "birch"));
        b.Noun("palm|palms|palm tree|coconut palm|coconut tree|coconut trees|date palm|palmetto", Senses.Tree(SemanticLabel.Palm, Biome.PalmGrove, "palm tree"));
        b.Noun("bamboo|bamboo stalks|bamboo grove", Senses.Tree(SemanticLabel.Bamboo, Biome.BambooForest, "bamboo"));
        b.Noun("jungle tree|tropical tree|tropical trees|mangrove|mangroves|kapok|rubber tree|ficus|liana|lianas|vines", Senses.Tree(SemanticLabel.JungleTree, Biome.Jungle, "jungle tree"));
        b.Noun("dead tree|dead trees|snag|snags|bare tree|bare trees|leafless tree|leafless trees|withered tree|skeletal tree|dead wood|deadwood",
            Senses.Tree(SemanticLabel.DeadTree, null, "dead tree"));
        b.Noun("bush|bushes|shrub|shrubs|hedge|hedges|hedgerow|hedgerows|thicket|undergrowth|scrub|brush|bramble|brambles|heather|gorse|sagebrush|tumbleweed|fern|ferns|bracken",
            Senses.Feature(SemanticLabel.Bush));
        b.Noun("grass|grasses|tall grass|long grass|wild grass|lawn grass|tussock|tussocks|moss|clover",
            Senses.Feature(SemanticLabel.GrassTuft, "grass") with { Biome = Biome.Meadow });
        b.Noun("cactus|cacti|cactuses|saguaro|saguaros|succulent|succulents|agave|yucca|joshua tree|joshua trees",
            Senses.Feature(SemanticLabel.Cactus) with { Biome = Biome.Desert });
        b.Noun("flower|flowers|wildflower|wildflowers|tulip|tulips|rose|roses|poppy|poppies|lavender|sunflower|sunflowers|daisy|daisies|bluebell|bluebells|lily|lilies|water lily|water lilies|blossom|flower bed|flowerbed|flower beds|meadow flowers|orchid|orchids|dandelion|dandelions",
            Senses.Feature(SemanticLabel.Flower) with { Biome = Biome.Meadow });
        b.Noun("reed|reeds|cattail|cattails|rushes|bulrush|bulrushes|papyrus|sedge|marsh grass", Senses.Feature(SemanticLabel.Reed));
        b.Noun("crop|crops|wheat|corn|maize|barley|oats|rye|rice|rice paddy|rice paddies|paddy|paddies|vineyard|vineyards|vines rows|hay|cornfield|wheat field|wheatfield|crop field|crop fields|sugarcane|cotton|tea plantation|plantation|lettuce|cabbages|pumpkins|pumpkin patch",
            Senses.Feature(SemanticLabel.Crop, "crops") with { Biome = Biome.Farmland, Anchor = AnchorKind.Field });
        b.Noun("vegetation|plants|plant|greenery|foliage|plant life|flora|growth|nature",
            new Sense { Concept = "vegetation", Density = 0.7f, ExcludedWhenNegated = Exclusions.Vegetation | Exclusions.Trees });
    }
}
