namespace Nacre.Language.Tests;

/// <summary>
/// The words people use for places, settlements, looks and numbers, and what a person would expect the spec to say:
/// the named landform the world is built around, the settlement layout, the tone, counts the prompt insisted on, the
/// labels placed and not placed. One line per prompt, in the <see cref="SpecExpectation"/> notation.
/// </summary>
public class SettingCorpusTests
{
    public static TheoryData<string, string> Landforms => new()
    {
        { "a fjord with a small fishing village", "landform=Fjord; relief=Cliffs; water=sea; settle=Hamlet; concepts=fjord" },
        { "a fjord with steep walls and a small village at the water", "landform=Fjord; relief=Cliffs; water=sea; nolabels=Wall" },
        { "a canyon with sheer rock walls", "landform=Canyon; nolabels=Wall" },
        { "a sea loch at dusk", "landform=Fjord; water=sea; time=dusk" },
        { "red rock canyon with buttes at sunset", "landform=Canyon; relief=Canyon; concepts=canyon,butte; nolabels=Tent" },
        { "a slot canyon", "landform=Canyon; relief=Canyon" },
        { "a deep ravine with a stream", "landform=Canyon; water=rivers" },
        { "a river gorge with a rope bridge", "landform=Gorge; relief=Canyon; water=rivers; labels=Bridge" },
        { "mesas under a blue sky", "landform=Mesa; relief=Canyon; weather=Clear; concepts=mesa" },
        { "a tableland at noon", "landform=Mesa; time=noon" },
        { "desert buttes at sunrise", "landform=Butte; relief=Canyon; biome=Desert; nolabels=Tent,Person; time=sunrise" },
        { "flat-topped buttes", "landform=Butte; relief=Canyon; nolabels=Tent; unrec=topped" },
        { "towering sea cliffs with crashing waves", "landform=SeaCliffs; relief=Cliffs; water=sea; mood=Dramatic; concepts=sea cliffs" },
        { "a lighthouse on cliffs by the sea", "landform=SeaCliffs; labels=Lighthouse; rel=Lighthouse On Cliff" },
        { "the white cliffs of dover", "landform=ChalkCliffs; relief=Cliffs; water=sea; unrec=" },
        { "a rocky coast with a lighthouse", "landform=RockyCoast; relief=Coast; water=sea; labels=Boulder,Lighthouse; main=Lighthouse" },
        { "a long sandy shore at noon", "landform=SandyCoast; relief=Coast; biome=Beach; water=sea" },
        { "a volcano at night", "landform=Volcano; relief=Mountains; time=night; concepts=volcano" },
        { "an erupting volcano", "landform=Volcano; relief=Mountains; labels=Lava; mood=Dramatic" },
        { "a lava field under a red sky", "landform=Volcano; labels=Lava; concepts=lava,volcano" },
        { "a volcanic island", "landform=Volcano; relief=Islands; water=sea" },
        { "a glacier above a valley", "landform=Glacier; relief=Mountains; biome=Tundra; concepts=glacier" },
        { "a waterfall in the jungle", "landform=Waterfall; water=waterfalls; biome=Jungle" },
        { "a river delta with reeds", "landform=Delta; water=rivers,sea; labels=Reed" },
        { "an estuary with herons", "landform=Estuary; water=rivers,sea; labels=Bird" },
        { "an archipelago of small islands", "landform=Archipelago; relief=Islands; water=sea,much" },
        { "a tropical island with palm trees", "landform=TropicalIsland; relief=Islands; biome=Beach; labels=Palm" },
        { "an alpine valley with a village", "landform=AlpineValley; relief=Mountains; settle=Village" },
        { "a plateau at golden hour", "landform=Plateau; time=golden hour" },
        { "sand dunes at dusk", "landform=Dunes; relief=Dunes; biome=Desert; water=none" },
        { "sand dunes at sunset", "landform=Dunes; relief=Dunes; biome=Desert; water=none; time=sunset; unrec=" },
        { "an estuary at low tide", "landform=Estuary; water=rivers,sea" },
        { "white chalk sea cliffs", "landform=ChalkCliffs; relief=Cliffs; unrec=" },
        { "white chalk cliffs above a pebble beach", "landform=ChalkCliffs; relief=Cliffs" },
        { "a chain of rocky islands", "landform=Archipelago; relief=Islands; water=sea,much; unrec=" },
        { "dozens of little islands in a blue sea", "landform=Archipelago; relief=Islands; water=sea,much" },
        { "a river delta with reeds at dawn", "landform=Delta; water=rivers,sea; labels=Reed; time=dawn" },
        { "two islands in a lake", "relief=Islands; landform=None" },
        { "a herd of zebras on the savanna", "landform=Savanna; biome=Savanna; nobiome=Meadow; labels=Zebra; count=Zebra:8?; nolabels=Conifer,Horse" },
        { "an acacia on the savannah", "landform=Savanna; biome=Savanna; labels=Acacia; nolabels=Broadleaf,Conifer" },
        { "a prairie with a farmhouse", "landform=Prairie; biome=Prairie; nobiome=Meadow; labels=House" },
        { "grassland plains under a big sky", "landform=Prairie; biome=Prairie" },
        { "a mountain lake with a cabin", "landform=MountainLake; relief=Mountains; water=lakes; labels=Cabin" },
        { "a crater lake", "landform=MountainLake; relief=Mountains; water=lakes" },
        // Several named: the first is the setting, the others are still understood.
        { "a canyon with a waterfall", "landform=Canyon; water=waterfalls; concepts=canyon,waterfall" },
        { "a waterfall in a canyon", "landform=Waterfall; relief=Canyon; concepts=waterfall,canyon" },
        { "a cabin by a mountain lake in an alpine valley", "landform=MountainLake; relief=Mountains; concepts=alpine valley" },
    };

