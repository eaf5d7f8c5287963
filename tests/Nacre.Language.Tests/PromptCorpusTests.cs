namespace Nacre.Language.Tests;

/// <summary>
/// Varied prompts and what a person would expect the world to hold. Each line is a specification: concepts the
/// studio shows, the labels placed, relations, exclusions, relief, weather, time… (see <see cref="SpecExpectation"/>).
/// </summary>
public class PromptCorpusTests
{
    public static TheoryData<string, string> Corpus => new()
    {
        // The acceptance prompts.
        { "a foggy pine forest at dusk with a wooden cabin by a lake", "concepts=conifer forest,cabin,lake,dusk,fog; labels=Cabin; rel=Cabin Near Lake; weather=Fog; time=dusk; material=Cabin:Wood; main=Cabin; unrec=" },
        { "a sunny beach with palm trees and no buildings", "concepts=beach,palm tree,no structures; excl=Structures; settle=None; relief=Coast; water=sea; biome=Beach,PalmGrove; weather=Clear; nolabels=House,Cabin,Pier" },
        // Relations.
        { "a castle on a hill", "labels=Castle; rel=Castle On Hill; relief=RollingHills; main=Castle" },
        { "houses along a river", "labels=House; rel=House Along River; water=rivers" },
        { "a lighthouse on the cliff", "labels=Lighthouse; rel=Lighthouse On Cliff; relief=Cliffs" },
        { "a bridge over the creek", "labels=Bridge; rel=Bridge Over River; water=rivers" },
        { "a village in the valley", "settle=Village; rel=House In Valley" },
        { "a tower beside the ruins", "labels=Tower,Ruins; rel=Tower Beside Ruins; main=Tower" },
        { "a medieval castle on a hill overlooking a lake at sunset", "rel=Castle On Hill,Castle Facing Lake; time=sunset; water=lakes; material=Castle:Stone; concepts=medieval castle; unrec=" },
        { "three stone cottages near a waterfall in the mountains", "count=Cottage:3; material=Cottage:Stone; rel=Cottage Near Waterfall,Cottage In Mountain; relief=Mountains; water=waterfalls" },
        { "a lake surrounded by pine trees at 18:30", "labels=Conifer; rel=Conifer Around Lake; time=18:30" },
        { "a cabin with a red roof by a pond", "colour=Cabin:red; rel=Cabin Near Lake; water=lakes" },
        { "a lone oak on a hill", "count=Broadleaf:1; rel=Broadleaf On Hill; main=Broadleaf" },
        { "a sedan parked beside a crimson bungalow at 6 pm", "labels=Car,House; colour=House:crimson; rel=Car Beside House; time=18:00; unrec=" },
        { "a bridge across a river with a town behind it", "labels=Bridge; rel=Bridge Across River; settle=Town" },
        { "a tent and a campfire beside a mountain lake", "labels=Tent,Campfire; rel=Campfire Beside Lake; water=lakes" },
        { "a dirt road lined with poplars", "labels=Road,Broadleaf; rel=Broadleaf Along Road" },
        { "a lakeside cabin at dawn", "labels=Cabin; rel=Cabin Near Lake; time=dawn" },
        { "a hilltop castle in the fog", "rel=Castle On Hill; weather=Fog" },
        { "a pier stretching into a calm sea at 7:15 am", "labels=Pier; rel=Pier In Sea; time=07:15; mood=Calm; water=sea" },
        { "a red car in front of a white house", "colour=Car:red,House:white; rel=Car InFrontOf House" },
        { "a barn behind the farmhouse under a stormy sky", "rel=Barn Behind House; weather=Storm" },
        // Quantities.
        { "a few deer grazing in a misty meadow at sunrise", "count=Deer:3; biome=Meadow; weather=Fog; time=sunrise; rel=Deer In Meadow" },
        { "an island archipelago at golden hour with lots of boats", "count=Boat:12; relief=Islands; time=golden hour; water=sea,much" },
        { "twenty sheep and a shepherd on a hillside", "count=Sheep:20,Person:1; relief=RollingHills" },
        { "a couple of benches and a single lamp post", "count=Bench:2,LampPost:1" },
        { "several fishing boats in a cove", "count=Boat:4; relief=Coast; water=sea" },
        { "5 cabins and 2 barns", "count=Cabin:5,Barn:2" },
        { "lots of deer in a dense oak forest in autumn", "count=Deer:12; biome=BroadleafForest; season=Autumn" },
        { "a desert with dunes and a single cactus at noon", "count=Cactus:1; relief=Dunes; biome=Desert; water=none; time=noon" },
        // Negation.
        { "no trees, no water, just sand dunes under a clear sky", "excl=Trees,Water; relief=Dunes; water=none; weather=Clear; concepts=dunes" },
        { "a flat plain without trees or roads, nothing man-made", "excl=Trees,Roads,Structures,Vehicles; relief=Flat" },
        { "a snowy spruce forest with a bungalow, no people", "excl=People; labels=House; biome=ConiferForest; season=Winter; weather=Snow" },
        { "a beach without people at sunrise", "excl=People; nolabels=Person; time=sunrise" },
        { "a misty lake with a rowboat, no buildings", "excl=Structures; labels=Boat; weather=Fog" },
        { "a village with no roads between two lakes", "excl=Roads; settle=Village; nolabels=Road; water=lakes" },
        { "a forest with no animals", "excl=Animals; nolabels=Deer,Bird" },
        { "a meadow with no cars or people", "excl=Vehicles,People" },
        { "an empty road through a pine forest in drizzle", "excl=People; labels=Road; weather=Drizzle; biome=ConiferForest" },
        { "uninhabited islands with no trees", "excl=People,Trees; relief=Islands" },
        // Colours and materials.
        { "a red barn and white houses", "colour=Barn:red,House:white; count=House:4" },
        { "a yellow house with a white picket fence", "colour=House:yellow,Fence:white" },
        { "an ochre adobe house in the desert with cacti", "colour=House:ochre; material=House:Plaster; labels=Cactus; biome=Desert" },
        { "a teal boat beside a navy blue pier", "colour=Boat:teal,Pier:navy blue" },
        { "a cottage with blue shutters near a brook", "colour=Cottage:blue; water=rivers" },
        { "a brick church and a thatched cottage", "material=Church:Brick,Cottage:Thatch" },
        { "a coastal town with whitewashed houses and a harbour", "settle=Town; relief=Coast; material=House:Plaster; labels=Boat,Pier" },
        // Weather, time, season, mood.
        { "eerie ruins in thick fog", "labels=Ruins; weather=Fog; mood=Dramatic" },
        { "a quiet town street with lamp posts at night in the rain", "settle=Town; labels=LampPost; time=night; weather=Rain; mood=Calm" },
        { "towering mountains with a lake and heavy snow", "relief=Mountains; weather=Snow; season=Winter; water=lakes" },
        { "an abandoned lighthouse on a windswept cliff in heavy rain", "weather=Rain; relief=Cliffs; excl=People; mood=Dramatic" },
        { "a fishing village on a rocky coast during a storm", "settle=Village; relief=Coast; weather=Storm; labels=Boat,Boulder; unrec=" },
        { "a windmill beside a canal in springtime with tulips", "labels=Windmill,Flower; season=Spring; rel=Windmill Beside River" },
        { "a spooky graveyard with a chapel at midnight", "labels=Church; time=midnight; mood=Dramatic" },
        { "a sunny afternoon on an overcast hill", "time=afternoon" },
        { "rolling hills with sheep and a farmhouse in autumn", "relief=RollingHills; season=Autumn; labels=Sheep,House" },
        { "a peaceful valley at twilight", "mood=Calm; time=twilight" },
        { "a blizzard over a frozen tundra", "weather=Snow; season=Winter; biome=Tundra" },
        { "drizzle over a birch grove at 9:45", "weather=Drizzle; biome=BirchForest; time=09:45" },
        { "a thunderstorm over the ocean at night", "weather=Storm; water=sea; time=night" },
        // Biomes and landforms.
        { "a bamboo forest with a small shrine and a pond", "biome=BambooForest; labels=Shrine; nolabels=Church; water=lakes; layout=Temple; unrec=small" },
        { "a waterfall plunging into a lagoon in a tropical jungle", "biome=Jungle; water=waterfalls,lakes" },
        { "sparse birch trees on rolling hills under overcast skies", "labels=Birch; relief=RollingHills; weather=Overcast" },
        { "a swamp with dead trees, reeds and heavy fog", "biome=Swamp; labels=DeadTree,Reed; weather=Fog" },
        { "an oasis with palm trees in the sahara", "biome=Desert; labels=Palm; water=lakes" },
        { "a vineyard on gentle hills at golden hour", "labels=Crop; relief=RollingHills; biome=Farmland; time=golden hour" },
        { "a steep gorge with a rope bridge", "relief=Canyon; labels=Bridge; unrec=rope" },
        { "a ruined fortress in a canyon at midday", "labels=Ruins; relief=Canyon; time=noon" },
        { "a mountain village with a church and a clock tower", "settle=Village; relief=Mountains; labels=Church,Tower" },
        { "a farm with cows, a silo and a red tractor", "biome=Farmland; labels=Cow,Barn,Silo,Truck; colour=Truck:red; layout=Farmstead; concepts=tractor (as truck)" },
        { "a crowded city at night with neon signs", "settle=City; biome=Urban; labels=Sign; mood=Dramatic; time=night" },
        { "a quiet suburban street with parked cars and lamp posts", "biome=Suburban; labels=Car,LampPost,Road; mood=Calm" },
        { "a mare and her fawn by a brook", "labels=Horse,Deer; water=rivers" },
        { "a duck pond with ducks and geese in a park", "labels=Duck; water=lakes; biome=Meadow" },
        { "a jetty on a fjord under the midnight sun", "labels=Jetty; relief=Cliffs; water=sea; landform=Fjord; concepts=fjord" },
        // Unrecognised words are reported, never dropped.
        { "zorblax quux with a hut", "labels=Cabin; unrec=zorblax,quux" },
        { "a cabin in the woods without electricity", "labels=Cabin; rel=Cabin In Forest; unrec=electricity" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Parse_CorpusPrompt_MeetsExpectations(string prompt, string expectations)
    {
        var spec = PromptParser.Parse(prompt, 7);
        SpecExpectation.Check(spec, expectations);
    }

    [Fact]
    public void Corpus_HasAtLeastSixtyPrompts() => Corpus.Count.ShouldBeGreaterThanOrEqualTo(60);
}
