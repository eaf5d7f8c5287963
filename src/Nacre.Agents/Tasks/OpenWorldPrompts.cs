using Nacre.Core;

namespace Nacre.Agents.Tasks;

/// <summary>The worlds of the tasks whose goal is not a named object (PointNav, Exploration, Follow).</summary>
internal static class OpenWorldPrompts
{
    public static IReadOnlyList<TaskPrompt> All { get; } =
    [
        new("rolling hills with farmland", "", SemanticLabel.None),
        new("a pine forest with a lake", "", SemanticLabel.None),
        new("a meadow with scattered trees and a river", "", SemanticLabel.None),
        new("a small village in the hills", "", SemanticLabel.None),
        new("a birch forest in autumn", "", SemanticLabel.None),
    ];
}
