using Nacre.Core;

namespace Nacre.Rendering.Models;

/// <summary>
/// How to build one variant of a label's model at each level of detail (0 full … 2 far). <c>InRows</c>:
/// a row plant (a 2 m stretch of a crop row along z), set into the field's rows where it is drawn.
/// </summary>
internal sealed record ModelRecipe(
    SemanticLabel Label,
    string Name,
    float Height,
    float HalfX,
    float HalfZ,
    Action<ModelBuilder, int> Build,
    ModelFit Fit = ModelFit.Uniform,
    float Sway = 0f,
    bool CastsShadow = true,
    bool InRows = false);
