using Nacre.Core;

namespace Nacre.WorldGen.Layout;

// Generator v2: the settlement, shaped by WorldSpec.Layout.
internal sealed partial class SitePlanner
{
    /// <summary>How many buildings a settlement of the spec's size has (a layout with no size named is a hamlet's).</summary>
    private int SettlementSize => _spec.Settlement switch
    {
        SettlementKind.Village => 11,
        SettlementKind.Town => 18,
        SettlementKind.City => 26,
        _ => 5,
    };

    /// <summary>The settlement the spec asks for, laid out as its <see cref="WorldSpec.Layout"/> says.</summary>
    private void PlaceLayout()
    {
        if (_spec.Settlement == SettlementKind.None && _spec.Layout == SettlementLayout.Default)
        {
            return;
        }
        _styleMaterial = _spec.Layout == SettlementLayout.WesternStreet ? MaterialKind.Wood : null;
        switch (_spec.Layout)
        {
            default:
                PlaceRoadVillage();
                break;
        }
    }

    /// <summary>The default layout: houses both sides of the site road, facing it; a village adds a church and a well, a town shops.</summary>
    private void PlaceRoadVillage()
    {
        if (_roads.Count == 0 || SitePlan.Excluded(_spec, SemanticLabel.House))
        {
            return;
        }
        int houses = SettlementSize;
        var rng = new Rng(StableHash.Combine(_seed, 0x5E77UL));
        int placed = 0;
        for (int k = 0; k < houses * 3 && placed < houses; k++)
        {
            SemanticLabel label = Take(placed switch
            {
                2 when _spec.Settlement >= SettlementKind.Village => SemanticLabel.Church,
                4 when _spec.Settlement >= SettlementKind.Village => SemanticLabel.Well,
                _ when _spec.Settlement >= SettlementKind.Town && rng.Chance(0.3f) => SemanticLabel.Shop,
                _ => rng.Chance(0.7f) ? SemanticLabel.House : SemanticLabel.Cottage,
            });
            if (label == SemanticLabel.None)
            {
                placed++;
                continue;
            }
            if (PlaceAlongRoad(label, k, ObjectCatalog.Get(label).Footprint) is not null)
            {
                placed++;
            }
        }
    }
}
