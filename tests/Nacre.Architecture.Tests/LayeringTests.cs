using System.Reflection;

namespace Nacre.Architecture.Tests;

/// <summary>
/// Data flows one way (docs/architecture.md): a project may reference only the projects its layer allows.
/// A reference that breaks the flow (WorldGen reaching for the renderer, Core depending on anything) fails here.
/// </summary>
public class LayeringTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Nacre.Core"] = [],
        ["Nacre.Language"] = ["Nacre.Core"],
        ["Nacre.WorldGen"] = ["Nacre.Core"],
        ["Nacre.Simulation"] = ["Nacre.Core", "Nacre.Language", "Nacre.WorldGen"],
        ["Nacre.Rendering"] = ["Nacre.Core", "Nacre.WorldGen", "Nacre.Simulation"],
        ["Nacre.Media"] = ["Nacre.Core"],
        ["Nacre.Storage"] = ["Nacre.Core"],
        ["Nacre.Export"] = ["Nacre.Core", "Nacre.WorldGen", "Nacre.Rendering", "Nacre.Simulation"],
        ["Nacre.Studio"] = ["Nacre.Core", "Nacre.Language", "Nacre.WorldGen", "Nacre.Simulation", "Nacre.Rendering", "Nacre.Media", "Nacre.Storage", "Nacre.Export"],
        ["Nacre.Agents"] = ["Nacre.Core", "Nacre.Language", "Nacre.WorldGen", "Nacre.Simulation", "Nacre.Rendering"],
        ["nacre"] = ["Nacre.Core", "Nacre.Language", "Nacre.WorldGen", "Nacre.Simulation", "Nacre.Rendering", "Nacre.Media", "Nacre.Storage", "Nacre.Export", "Nacre.Studio", "Nacre.Agents"],
    };

    public static TheoryData<string> Projects() => new(Allowed.Keys);

    [Theory]
    [MemberData(nameof(Projects))]
    public void Project_ReferencesOnlyWhatItsLayerAllows(string assemblyName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        File.Exists(path).ShouldBeTrue($"{assemblyName}.dll should be built beside the tests");
        Assembly asm = Assembly.LoadFrom(path);
        string[] nacreRefs = asm.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Nacre.", StringComparison.Ordinal) || n == "nacre")
            .ToArray();
        string[] forbidden = nacreRefs.Except(Allowed[assemblyName]).ToArray();
        forbidden.ShouldBeEmpty($"{assemblyName} may reference only [{string.Join(", ", Allowed[assemblyName])}]");
    }

    [Fact]
    public void GenerationAndSimulation_HaveTheBannedApiAnalyzer()
    {
        // The analyzer that bans System.Random, clocks and process-randomised hashes must stay switched on
        // where determinism matters; this reads the project files, the single source of that switch.
        string root = FindRepoRoot();
        foreach (string project in new[] { "Nacre.Core", "Nacre.Language", "Nacre.WorldGen", "Nacre.Simulation" })
        {
            string csproj = File.ReadAllText(Path.Combine(root, "src", project, project + ".csproj"));
            csproj.ShouldContain("<NacreDeterministic>true</NacreDeterministic>", customMessage: project);
        }
        File.ReadAllText(Path.Combine(root, "BannedSymbols.txt")).ShouldContain("T:System.Random;");
    }

    internal static string FindRepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Nacre.slnx")))
        {
            dir = Path.GetDirectoryName(dir);
        }
        return dir ?? throw new InvalidOperationException("Nacre.slnx not found above " + AppContext.BaseDirectory);
    }
}
