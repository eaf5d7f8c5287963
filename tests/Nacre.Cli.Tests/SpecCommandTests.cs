using Nacre.Core;

namespace Nacre.Cli.Tests;

/// <summary>The real nacre CLI's <c>spec</c> command, run as a user would.</summary>
public class SpecCommandTests
{
    [Fact]
    public void Spec_AcceptancePrompt_PrintsTheSpecJsonWithItsConcepts()
    {
        var r = NacreProcess.Run("spec", "a foggy pine forest at dusk with a wooden cabin by a lake", "--seed", "42");
        r.ExitCode.ShouldBe(0, r.StdErr);
        WorldSpec spec = WorldSpecJson.Deserialize(r.StdOut);
        spec.Seed.ShouldBe(42UL);
        foreach (string concept in new[] { "conifer forest", "cabin", "lake", "dusk", "fog" })
        {
            spec.Concepts.ShouldContain(concept);
        }
        r.StdErr.ShouldBeEmpty();
    }

    [Fact]
    public void Spec_BeachWithNoBuildings_HasNoStructures()
    {
        var r = NacreProcess.Run("spec", "a sunny beach with palm trees and no buildings");
        r.ExitCode.ShouldBe(0, r.StdErr);
        WorldSpec spec = WorldSpecJson.Deserialize(r.StdOut);
        spec.Features.ShouldNotContain(f => SemanticLabels.IsStructure(f.Label));
        spec.Settlement.ShouldBe(SettlementKind.None);
        spec.Seed.ShouldBe(1UL);
    }

    [Fact]
    public void Spec_UnknownWords_AreListedOnStderrInOneLine()
    {
        var r = NacreProcess.Run("spec", "a zorblax cabin by a quux");
        r.ExitCode.ShouldBe(0);
        r.StdErr.Trim().ShouldBe("nacre: not understood: zorblax, quux");
    }

    [Theory]
    [InlineData("", "the prompt is empty")]
    [InlineData("   ", "the prompt is empty")]
    public void Spec_EmptyPrompt_ExitsWithUsageCode(string prompt, string message)
    {
        var r = NacreProcess.Run("spec", prompt);
        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain(message);
        r.StdOut.ShouldBeEmpty();
    }

    [Fact]
    public void Spec_PromptOver2000Characters_ExitsWithUsageCode()
    {
        var r = NacreProcess.Run("spec", new string('a', 2001));
        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain("at most 2000");
        r.StdErr.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public void Spec_NonNumericSeed_ExitsWithUsageCode()
    {
        var r = NacreProcess.Run("spec", "a lake", "--seed", "abc");
        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain("--seed 'abc' is not a whole number");
        r.StdOut.ShouldBeEmpty();
    }

    [Fact]
    public void Spec_UnknownFlag_ExitsWithUsageCode()
    {
        var r = NacreProcess.Run("spec", "a lake", "--colour", "red");
        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain("--colour");
        r.StdErr.ShouldNotContain("   at ");
    }
}
