using Nacre.Core;
using Nacre.Language.Directing;
using static Nacre.Language.Tests.Directing.CommandDescriber;

namespace Nacre.Language.Tests.Directing;

/// <summary>
/// The director command language over many phrasings: each line is what a director might type and, in
/// <see cref="CommandDescriber"/>'s compact form, what it must mean (kind, signed amount, motion, subject query).
/// </summary>
public class DirectorParserTests
{
    [Theory]
    [InlineData("pan left", "Pan -30 2 s EaseInOut")]
    [InlineData("pan right 45 degrees", "Pan 45 2 s EaseInOut")]
    [InlineData("pan left slowly", "Pan -30 4 s EaseInOut")]
    [InlineData("pan left a little", "Pan -10 2 s EaseInOut")]
    [InlineData("pan 90° right over 4 seconds", "Pan 90 4 s EaseInOut")]
    [InlineData("the camera pans right", "Pan 30 2 s EaseInOut")]
    [InlineData("tilt up 10 degrees", "Tilt 10 2 s EaseInOut")]
    [InlineData("tilt down a bit", "Tilt -5 2 s EaseInOut")]
    [InlineData("roll right 10 degrees", "Roll 10 2 s EaseInOut")]
    [InlineData("roll counterclockwise", "Roll -15 2 s EaseInOut")]
    [InlineData("dolly in", "Dolly 4 2 s EaseInOut")]
    [InlineData("dolly in slowly over 3 seconds", "Dolly 4 3 s EaseInOut")]
    [InlineData("dolly out 5 m", "Dolly -5 2 s EaseInOut")]
    [InlineData("push in", "Dolly 4 2 s EaseInOut")]
    [InlineData("push in on the cabin", "Dolly 4 2 s EaseInOut toward the cabin")]
    [InlineData("pull out", "Dolly -4 2 s EaseInOut")]
    [InlineData("pull back quickly", "Dolly -4 0.8 s EaseInOut")]
    [InlineData("truck left 2 metres", "Truck -2 2 s EaseInOut")]
    [InlineData("track right", "Truck 3 2 s EaseInOut")]
    [InlineData("pedestal up 1 m", "Pedestal 1 2 s EaseInOut")]
    [InlineData("boom down", "Pedestal -2 2 s EaseInOut")]
    [InlineData("crane up", "Crane 5 3 s EaseInOut")]
    [InlineData("crane up 8 m over 5 seconds", "Crane 8 5 s EaseInOut")]
    [InlineData("raise the camera", "Pedestal 2 2 s EaseInOut")]
    [InlineData("lower the camera a little", "Pedestal -0.67 2 s EaseInOut")]
    [InlineData("move left", "Truck -3 2 s EaseInOut")]
    [InlineData("move closer", "Dolly 4 2 s EaseInOut")]
    [InlineData("get closer", "Dolly 4 2 s EaseInOut")]
    [InlineData("back up", "Dolly -4 2 s EaseInOut")]
    [InlineData("orbit around the lighthouse", "Orbit [lighthouse] 360 12 s Linear")]
    [InlineData("orbit left 90 degrees around the cabin", "Orbit [cabin] -90 3 s Linear")]
    [InlineData("circle the barn clockwise", "Orbit [barn] -360 12 s Linear")]
    [InlineData("orbit around the lighthouse over 20 seconds", "Orbit [lighthouse] 360 20 s Linear")]
    [InlineData("zoom in", "Zoom x1.5 2 s EaseInOut")]
    [InlineData("zoom out a little", "Zoom x0.83 2 s EaseInOut")]
    [InlineData("zoom to 85mm", "Lens 85 2 s EaseInOut")]
    [InlineData("zoom in to 100 mm over 2 seconds", "Lens 100 2 s EaseInOut")]
    [InlineData("lens 50mm", "Lens 50 cut")]
    [InlineData("use a 35mm lens", "Lens 35 cut")]
    [InlineData("switch to a 135 mm lens", "Lens 135 cut")]
    [InlineData("focal length 24", "Lens 24 cut")]
    [InlineData("full frame", "Sensor FullFrame")]
    [InlineData("switch to Super 16", "Sensor Super16")]
    [InlineData("use a super 35 sensor", "Sensor Super35")]
    [InlineData("sensor alexa mini", "Sensor AlexaMini")]
    [InlineData("establishing shot", "Shot Establishing - - cut")]
    [InlineData("wide shot of the cabin", "Shot Wide [cabin] - cut")]
    [InlineData("close-up of the cabin", "Shot CloseUp [cabin] - cut")]
    [InlineData("extreme close-up of the sign", "Shot ExtremeCloseUp [sign] - cut")]
    [InlineData("close-up of the silo", "Shot CloseUp [silo] - cut")]
    [InlineData("wide shot of the temple", "Shot Wide [temple] - cut")]
    [InlineData("close-up of the giraffe", "Shot CloseUp [giraffe] - cut")]
    [InlineData("wide shot of the shipwreck", "Shot Wide [shipwreck] - cut")]
    [InlineData("medium shot of the person", "Shot Medium [person] - cut")]
    [InlineData("medium close up on the deer", "Shot MediumCloseUp [deer] - cut")]
    [InlineData("full shot of the hiker", "Shot Full [hiker] - cut")]
    [InlineData("cowboy shot of the farmer", "Shot MediumWide [farmer] - cut")]
    [InlineData("give me a wide shot of the lake", "Shot Wide [land:Lake] - cut")]
    [InlineData("cut to a close-up of the barn", "Shot CloseUp [barn] - cut")]
    [InlineData("low angle close-up of the deer", "Shot CloseUp [deer] Low cut")]
    [InlineData("close up of the deer from a low angle", "Shot CloseUp [deer] Low cut")]
    [InlineData("high angle wide shot of the village", "Shot Wide [village] High cut")]
    [InlineData("low angle", "Angle Low - - cut")]
    [InlineData("overhead", "Angle Overhead - - cut")]
    [InlineData("bird's-eye view of the cabin", "Angle Overhead - [cabin] cut")]
    [InlineData("eye level", "Angle EyeLevel - - cut")]
    [InlineData("dutch angle 15 degrees", "Angle Dutch 15 - cut")]
    [InlineData("dutch left", "Angle Dutch -15 - cut")]
    [InlineData("level the horizon", "Angle Dutch 0 - cut")]
    [InlineData("look at the barn", "LookAt [barn] 1.5 s EaseInOut")]
    [InlineData("look at the tallest tree", "LookAt [tree tallest] 1.5 s EaseInOut")]
    [InlineData("pan to the lake", "LookAt [land:Lake] 1.5 s EaseInOut")]
    [InlineData("focus on the red car", "LookAt [car red] 1.5 s EaseInOut")]
    [InlineData("look left", "Pan -30 2 s EaseInOut")]
    [InlineData("follow the deer", "Follow [deer]")]
    [InlineData("track the car", "Follow [car]")]
    [InlineData("stop following", "Hold")]
    [InlineData("hold", "Hold")]
    [InlineData("go to the lake", "GoTo [land:Lake] 4 s EaseInOut")]
    [InlineData("take me to the nearest road", "GoTo [land:Road nearest] 4 s EaseInOut")]
    [InlineData("fly to the cabin slowly", "GoTo [cabin] 8 s EaseInOut")]
    [InlineData("teleport to the lighthouse", "GoTo [lighthouse] cut")]
    [InlineData("go back to camera A", "CutTo A cut")]
    [InlineData("save camera as A", "Save A")]
    [InlineData("save this shot as hero", "Save HERO")]
    [InlineData("cut to camera A", "CutTo A cut")]
    [InlineData("cut to B", "CutTo B cut")]
    [InlineData("back to A", "CutTo A cut")]
    [InlineData("make it night", "Time 23 night 3 s EaseInOut")]
    [InlineData("golden hour", "Time 18.5 golden hour 3 s EaseInOut")]
    [InlineData("set the time to 18:30", "Time 18.5 18:30 3 s EaseInOut")]
    [InlineData("make it night over 2 seconds", "Time 23 night 2 s EaseInOut")]
    [InlineData("make it dusk and keep it", "Time 19.75 dusk 3 s EaseInOut keep")]
    [InlineData("6 pm", "Time 18 18:00 3 s EaseInOut")]
    [InlineData("at 7:15 am", "Time 7.25 07:15 3 s EaseInOut")]
    [InlineData("time of day noon", "Time 12 noon 3 s EaseInOut")]
    [InlineData("sunrise", "Time 6.25 sunrise 3 s EaseInOut")]
    [InlineData("the sun sets slowly", "Time 19.25 sunset 6 s EaseInOut")]
    [InlineData("it's midnight", "Time 0 midnight 3 s EaseInOut")]
    [InlineData("sun from the west", "Sun 270 2 s EaseInOut")]
    [InlineData("backlight the cabin", "Sun BehindSubject 2 s EaseInOut")]
    [InlineData("sun behind the camera", "Sun BehindCamera 2 s EaseInOut")]
    [InlineData("put the sun on the left", "Sun Left 2 s EaseInOut")]
    [InlineData("sun direction 120 degrees", "Sun 120 2 s EaseInOut")]
    [InlineData("clear skies", "Weather Clear 0 3 s EaseInOut")]
    [InlineData("overcast", "Weather Overcast 0.7 3 s EaseInOut")]
    [InlineData("fog density 0.7", "Weather Fog 0.7 3 s EaseInOut")]
    [InlineData("fog density 60%", "Weather Fog 0.6 3 s EaseInOut")]
    [InlineData("thick fog", "Weather Fog 0.9 3 s EaseInOut")]
    [InlineData("light rain over 5 seconds", "Weather Rain 0.25 5 s EaseInOut")]
    [InlineData("make it rain", "Weather Rain 0.6 3 s EaseInOut")]
    [InlineData("start snowing", "Weather Snow 0.6 3 s EaseInOut")]
    [InlineData("heavy snow", "Weather Snow 0.9 3 s EaseInOut")]
    [InlineData("a storm rolls in", "Weather Storm 0.9 3 s EaseInOut")]
    [InlineData("storm", "Weather Storm 0.9 3 s EaseInOut")]
    [InlineData("stop the rain", "Weather Clear 0 3 s EaseInOut")]
    [InlineData("drizzle", "Weather Drizzle 0.4 3 s EaseInOut")]
    [InlineData("make it foggy and keep it", "Weather Fog 0.5 3 s EaseInOut keep")]
    [InlineData("keep", "Keep")]
    [InlineData("keep the lighting", "Keep")]
    [InlineData("calm", "Mood Calm")]
    [InlineData("make it dramatic", "Mood Dramatic")]
    [InlineData("event density normal", "Mood Normal")]
    [InlineData("more events", "Mood Dramatic")]
    [InlineData("place a red car next to the cabin", "Spawn 1 Car red Beside [cabin]")]
    [InlineData("place a cart next to the saloon", "Spawn 1 Cart Beside [saloon]")]
    [InlineData("add three deer in the meadow", "Spawn 3 Deer In [land:Meadow]")]
    [InlineData("remove the truck", "Remove [truck]")]
    [InlineData("paint the barn white", "Recolor [barn] white")]
    [InlineData("add a tent here", "Spawn 1 Tent InFrontOf [camera]")]
    [InlineData("spawn 2 people by the lake", "Spawn 2 Person Near [land:Lake]")]
    [InlineData("put a bench in front of the cabin", "Spawn 1 Bench InFrontOf [cabin]")]
    [InlineData("place a blue truck on the road", "Spawn 1 Truck blue On [land:Road]")]
    [InlineData("move the car next to the barn", "Move [car] Beside [barn]")]
    [InlineData("move the car by the lake next to the barn", "Move [car Near[land:Lake]] Beside [barn]")]
    [InlineData("delete the second house", "Remove [house #2]")]
    [InlineData("get rid of all the cars", "Remove [car all]")]
    [InlineData("remove the tallest tree", "Remove [tree tallest]")]
    [InlineData("paint the cabin dark green", "Recolor [cabin] dark green")]
    [InlineData("make the car blue", "Recolor [car] blue")]
    [InlineData("recolour the third house yellow", "Recolor [house #3] yellow")]
    [InlineData("the deer walks to the lake", "Behave [deer] WalkTo [land:Lake]")]
    [InlineData("make the deer run to the cabin", "Behave [deer] RunTo [cabin]")]
    [InlineData("the truck drives along the road", "Behave [truck] DriveAlong [land:Road]")]
    [InlineData("a red car drives past the cabin", "Spawn 1 Car red InFrontOf [camera] DriveAlong [cabin]")]
    [InlineData("the person wanders", "Behave [person] Wander")]
    [InlineData("the dog follows the person", "Behave [dog] Follow [person]")]
    [InlineData("the deer flee from the wolf", "Behave [deer] FleeFrom [wolf]")]
    [InlineData("the deer stays", "Behave [deer] Stay")]
    [InlineData("three deer walk to the lake", "Spawn 3 Deer InFrontOf [camera] WalkTo [land:Lake]")]
    [InlineData("have the hiker walk to the lighthouse", "Behave [hiker] WalkTo [lighthouse]")]
    [InlineData("stop the car", "Behave [car] Stay")]
    [InlineData("the car by the lake drives away", "Behave [car Near[land:Lake]] DriveAlong")]
    [InlineData("walk to the lake", "GoTo [land:Lake] 4 s EaseInOut")]
    [InlineData("please dolly in slowly", "Dolly 4 4 s EaseInOut")]
    [InlineData("camera, pan left", "Pan -30 2 s EaseInOut")]
    [InlineData("now tilt down 20° quickly", "Tilt -20 0.8 s EaseInOut")]
    [InlineData("dolly in 3 m with ease in", "Dolly 3 2 s EaseIn")]
    [InlineData("pan right 90 degrees linearly", "Pan 90 2 s Linear")]
    [InlineData("orbit the cabin counterclockwise 180 degrees", "Orbit [cabin] 180 6 s Linear")]
    [InlineData("zoom in a lot", "Zoom x2.49 2 s EaseInOut")]
    [InlineData("lens to 18 mm over 3 seconds", "Lens 18 3 s EaseInOut")]
    [InlineData("switch to a telephoto lens", "Lens 135 cut")]
    [InlineData("wide shot", "Shot Wide - - cut")]
    [InlineData("go wide", "Shot Wide - - cut")]
    [InlineData("tight shot of the lighthouse", "Shot CloseUp [lighthouse] - cut")]
    [InlineData("ECU of the lamp post", "Shot ExtremeCloseUp [lamp post] - cut")]
    [InlineData("MCU on the hiker", "Shot MediumCloseUp [hiker] - cut")]
    [InlineData("insert shot of the sign", "Shot ExtremeCloseUp [sign] - cut")]
    [InlineData("high angle on the barn", "Angle High - [barn] cut")]
    [InlineData("dutch angle 10 degrees right", "Angle Dutch 10 - cut")]
    [InlineData("look at the car by the lake", "LookAt [car Near[land:Lake]] 1.5 s EaseInOut")]
    [InlineData("look at the second house", "LookAt [house #2] 1.5 s EaseInOut")]
    [InlineData("look at the nearest road", "LookAt [land:Road nearest] 1.5 s EaseInOut")]
    [InlineData("look at the farthest tree", "LookAt [tree farthest] 1.5 s EaseInOut")]
    [InlineData("look at it", "LookAt [previous] 1.5 s EaseInOut")]
    [InlineData("look at the big barn", "LookAt [barn largest] 1.5 s EaseInOut")]
    [InlineData("go to the cabin instantly", "GoTo [cabin] cut")]
    [InlineData("head to the river", "GoTo [land:River] 4 s EaseInOut")]
    [InlineData("go to the beach", "GoTo [land:Beach] 4 s EaseInOut")]
    [InlineData("save camera as B2", "Save B2")]
    [InlineData("set the time to 6:30 pm", "Time 18.5 18:30 3 s EaseInOut")]
    [InlineData("make it morning", "Time 9 morning 3 s EaseInOut")]
    [InlineData("noon", "Time 12 noon 3 s EaseInOut")]
    [InlineData("blue hour over 10 seconds", "Time 20.25 blue hour 10 s EaseInOut")]
    [InlineData("fade to night very slowly", "Time 23 night 9 s EaseInOut")]
    [InlineData("sun from the north east", "Sun 45 2 s EaseInOut")]
    [InlineData("light from the left", "Sun Left 2 s EaseInOut")]
    [InlineData("rain intensity 0.8", "Weather Rain 0.8 3 s EaseInOut")]
    [InlineData("it starts to rain", "Weather Rain 0.6 3 s EaseInOut")]
    [InlineData("make it snow over 10 seconds", "Weather Snow 0.6 10 s EaseInOut")]
    [InlineData("clear up", "Weather Clear 0 3 s EaseInOut")]
    [InlineData("add some fog", "Weather Fog 0.5 3 s EaseInOut")]
    [InlineData("make it cloudy and keep it", "Weather Overcast 0.7 3 s EaseInOut keep")]
    [InlineData("set the weather to storm", "Weather Storm 0.9 3 s EaseInOut")]
    [InlineData("mood calm", "Mood Calm")]
    [InlineData("quiet", "Mood Calm")]
    [InlineData("make it lively", "Mood Dramatic")]
    [InlineData("put a white tent by the river", "Spawn 1 Tent white Near [land:River]")]
    [InlineData("add a few people near the cabin", "Spawn 3 Person Near [cabin]")]
    [InlineData("place two yellow cars in front of the barn", "Spawn 2 Car yellow InFrontOf [barn]")]
    [InlineData("add a deer here", "Spawn 1 Deer InFrontOf [camera]")]
    [InlineData("spawn a flock of birds over the lake", "Spawn 6 Bird Over [land:Lake]")]
    [InlineData("add three deer that wander in the meadow", "Spawn 3 Deer InFrontOf [camera] Wander [land:Meadow]")]
    [InlineData("park the car by the cabin", "Move [car] Near [cabin]")]
    [InlineData("remove all the trees near the cabin", "Remove [tree all Near[cabin]]")]
    [InlineData("delete the red car", "Remove [car red]")]
    [InlineData("remove it", "Remove [previous]")]
    [InlineData("paint the second house light blue", "Recolor [house #2] light blue")]
    [InlineData("colour the tallest tower black", "Recolor [tower tallest] black")]
    [InlineData("the person walks away from the bear", "Behave [person] FleeFrom [bear]")]
    [InlineData("the car drives along the nearest road", "Behave [car] DriveAlong [land:Road nearest]")]
    [InlineData("the horse gallops to the barn", "Behave [horse] RunTo [barn]")]
    [InlineData("the birds fly away", "Behave [bird all] FleeFrom [camera]")]
    [InlineData("the deer graze in the meadow", "Behave [deer] Wander [land:Meadow]")]
    [InlineData("make the dog stay", "Behave [dog] Stay")]
    [InlineData("the wolf chases the deer", "Behave [wolf] Follow [deer]")]
    [InlineData("a truck drives along the road", "Spawn 1 Truck InFrontOf [camera] DriveAlong [land:Road]")]
    [InlineData("two people walk to the pier", "Spawn 2 Person InFrontOf [camera] WalkTo [pier]")]
    [InlineData("let the fox run to the forest", "Behave [fox] RunTo [land:Forest]")]
    public void Parse_Phrasing_MeansTheExpectedCommand(string line, string expected)
    {
        DirectorParseResult result = DirectorParser.Parse(line);
        result.Error.ShouldBeNull($"'{line}' should parse");
        Describe(result.Command!).ShouldBe(expected);
        result.Command!.Source.ShouldBe(line.Trim());
    }