    public static TheoryData<string, string> Groundings => new()
    {
        { "a rider on horseback crossing a meadow", "labels=Rider; nolabels=Boulder,Person; main=Rider; concepts=rider; unrec=" },
        { "a knight on horseback by a castle", "labels=Rider,Castle; nolabels=Person; rel=Rider Near Castle" },
        { "a man riding a horse on the beach", "labels=Rider; nolabels=Person; rel=Rider On Beach" },
        { "leaves scattering in the wind", "weather=Clear; season=Autumn; unrec=" },
        { "boulders scattered across a field", "labels=Boulder; weather=Clear; unrec=" },
        { "a small shrine by a lake", "labels=Shrine; nolabels=Church; concepts=shrine; layout=Temple" },
        { "a temple on a hill", "labels=Temple; nolabels=Church; rel=Temple On Hill; layout=Temple" },
        { "bare twisted trees on a hill", "labels=DeadTree; nolabels=Broadleaf; rel=DeadTree On Hill; unrec=twisted" },
        { "dead trees in a swamp", "labels=DeadTree; biome=Swamp" },
        { "leafless oaks in winter", "labels=DeadTree; nolabels=Broadleaf; season=Winter" },
        { "a dead forest", "labels=DeadTree; count=DeadTree:12" },
        { "a barren landscape with a few dead trees", "labels=DeadTree; density=0..0.1" },
        { "an autumn forest", "season=Autumn; biome=BroadleafForest" },
        { "an autumn forest with a cabin", "season=Autumn; labels=Cabin" },
        { "no buildings anywhere", "excl=Structures; unrec=" },
        { "a meadow with no trees at all", "excl=Trees; biome=Meadow; unrec=" },
        { "hills with no roads whatsoever", "excl=Roads; unrec=" },
        { "a medieval castle", "material=Castle:Stone; unrec=" },
        { "a medieval town", "settle=Town; concepts=medieval; unrec=" },
        { "an ancient temple in the jungle", "material=Temple:Stone; biome=Jungle" },
        { "an ancient city", "settle=City; labels=Ruins" },
        { "an abandoned village", "settle=Village; excl=People; labels=Ruins,DeadTree; nolabels=Person" },
        { "a lush valley", "density=0.85..1; concepts=lush; unrec=" },
        { "a barren plain", "density=0..0.1; unrec=" },
        { "a bustling market", "labels=MarketStall; count=Person:>=20; layout=Market; mood=Dramatic" },
        { "a small town", "settle=Village" },
        { "crashing waves on a beach", "water=sea; mood=Dramatic" },
        { "a square tower", "labels=Tower; settle=None; layout=Default; unrec=square" },
        { "hoodoos in a canyon", "landform=Canyon; nolabels=Person; unrec=hoodoos" },
        { "butte-studded desert", "landform=Butte; nolabels=Person" },
    };

