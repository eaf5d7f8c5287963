using Nacre.Core;

namespace Nacre.Rendering.Models;

/// <summary>
/// Which species a world's <see cref="SemanticLabel.Crop"/> and <see cref="SemanticLabel.Flower"/> objects are drawn
/// as. The generator places only "crop" and "flower"; the prompt's words say which ("a vineyard", "tulip fields",
/// "a field of sunflowers"), so the renderer reads them from the spec. Rendering only: the world is the same.
/// </summary>
/// <param name="Crops">The farmland's crop.</param>
/// <param name="Flowers">The flowers.</param>
public sealed record Planting(CropKind Crops, FlowerKind Flowers)
{
    /// <summary>A patchwork of crops and wild flowers: what a world whose prompt names no species gets.</summary>
    public static Planting Default { get; } = new(CropKind.Mixed, FlowerKind.Wild);

    /// <summary>The planting a prompt asks for, from its crop and flower features' words (first match wins).</summary>
    public static Planting From(WorldSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        CropKind crops = CropKind.Mixed;
        FlowerKind flowers = FlowerKind.Wild;
        foreach (FeatureRequest f in spec.Features)
        {
            string phrase = f.Phrase.ToLowerInvariant();
            if (f.Label == SemanticLabel.Crop && crops == CropKind.Mixed)
            {
                crops = CropFrom(phrase);
            }
            else if (f.Label == SemanticLabel.Flower && flowers == FlowerKind.Wild)
            {
                flowers = FlowerFrom(phrase);
            }
        }
        // A sunflower or lavender field planted on farmland grows that crop too.
        if (crops == CropKind.Mixed)
        {
            crops = flowers switch
            {
                FlowerKind.Sunflowers => CropKind.Sunflowers,
                FlowerKind.Lavender => CropKind.Lavender,
                _ => CropKind.Mixed,
            };
        }
        return new Planting(crops, flowers);
    }

    private static CropKind CropFrom(string phrase) =>
        phrase.Contains("vine", StringComparison.Ordinal) || phrase.Contains("wine", StringComparison.Ordinal) ? CropKind.Vines
        : phrase.Contains("corn", StringComparison.Ordinal) || phrase.Contains("maize", StringComparison.Ordinal) || phrase.Contains("sugarcane", StringComparison.Ordinal) ? CropKind.Maize
        : phrase.Contains("wheat", StringComparison.Ordinal) || phrase.Contains("barley", StringComparison.Ordinal) || phrase.Contains("oats", StringComparison.Ordinal)
          || phrase.Contains("rye", StringComparison.Ordinal) || phrase.Contains("hay", StringComparison.Ordinal) ? CropKind.Wheat
        : CropKind.Mixed;

    private static FlowerKind FlowerFrom(string phrase) =>
        phrase.Contains("sunflower", StringComparison.Ordinal) ? FlowerKind.Sunflowers
        : phrase.Contains("lavender", StringComparison.Ordinal) ? FlowerKind.Lavender
        : phrase.Contains("popp", StringComparison.Ordinal) ? FlowerKind.Poppies
        : phrase.Contains("tulip", StringComparison.Ordinal) || phrase.Contains("bulb", StringComparison.Ordinal) || phrase.Contains("flower field", StringComparison.Ordinal)
          || phrase.Contains("field of flowers", StringComparison.Ordinal) || phrase.Contains("carpet", StringComparison.Ordinal) ? FlowerKind.Tulips
        : FlowerKind.Wild;
}