    [Theory]
    [InlineData("dollie in", "did you mean 'dolly in'", "dolly in")]
    [InlineData("zoon in", "did you mean 'zoom in'", "zoom in")]
    [InlineData("orbitt around the cabin", "did you mean 'orbit around'", "orbit around the cabin")]
    [InlineData("pan lft", "did you mean 'left'", "pan left")]
    [InlineData("dolly inn", "did you mean 'in'", "dolly in")]
    [InlineData("make it nigth", "did you mean 'night'", "make it night")]
    [InlineData("close-up of the cabbin", "did you mean 'cabin'", "cabin")]
    [InlineData("close-up of the casle", "did you mean 'castle'", "castle")]
    [InlineData("add a cabbin next to the lake", "did you mean 'cabin'", "cabin")]
    [InlineData("paint the barn purpel", "did you mean 'purple'", "purple")]
    [InlineData("set the weather to sunnny", "did you mean 'sunny'", "sunny")]
    public void Parse_Misspelling_SaysDidYouMean(string line, string fragment, string suggestion)
    {
        DirectorParseResult result = DirectorParser.Parse(line);
        result.IsSuccess.ShouldBeFalse();
        result.Error!.Message.ShouldContain(fragment);
        result.Error.Suggestion.ShouldBe(suggestion);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("slowly", "says how but not what")]
    [InlineData("pan", "needs a direction: left or right")]
    [InlineData("dolly sideways", "needs a direction: in or out")]
    [InlineData("tilt up 900 degrees", "at most 720 degrees")]
    [InlineData("zoom to 2000mm", "outside 8–600 mm")]
    [InlineData("zoom", "zoom to 85mm")]
    [InlineData("set the time to 25:00", "expected HH:MM")]
    [InlineData("set the time to banana", "is not a time of day")]
    [InlineData("fog density 3", "out of range")]
    [InlineData("place a lake by the cabin", "part of the land")]
    [InlineData("remove the lake", "part of the land")]
    [InlineData("add 0 cars", "count from 1 to 50")]
    [InlineData("add 400 deer", "at most 50")]
    [InlineData("save camera as", "save camera as A")]
    [InlineData("look at the", "name a subject")]
    [InlineData("paint the barn", "what colour")]
    [InlineData("follow", "follow what")]
    [InlineData("mood spicy", "calm, normal or dramatic")]
    [InlineData("dolly in over 2000 seconds", "at most 600 seconds")]
    [InlineData("blorp the flurb", "try a camera move")]
    [InlineData("look at the zorblax", "unknown subject 'zorblax'")]
    [InlineData("move the car", "where?")]
    [InlineData("sun from the", "say where the sun is")]
    [InlineData("dutch angle 80 degrees", "past 60")]
    [InlineData("pan left 30 degrees banana", "did not understand")]
    public void Parse_BadCommand_ExplainsWhatIsExpected(string line, string fragment)
    {
        DirectorParseResult result = DirectorParser.Parse(line);
        result.IsSuccess.ShouldBeFalse($"'{line}' should be refused");
        result.Error!.Message.ShouldContain(fragment);
        result.Error.Message.ShouldNotContain("Exception");
        result.Error.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void Parse_OverlongLine_IsRefusedWithItsLength()
    {
        DirectorParseResult result = DirectorParser.Parse("dolly in " + new string('x', 500));
        result.Error!.Message.ShouldContain("at most 400");
    }

    [Fact]
    public void Parse_RedCar_CarriesAStronglyRedColourAndTheCabinAsAnchor()
    {
        var spawn = DirectorParser.Parse("place a red car next to the cabin").Command.ShouldBeOfType<SpawnCommand>();
        spawn.Label.ShouldBe(SemanticLabel.Car);
        spawn.Color!.Rgb.R.ShouldBeGreaterThan((byte)150);
        spawn.Color.Rgb.G.ShouldBeLessThan((byte)80);
        spawn.Where.Relation.ShouldBe(RelationKind.Beside);
        spawn.Where.Anchor.Labels.ShouldBe([SemanticLabel.Cabin]);
        spawn.Domain.ShouldBe(DirectorDomain.Story);
    }

    [Fact]
    public void Parse_TreeSubject_CoversEveryKindOfTree()
    {
        var look = DirectorParser.Parse("look at the tallest tree").Command.ShouldBeOfType<LookAtCommand>();
        look.Subject.Labels.ShouldContain(SemanticLabel.Conifer);
        look.Subject.Labels.ShouldContain(SemanticLabel.Birch);
        look.Subject.Labels.ShouldNotContain(SemanticLabel.Cabin);
        look.Subject.Superlative.ShouldBe(Superlative.Tallest);
    }

    [Theory]
    [InlineData("make it night", DirectorDomain.Atmosphere)]
    [InlineData("heavy rain", DirectorDomain.Atmosphere)]
    [InlineData("dolly in", DirectorDomain.Camera)]
    [InlineData("remove the truck", DirectorDomain.Story)]
    public void Parse_Command_BelongsToItsDomain(string line, DirectorDomain domain) =>
        DirectorParser.Parse(line).Command!.Domain.ShouldBe(domain);

    [Fact]
    public void Parse_SameLineTwice_GivesEqualCommands()
    {
        // Deterministic and free of hidden state: the same words always mean the same thing.
        string a = Describe(DirectorParser.Parse("orbit left 90 degrees around the cabin slowly").Command!);
        string b = Describe(DirectorParser.Parse("orbit left 90 degrees around the cabin slowly").Command!);
        a.ShouldBe(b);
    }

    [Theory]
    [InlineData(Easing.Linear)]
    [InlineData(Easing.EaseIn)]
    [InlineData(Easing.EaseOut)]
    [InlineData(Easing.EaseInOut)]
    public void Ease_AnyCurve_RunsFromZeroToOneWithoutGoingBack(Easing easing)
    {
        Motion.Apply(easing, 0f).ShouldBe(0f);
        Motion.Apply(easing, 1f).ShouldBe(1f, 1e-6f);
        float previous = 0f;
        for (int i = 1; i <= 100; i++)
        {
            float v = Motion.Apply(easing, i / 100f);
            v.ShouldBeGreaterThanOrEqualTo(previous);
            previous = v;
        }
    }

    [Fact]
    public void DidYouMean_FarWord_SuggestsNothing()
    {
        DidYouMean.Find("xylophone", ["cabin", "lake", "tree"]).ShouldBeNull();
        DidYouMean.Distance("cabin", "cabni").ShouldBe(1); // a transposition is one slip
    }
}
