using System.Globalization;
using System.Runtime.CompilerServices;
using Nacre.Core;
using Nacre.Language;
using Nacre.WorldGen;

namespace Nacre.Rendering.Tests;

/// <summary>
/// The first look, judged as a viewer would judge it, through the frame report of the default still (the spawn's
/// solved view, generator v2) of 100 prompts written as new users write them (Corpus/first-look.tsv): the main subject
/// is visible (≥ 1 % of the frame and, for an object, not cut by the frame's edge), a named landform shows its
/// signature (water for a fjord, rock for a canyon…), and no frame is more than 60 % sky or one flat colour. The
/// bars are the issue's: ≥ 90 % of first frames show the subject, ≥ 85 % of named landforms are recognisable. Every
/// miss is listed with what was wrong, so a regression names the prompts it broke. The studio's "Try" examples and
/// the README's must each show what they say, on several seeds. A second list written apart from the first
/// (Corpus/first-look-fresh.tsv, a stand-in for prompts the generator was not tuned on) is rendered on another seed
/// and held to a floor under what it reaches today.
/// </summary>
[Trait("Category", "Slow")]
[Collection(RendererCollection.Name)]
public class FirstLookCorpusTests(ITestOutputHelper output)
{
    private static readonly ImageSize Size = new(426, 240);

    private static readonly string[] Showcase =
    [
        // The studio's "Try" list (src/Nacre.Studio/wwwroot/js/create.js) and the README's examples.
        "a foggy pine forest at dusk with a wooden cabin by a lake",
        "a misty fjord with a fishing village and boats",
        "a sunny beach with palm trees and no buildings",
        "red barn and a windmill in rolling farmland at golden hour",
        "a red barn on rolling hills with farmland at golden hour",
    ];

    private sealed record Case(string Prompt, SemanticLabel? Signature, double MinFraction);

    private sealed record Verdict(bool SubjectSeen, bool SkyAndColourFine, bool? LandformReads, string Why);

    [Fact]
    public void DefaultStills_ShowTheSubjectAndTheLandform_ForTheCorpus()
    {
        IReadOnlyList<Case> corpus = ReadCorpus("first-look.tsv");
        corpus.Count.ShouldBeGreaterThanOrEqualTo(100);
        AssertBars(corpus, 3, seen: 0.9, recognised: 0.85);
    }

    [Fact]
    public void DefaultStills_ShowTheSubjectAndTheLandform_ForTheFreshList()
    {
        IReadOnlyList<Case> fresh = ReadCorpus("first-look-fresh.tsv");
        fresh.Count.ShouldBeGreaterThanOrEqualTo(60);
        // A floor under today's result (55 of 62 subjects, 3 of 5 landforms on seed 1), not the issue's bars of 90 %
        // and 85 %, which this list does not meet yet: it is here so the first look does not slide back on prompts it
        // was not tuned on, and its printed misses say what is left (small things seen from far off the shore).
        AssertBars(fresh, 1, seen: 0.87, recognised: 0.6);
    }

    /// <summary>
    /// Renders each prompt of <paramref name="corpus"/> with <paramref name="seed"/> and asserts that the subject reads
    /// in at least <paramref name="seen"/> of the frames, the named landform in at least <paramref name="recognised"/>
    /// of those that name one, and that 95 % are under 60 % sky and not one flat colour.
    /// </summary>
    private void AssertBars(IReadOnlyList<Case> corpus, ulong seed, double seen, double recognised)
    {
        var verdicts = corpus.Select(c => (c, v: Judge(c.Prompt, seed, c.Signature, c.MinFraction))).ToList();

        string misses = string.Join("\n", verdicts.Where(x => x.v.Why.Length > 0).Select(x => x.v.Why));
        double seenShare = verdicts.Count(x => x.v.SubjectSeen) / (double)verdicts.Count;
        var landforms = verdicts.Where(x => x.v.LandformReads is not null).ToList();
        double recognisedShare = landforms.Count(x => x.v.LandformReads == true) / (double)landforms.Count;
        double composed = verdicts.Count(x => x.v.SkyAndColourFine) / (double)verdicts.Count;

        output.WriteLine($"seed {seed}: subject {verdicts.Count(x => x.v.SubjectSeen)}/{verdicts.Count}, landforms {landforms.Count(x => x.v.LandformReads == true)}/{landforms.Count}, composed {verdicts.Count(x => x.v.SkyAndColourFine)}/{verdicts.Count}\n{misses}");
        seenShare.ShouldBeGreaterThanOrEqualTo(seen, $"the subject reads in {seenShare:P0} of first frames; misses:\n{misses}");
        recognisedShare.ShouldBeGreaterThanOrEqualTo(recognised, $"{recognisedShare:P0} of {landforms.Count} named landforms read; misses:\n{misses}");
        composed.ShouldBeGreaterThanOrEqualTo(0.95, $"{composed:P0} of first frames are under 60 % sky and not one flat colour; misses:\n{misses}");
    }

