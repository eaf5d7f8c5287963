using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Layout;

// Generator v2: what Place adds to an object — building parameters (footprint, storeys, roof, material), colours
// from a palette for people's shirts, cars and market awnings, pads only under what the placement rules say is a building.
internal sealed partial class SitePlanner
{
    /// <summary>Wall material the current settlement layout prefers (weatherboard in a western street), or null.</summary>
    private MaterialKind? _styleMaterial;

    /// <summary>Records a v2 object: dressed, registered as occupying its footprint (unless it is one of a crowd), and padded when it is a building.</summary>
    private PlacedObject Commit(PlacedObject obj, FeatureRequest? f, ref Rng rng, float ground, Vector3? halfExtents, BuildingParameters? parameters, bool occupy)
    {
        ObjectCatalog.Entry e = ObjectCatalog.Get(obj.Label);
        if (BuildingParameters.AppliesTo(obj.Label))
        {
            obj = Dress(obj, f, ref rng, halfExtents, parameters);
        }
        else if (obj.Label is SemanticLabel.Person or SemanticLabel.MarketStall or SemanticLabel.Car && f?.Color is null)
        {
            Rgb[] palette = obj.Label == SemanticLabel.Car ? Paints : obj.Label == SemanticLabel.Person ? Shirts : Awnings;
            obj = obj with { Tint = ObjectCatalog.Vary(palette[rng.Next(palette.Length)], StableHash.Mix(obj.Id), 0.08f) };
        }
        _objects.Add(obj);
        Vector3 he = obj.HalfExtents;
        float diagonal = MathF.Sqrt((he.X * he.X) + (he.Z * he.Z));
        if (occupy)
        {
            _occupied.Add((obj.Position.X, obj.Position.Z, halfExtents is { } h ? MathF.Max(h.X, h.Z) : MathF.Max(e.Footprint * obj.Scale, diagonal)));
        }
        if (PlacementRules.For(obj.Label).Pad)
        {
            // As v1 for the catalogue's size; a building dressed larger or smaller gets a pad to match.
            float grow = e.HalfExtents.X > 0f && e.HalfExtents.Z > 0f ? MathF.Max(he.X / e.HalfExtents.X, he.Z / e.HalfExtents.Z) : 1f;
            _pads.Add(new Pad(obj.Id, obj.Position.X, obj.Position.Z, (e.Footprint * 0.85f * MathF.Max(grow, 0.8f)) + 1f, ground));
        }
        return obj;
    }

    private static readonly Rgb[] Shirts =
    [
        new(178, 52, 48), new(52, 84, 150), new(226, 222, 210), new(60, 120, 72), new(214, 170, 60), new(40, 40, 46),
        new(140, 70, 120), new(96, 150, 190), new(200, 110, 60), new(120, 116, 108),
    ];

    private static readonly Rgb[] Paints =
    [
        new(180, 40, 36), new(40, 70, 140), new(220, 220, 216), new(40, 40, 44), new(120, 124, 128), new(60, 110, 70),
    ];

    private static readonly Rgb[] Awnings =
    [
        new(186, 58, 50), new(52, 96, 160), new(60, 130, 72), new(220, 180, 60), new(210, 110, 50), new(140, 70, 130),
    ];

    private static readonly Rgb[] Plaster =
    [
        new(232, 224, 204), new(240, 238, 232), new(222, 196, 140), new(200, 214, 222), new(228, 196, 186), new(206, 220, 190),
    ];

    /// <summary>A house, cottage or shop of its own: footprint, storeys, roof and walls chosen from the building's hash.</summary>
    private PlacedObject Dress(PlacedObject o, FeatureRequest? f, ref Rng rng, Vector3? halfExtents, BuildingParameters? given)
    {
        BuildingParameters p = given ?? ChooseParameters(o.Label, ref rng);
        ObjectCatalog.Entry e = ObjectCatalog.Get(o.Label);
        float hx = halfExtents?.X ?? e.HalfExtents.X * rng.Range(0.8f, 1.25f);
        float hz = halfExtents?.Z ?? e.HalfExtents.Z * rng.Range(0.85f, 1.2f);
        float height = p.WallHeight + p.RoofRise(MathF.Min(hx, hz));
        MaterialKind material = f is { Material: not MaterialKind.Unspecified } ? f.Material : _styleMaterial ?? ChooseMaterial(o.Label, ref rng);
        Rgb tint = f?.Color ?? WallTint(material, ref rng, o.Id);
        return o with { HalfExtents = new Vector3(hx, height * 0.5f, hz), Variant = p.ToVariant(), Material = material, Tint = tint };
    }

    private BuildingParameters ChooseParameters(SemanticLabel label, ref Rng rng)
    {
        bool town = _spec.Settlement >= SettlementKind.Town;
        float roll = rng.NextFloat();
        int detail = rng.Next(16);
        return label switch
        {
            SemanticLabel.Cottage => new(roll < 0.6f ? RoofKind.Gable : RoofKind.Hip, rng.Chance(0.25f) ? 2 : 1, detail),
            SemanticLabel.Shop => new(roll < 0.45f ? RoofKind.Flat : roll < 0.7f ? RoofKind.Gable : roll < 0.85f ? RoofKind.Hip : RoofKind.Mansard,
                1 + rng.Next(town ? 3 : 2), detail),
            _ => new(roll < 0.4f ? RoofKind.Gable : roll < 0.7f ? RoofKind.Hip : roll < 0.85f ? RoofKind.Mansard : town ? RoofKind.Flat : RoofKind.Gable,
                town ? 2 + (rng.Chance(0.35f) ? 1 : 0) : 1 + (rng.Chance(0.55f) ? 1 : 0), detail),
        };
    }

    private static MaterialKind ChooseMaterial(SemanticLabel label, ref Rng rng)
    {
        float roll = rng.NextFloat();
        return label switch
        {
            SemanticLabel.Cottage => roll < 0.35f ? MaterialKind.Stone : roll < 0.7f ? MaterialKind.Plaster : MaterialKind.Wood,
            SemanticLabel.Shop => roll < 0.4f ? MaterialKind.Brick : roll < 0.8f ? MaterialKind.Plaster : MaterialKind.Wood,
            _ => roll < 0.4f ? MaterialKind.Plaster : roll < 0.7f ? MaterialKind.Brick : roll < 0.9f ? MaterialKind.Wood : MaterialKind.Stone,
        };
    }

    private static Rgb WallTint(MaterialKind material, ref Rng rng, ulong id)
    {
        Rgb nominal = material switch
        {
            MaterialKind.Brick => new Rgb(156, 78, 58),
            MaterialKind.Stone => new Rgb(168, 160, 146),
            MaterialKind.Wood => new Rgb(146, 104, 68),
            MaterialKind.Log => new Rgb(132, 92, 60),
            MaterialKind.Concrete => new Rgb(180, 180, 176),
            MaterialKind.Marble => new Rgb(236, 234, 228),
            MaterialKind.Metal => new Rgb(150, 154, 160),
            MaterialKind.Glass => new Rgb(150, 170, 180),
            _ => Plaster[rng.Next(Plaster.Length)],
        };
        return ObjectCatalog.Vary(nominal, StableHash.Mix(id), 0.08f);
    }
}
