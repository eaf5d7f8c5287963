using Nacre.Core;

namespace Nacre.Language;

/// <summary>A parsed prompt: the spec, and every word with what it was understood as, in prompt order.</summary>
public sealed record PromptAnalysis(WorldSpec Spec, IReadOnlyList<PromptToken> Tokens);