    [Fact]
    public void ShowcasePrompts_ShowWhatTheySay_OnSeveralSeeds()
    {
        var misses = new List<string>();
        foreach (string prompt in Showcase)
        {
            foreach (ulong seed in (ulong[])[1, 2, 3])
            {
                Verdict v = Judge(prompt, seed, null, 0);
                if (!v.SubjectSeen || !v.SkyAndColourFine)
                {
                    misses.Add($"seed {seed}: {v.Why}");
                }
            }
        }
        misses.ShouldBeEmpty();
    }

    /// <summary>
    /// Every object the prompt asked for stands in the world near the site (within 160 m of the origin) in at least
    /// 90 % of cases; one the world has no place for is reported by the generator (<see cref="WorldGenerator.Unplaced"/>)
    /// rather than put somewhere absurd, and counts as missing here.
    /// </summary>
    [Theory]
    [InlineData("first-look.tsv", 3UL)]
    [InlineData("first-look-fresh.tsv", 1UL)]
    public void AskedElements_StandNearTheSite_ForTheCorpus(string list, ulong seed)
    {
        int asked = 0, present = 0;
        var missing = new List<string>();
        foreach (Case c in ReadCorpus(list))
        {
            WorldSpec spec = PromptParser.Parse(c.Prompt, seed);
            var world = new WorldGenerator(spec);
            var near = new HashSet<SemanticLabel>();
            for (int z = -5; z < 5; z++)
            {
                for (int x = -5; x < 5; x++)
                {
                    foreach (PlacedObject o in world.Generate(new ChunkCoord(x, z)).Objects)
                    {
                        near.Add(o.Label);
                    }
                }
            }
            foreach (FeatureRequest f in spec.Features.Where(f => !SemanticLabels.IsGround(f.Label)))
            {
                asked++;
                if (near.Contains(f.Label))
                {
                    present++;
                }
                else
                {
                    missing.Add($"'{c.Prompt}': no {SemanticLabels.Name(f.Label)}");
                }
            }
        }
        asked.ShouldBeGreaterThanOrEqualTo(60, "the corpus asks for objects");
        (present / (double)asked).ShouldBeGreaterThanOrEqualTo(0.9, $"{present} of {asked} asked objects stand near the site; missing:\n{string.Join("\n", missing)}");
    }

    /// <summary>Renders the prompt's default still and says what a viewer would miss in it.</summary>
    private static Verdict Judge(string prompt, ulong seed, SemanticLabel? signature, double minFraction)
    {
        WorldSpec spec = PromptParser.Parse(prompt, seed);
        var world = new WorldGenerator(spec);
        world.GeneratorVersion.ShouldBe(WorldGenerator.Version);
        FrameReport report = StillRenderer.Render(world, Size).Report.ShouldNotBeNull();
        var why = new List<string>();
        bool seen = false;
        if (report.Subject is not { } subject)
        {
            why.Add("no main subject");
        }
        else
        {
            string name = SemanticLabels.Name(subject.Label);
            seen = subject.PixelFraction >= 0.01 && (SemanticLabels.IsGround(subject.Label) || !subject.CutByEdge);
            if (subject.PixelFraction < 0.01)
            {
                why.Add($"the {name} covers {subject.PixelFraction:P1}");
            }
            else if (!seen)
            {
                why.Add($"the {name} is cut by the frame's edge ({subject.Bbox})");
            }
        }
        bool composed = report.SkyFraction <= 0.6 && report.FlatColourFraction < 0.6;
        if (!composed)
        {
            why.Add($"{report.SkyFraction:P0} sky, {report.FlatColourFraction:P0} one colour");
        }
        bool? landform = null;
        if (signature is { } label)
        {
            landform = report.Fraction(label) >= minFraction;
            if (landform == false)
            {
                why.Add($"{SemanticLabels.Name(label)} is {report.Fraction(label):P1} of the frame, under {minFraction:P0}");
            }
        }
        return new Verdict(seen, composed, landform, why.Count == 0 ? "" : $"'{prompt}': {string.Join("; ", why)}");
    }

    private static List<Case> ReadCorpus(string list, [CallerFilePath] string here = "")
    {
        string path = Path.Combine(Path.GetDirectoryName(here)!, "Corpus", list);
        var cases = new List<Case>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            string[] f = line.Split('\t');
            SemanticLabel? label = f[1] == "-" ? null : Enum.Parse<SemanticLabel>(f[1]);
            cases.Add(new Case(f[0], label, double.Parse(f[2], CultureInfo.InvariantCulture)));
        }
        return cases;
    }
}