    public static TheoryData<string, string> Counts => new()
    {
        { "just four palm trees on a desert island", "count=Palm:4!; landform=TropicalIsland; nobiome=Desert" },
        { "five sheep in a field", "count=Sheep:5!" },
        { "a single boat on a lake", "count=Boat:1!" },
        { "a boat on a lake", "count=Boat:1?" },
        { "boats in a harbour", "count=Boat:3?; layout=Harbour" },
        { "three houses by a river", "count=House:3!" },
        { "a pair of swans on a pond", "count=Duck:2!; concepts=swan (as duck)" },
        { "a dozen cows", "count=Cow:12!" },
        { "7 tents and a campfire", "count=Tent:7!,Campfire:1?" },
        { "a crowd in the plaza", "count=Person:30?; layout=Square; settle=Town" },
        { "crowds of people in a market", "count=Person:>=30; layout=Market" },
        { "throngs of tourists", "count=Person:>=30" },
        { "giraffes by an acacia", "labels=Giraffe,Acacia; rel=Giraffe Near Acacia" },
        { "camels in a caravan", "count=Camel:6?" },
        { "a donkey and cart on a dirt road", "labels=Donkey,Cart,Road; nolabels=Horse,Truck" },
        { "a farm with a silo", "labels=Silo,Barn; layout=Farmstead; biome=Farmland; concepts=silo" },
        { "a jetty on a lake", "labels=Jetty; nolabels=Pier" },
        { "a shipwreck on a beach", "labels=Shipwreck; nolabels=Boat" },
        { "warehouses along a canal", "labels=Warehouse; rel=Warehouse Along River" },
        { "tulip fields with a windmill", "labels=Flower,Windmill; count=Flower:>=20; density=0.85..1" },
        { "a vineyard on rolling hills", "labels=Crop; concepts=vineyard; relief=RollingHills" },
        { "crops in rows", "labels=Crop; biome=Farmland; unrec=" },
    };

    public static TheoryData<string, string> Layouts => new()
    {
        { "a harbour with fishing boats", "layout=Harbour; labels=Boat,Pier; water=sea" },
        { "a quay with moored boats", "layout=Harbour; labels=Pier,Boat" },
        { "a street lined with houses", "layout=Street; labels=Road,House; rel=House Along Road" },
        { "a main street with shops", "layout=Street; labels=Shop" },
        { "a crowd of people in a town square", "layout=Square; settle=Town; count=Person:30" },
        { "a fountain in a piazza", "layout=Square; labels=Fountain; nolabels=Well" },
        { "a village square with a well", "layout=Square; settle=Village" },
        { "market stalls in a town square", "layout=Market; labels=MarketStall" },
        { "a bazaar in the desert", "layout=Market; labels=MarketStall; biome=Desert" },
        { "a saloon in a western town", "layout=WesternStreet; labels=Saloon; biome=Desert; nobiome=Meadow; settle=Town" },
        { "a wild west town at high noon", "layout=WesternStreet; labels=Saloon; biome=Desert; time=noon" },
        { "a cemetery with gravestones", "layout=Graveyard; labels=Gravestone; count=Gravestone:12" },
        { "a spooky churchyard at night", "layout=Graveyard; labels=Gravestone; tone=Eerie; time=night" },
        { "a pagoda by a pond", "layout=Temple; labels=Temple; concepts=pagoda (as temple)" },
        { "a monastery in the mountains", "layout=Monastery; labels=Monastery; relief=Mountains" },
        { "an abbey by a river", "layout=Monastery; labels=Monastery; nolabels=Church" },
        { "a farmstead in the hills", "layout=Farmstead; biome=Farmland" },
        { "a village with no buildings", "layout=Default; settle=None" },
    };

