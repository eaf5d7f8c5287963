using Nacre.Core;

namespace Nacre.WorldGen;

/// <summary>What an object must stand on. Generator v2 places every object only where its footing holds.</summary>
public enum Footing : byte
{
    /// <summary>Dry ground at least 0.3 m above any water, gentle enough for its footprint (buildings, tents, trees, animals).</summary>
    DryLand,

    /// <summary>Afloat, on water at least 0.5 m deep under its whole hull, at the water surface (boats, ducks).</summary>
    Water,

    /// <summary>From the bank out over the water: its near end on land, its far end over water (piers, jetties).</summary>
    ShoreIntoWater,

    /// <summary>In shallow water at the shore, 0–0.8 m deep (reeds).</summary>
    ShallowWater,

    /// <summary>Dry ground within <see cref="PlacementRule.Reach"/> of the sea, or of a lake where the world has no sea (lighthouses).</summary>
    Coast,

    /// <summary>Spanning water, both ends on land (bridges).</summary>
    AcrossWater,

    /// <summary>On a road's verge or beside it (cars, trucks); dry land by a building where the prompt ruled roads out.</summary>
    Roadside,

    /// <summary>On the waterline: a beach or shallow water, between 0.5 m above and 1 m below the water (shipwrecks).</summary>
    Waterline,
}

/// <summary>Where one kind of object may stand.</summary>
/// <param name="Footing">The ground it needs.</param>
/// <param name="Reach">For <see cref="Footing.Coast"/>: the farthest it may stand from the water's edge, metres; for
/// <see cref="Footing.Roadside"/>: the farthest from the road's edge. Zero otherwise.</param>
/// <param name="Pad">True when the ground under it is levelled into a pad (buildings); never for anything at or over water.</param>
public readonly record struct PlacementRule(Footing Footing, float Reach, bool Pad);

/// <summary>
/// Where each label may stand, in one table (generator v2): piers and jetties reach from the bank into water, boats
/// float, reeds stand in the shallows, lighthouses keep within 40 m of the sea, bridges span water, cars keep to
/// roads, and everything else — buildings, tents, campfires, trees, animals, people — stands on dry land. The site
/// planner searches for a spot that satisfies the rule and places nothing (reporting the request as unplaced) when
/// the world has none.
/// </summary>
public static class PlacementRules
{
    /// <summary>How far (m) from the water's edge a lighthouse may stand.</summary>
    public const float CoastReach = 40f;

    public static PlacementRule For(SemanticLabel label) => label switch
    {
        SemanticLabel.Pier or SemanticLabel.Jetty => new(Footing.ShoreIntoWater, 0f, false),
        SemanticLabel.Boat or SemanticLabel.Duck => new(Footing.Water, 0f, false),
        SemanticLabel.Reed => new(Footing.ShallowWater, 0f, false),
        SemanticLabel.Lighthouse => new(Footing.Coast, CoastReach, true),
        SemanticLabel.Bridge => new(Footing.AcrossWater, 0f, false),
        SemanticLabel.Car or SemanticLabel.Truck => new(Footing.Roadside, 3f, false),
        SemanticLabel.Shipwreck => new(Footing.Waterline, 0f, false),
        _ => new(Footing.DryLand, 0f, NeedsPad(label)),
    };

    /// <summary>Why a request with this footing found no place, in words for people (reported by tools).</summary>
    public static string Why(Footing footing) => footing switch
    {
        Footing.Water => "no water deep enough to float on near the site",
        Footing.ShoreIntoWater => "no shore with deep enough water to build out into near the site",
        Footing.ShallowWater => "no shallow water at a shore near the site",
        Footing.Coast => "no sea or lake shore near the site",
        Footing.AcrossWater => "no river or narrow water to span near the site",
        Footing.Roadside => "no road near the site",
        Footing.Waterline => "no shore near the site",
        _ => "no dry, level ground free near the site",
    };

    private static bool NeedsPad(SemanticLabel label) => SemanticLabels.IsStructure(label) && label is not (SemanticLabel.Fence
        or SemanticLabel.Wall or SemanticLabel.Gravestone or SemanticLabel.Fountain or SemanticLabel.MarketStall);
}
