using System.Text.Json;
using Nacre.Core;

namespace Nacre.Core.Tests;

public class WorldSpecJsonTests
{
    [Fact]
    public void RoundTrip_PreservesEveryField()
    {
        var spec = new WorldSpec
        {
            Prompt = "a red barn by a lake at dusk",
            Seed = 42,
            Terrain = new TerrainSpec { Relief = Relief.RollingHills, ElevationScale = 1.5f },
            Water = new WaterSpec { Amount = WaterAmount.Some, Lakes = true },
            Biomes = [new BiomeWeight(Biome.Farmland, 1f)],
            Features = [new FeatureRequest { Label = SemanticLabel.Barn, Count = 1, Color = new Rgb(178, 34, 34), ColorName = "red", Phrase = "red barn" }],
            Relations = [new SpatialRelation(SemanticLabel.Barn, RelationKind.Near, new Anchor(AnchorKind.Lake))],
            Exclude = Exclusions.Vehicles | Exclusions.People,
            Time = new TimeOfDaySpec("dusk", 19.5f),
            Weather = new WeatherSpec { Kind = WeatherKind.Fog, Intensity = 0.7f },
            MainSubject = Anchor.Of(SemanticLabel.Barn),
            Concepts = ["barn", "lake", "dusk"],
            Unrecognized = ["zorblax"],
        };
        string json = WorldSpecJson.Serialize(spec);
        json.ShouldContain("\"relief\": \"rolling-hills\"");
        json.ShouldContain("\"color\": \"#b22222\"");
        WorldSpec back = WorldSpecJson.Deserialize(json);
        WorldSpecJson.Serialize(back).ShouldBe(json);
        back.Features[0].Color.ShouldBe(new Rgb(178, 34, 34));
    }

    [Fact]
    public void Deserialize_UnknownField_SaysWhere()
    {
        var e = Should.Throw<JsonException>(() => WorldSpecJson.Deserialize("{\"reliefx\": 1}"));
        e.Message.ShouldContain("reliefx");
    }
}
