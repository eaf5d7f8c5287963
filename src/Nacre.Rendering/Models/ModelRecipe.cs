using Nacre.Core;

namespace Nacre.Rendering.Models;

/// <summary>How to build one variant of a label's model at each level of detail (0 full … 2 far).</summary>
internal sealed record ModelRecipe(
    SemanticLabel Label,
    string Name,
    float Height,
    float HalfX,
    float HalfZ,
    Action<ModelBuilder, int> Build,
    ModelFit Fit = ModelFit.Uniform,
    float Sway = 0f,
    bool CastsShadow = true);
