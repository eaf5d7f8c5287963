namespace Nacre.Rendering.Models;

/// <summary>What grows on a world's farmland, drawn in rows (see <see cref="Planting"/>).</summary>
public enum CropKind
{
    /// <summary>A patchwork: each field (a 48 m block) grows one of the crops below, chosen by its position.</summary>
    Mixed,

    /// <summary>Wheat, barley, oats, rye, rice: waist-high golden stalks with ears.</summary>
    Wheat,

    /// <summary>Grape vines on post-and-wire trellises, in green hedges a metre and a half high.</summary>
    Vines,

    /// <summary>Maize: tall green stalks with long leaves and tassels.</summary>
    Maize,

    /// <summary>Sunflowers: tall stems with yellow heads turned one way.</summary>
    Sunflowers,

    /// <summary>Lavender: rounded purple cushions.</summary>
    Lavender,
}