    public static TheoryData<string, string> Atmosphere => new()
    {
        { "a village at dawn", "time=dawn; hours=5..6.5" },
        { "sunrise over the sea", "time=sunrise; hours=5.5..6.5" },
        { "a lake at daybreak", "time=dawn; hours=5..6.5" },
        { "a mountain hut in a blizzard", "weather=Snow; intensity=0.95..1; season=Winter" },
        { "a snowy village in a blizzard", "weather=Snow; intensity=0.95..1" },
        { "a snowstorm over the tundra", "weather=Snow; intensity=0.95..1" },
        { "a thunderstorm over a farm", "weather=Storm; intensity=0.7..1; mood=Dramatic" },
        { "a cloudy sky with rain", "weather=Rain" },
        { "a grey and moody harbour", "tone=Moody; weather=Overcast; layout=Harbour" },
        { "a moody lake in the rain", "tone=Moody; weather=Rain" },
        { "a grey house", "colour=House:grey; weather=Clear" },
        { "a cheerful village in spring", "tone=Cheerful; season=Spring; weather=Clear" },
        { "an eerie forest", "tone=Eerie; weather=Fog; mood=Dramatic" },
        { "an eerie forest in the rain", "tone=Eerie; weather=Rain" },
        { "a gloomy moor", "tone=Gloomy; weather=Overcast" },
        { "a serene lake at dawn", "tone=Serene; mood=Calm; time=dawn" },
        { "a peaceful meadow", "tone=Serene; mood=Calm" },
    };

    public static TheoryData<string, string> StandIns => new()
    {
        { "a yurt on the steppe", "labels=Tent; concepts=yurt (as tent); landform=Prairie" },
        { "antelope on the savanna", "labels=Deer; concepts=antelope (as deer)" },
        { "a catamaran in a bay", "labels=Boat; concepts=catamaran (as boat)" },
        { "a herd of elephants", "concepts=elephant (as wildlife)" },
        { "goats on a hillside", "labels=Sheep; concepts=goat (as sheep)" },
        { "a mosque in the desert", "labels=Temple; concepts=mosque (as temple); nolabels=Church" },
        { "a skyscraper", "labels=House; concepts=skyscraper (as house)" },
        { "a hut in the woods", "labels=Cabin; concepts=cabin; noconcepts=hut (as cabin)" },
    };

    [Theory]
    [MemberData(nameof(Landforms))]
    public void Parse_LandformWords_BuildTheWorldAroundTheFirstNamed(string prompt, string expectations) => Check(prompt, expectations);

    [Theory]
    [MemberData(nameof(Groundings))]
    public void Parse_WordsOnceMisread_MeanWhatTheySay(string prompt, string expectations) => Check(prompt, expectations);

    [Theory]
    [MemberData(nameof(Counts))]
    public void Parse_NumbersAndCollectiveNouns_GiveTheCount(string prompt, string expectations) => Check(prompt, expectations);

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Parse_SettlementWords_SetTheLayout(string prompt, string expectations) => Check(prompt, expectations);

    [Theory]
    [MemberData(nameof(Atmosphere))]
    public void Parse_TimeWeatherAndLookWords_SetTheAtmosphere(string prompt, string expectations) => Check(prompt, expectations);

    [Theory]
    [MemberData(nameof(StandIns))]
    public void Parse_WordRealisedByANearbyLabel_SaysSoInItsConcept(string prompt, string expectations) => Check(prompt, expectations);

    [Fact]
    public void Corpus_HasAtLeastSixtyPrompts() =>
        (Landforms.Count + Groundings.Count + Counts.Count + Layouts.Count + Atmosphere.Count + StandIns.Count).ShouldBeGreaterThanOrEqualTo(60);

    private static void Check(string prompt, string expectations) => SpecExpectation.Check(PromptParser.Parse(prompt, 7), expectations);
}
