using System.Numerics;
using System.Text.Json;
using Nacre.Core;
using Nacre.Simulation;

namespace Nacre.Rendering.Tests;

/// <summary>The frame report on hand-made buffers: no GL.</summary>
public class FrameReportBuilderTests
{
    private const int W = 20;
    private const int H = 10;
    private const ulong BarnId = 0xF00D_CAFE_1234_5678; // above 2^53: must survive JSON exactly

    private static readonly FrameReportCamera Camera =
        FrameReportCamera.From(new FrameSnapshot { Camera = new CameraPose(new Vector3(1f, 7.7f, -3f), MathF.PI / 2f, -0.04f), TimeOfDayHours = 19.75f }, W, H);

    /// <summary>
    /// Top three rows sky, the rest terrain, a 4 × 3 barn at columns 5–8, rows 4–6, a second barn (another instance)
    /// at columns 15–16, rows 5–6, and water along the bottom row.
    /// </summary>
    private static (byte[] Rgba, SemanticLabel[] Labels, ulong[] Ids) Scene()
    {
        var labels = new SemanticLabel[W * H];
        var ids = new ulong[W * H];
        var rgba = new byte[W * H * 4];
        for (int y = 0; y < H; y++)
        {
            for (int x = 0; x < W; x++)
            {
                int i = (y * W) + x;
                (labels[i], ids[i]) = (x, y) switch
                {
                    (_, < 3) => (SemanticLabel.Sky, 0UL),
                    ( >= 5 and <= 8, >= 4 and <= 6) => (SemanticLabel.Barn, BarnId),
                    ( >= 15 and <= 16, >= 5 and <= 6) => (SemanticLabel.Barn, 77UL),
                    (_, H - 1) => (SemanticLabel.Water, 0UL),
                    _ => (SemanticLabel.Terrain, 0UL),
                };
                // A different colour for every pixel: no flat colour.
                rgba[(i * 4) + 0] = (byte)(x * 12);
                rgba[(i * 4) + 1] = (byte)(y * 25);
                rgba[(i * 4) + 2] = 128;
                rgba[(i * 4) + 3] = 255;
            }
        }
        return (rgba, labels, ids);
    }

    [Fact]
    public void Build_WithAnObjectSubject_MeasuresOnlyThatInstance()
    {
        (byte[] rgba, SemanticLabel[] labels, ulong[] ids) = Scene();
        FrameReport r = FrameReportBuilder.Build(rgba, labels, ids, W, H, new SubjectTarget(SemanticLabel.Barn, BarnId), Camera);

        FrameSubject s = r.Subject.ShouldNotBeNull();
        s.Instance.ShouldBe(BarnId);
        s.Pixels.ShouldBe(12, "the other barn is a different instance");
        s.PixelFraction.ShouldBe(12.0 / (W * H));
        s.Bbox.ShouldBe(new PixelBox(5, 4, 9, 7), "x1 and y1 are exclusive");
        s.CutByEdge.ShouldBeFalse();
    }

    [Fact]
    public void Build_WithAGroupSubject_MeasuresItsMembersTogether_AndNotOthersOfTheLabel()
    {
        (byte[] rgba, SemanticLabel[] labels, ulong[] ids) = Scene();
        ulong[] members = [77UL, BarnId];
        FrameReport r = FrameReportBuilder.Build(rgba, labels, ids, W, H, new SubjectTarget(SemanticLabel.Barn, null, members), Camera);

        FrameSubject s = r.Subject.ShouldNotBeNull();
        s.Instance.ShouldBeNull();
        s.Members.ShouldBe(2);
        s.Pixels.ShouldBe(12 + 4, "both barns of the group");
        s.Bbox.ShouldBe(new PixelBox(5, 4, 17, 7), "the box holds the whole group");
        s.CutByEdge.ShouldBeFalse();
        r.ToJson().ShouldContain("\"members\": 2");

        FrameReport one = FrameReportBuilder.Build(rgba, labels, ids, W, H, new SubjectTarget(SemanticLabel.Barn, null, [77UL]), Camera);
        one.Subject.ShouldNotBeNull().Pixels.ShouldBe(4, "a barn that is not a member is not counted");
    }

    [Fact]
    public void Build_WithALandformSubject_MeasuresEveryPixelOfItsLabel_AndSeesItCutByTheEdge()
    {
        (byte[] rgba, SemanticLabel[] labels, ulong[] ids) = Scene();
        FrameReport r = FrameReportBuilder.Build(rgba, labels, ids, W, H, new SubjectTarget(SemanticLabel.Water, null), Camera);

        FrameSubject s = r.Subject.ShouldNotBeNull();
        s.Instance.ShouldBeNull();
        s.PixelFraction.ShouldBe(W / (double)(W * H));
        s.Bbox.ShouldBe(new PixelBox(0, H - 1, W, H));
        s.CutByEdge.ShouldBeTrue("the water runs along the bottom edge");
    }

    [Fact]
    public void Build_LabelFractions_SumToOne_AndSkyFractionIsTheSkyShare()
    {
        (byte[] rgba, SemanticLabel[] labels, ulong[] ids) = Scene();
        FrameReport r = FrameReportBuilder.Build(rgba, labels, ids, W, H, null, Camera);

        r.Subject.ShouldBeNull();
        r.Labels.Values.Sum().ShouldBe(1.0, 1e-12);
        r.Labels.Keys.ShouldBe([SemanticLabel.Sky, SemanticLabel.Terrain, SemanticLabel.Water, SemanticLabel.Barn], ignoreOrder: true);
        r.SkyFraction.ShouldBe(0.3);
        r.Fraction(SemanticLabel.Sky).ShouldBe(0.3);
        r.Fraction(SemanticLabel.Conifer).ShouldBe(0.0);
        r.FlatColourFraction.ShouldBeLessThan(0.05, "every pixel has its own colour");
    }

    [Fact]
    public void Build_OfAFlatFrame_HasFlatColourFractionOne_EvenWithSmallNoise()
    {
        (_, SemanticLabel[] labels, ulong[] ids) = Scene();
        var rgba = new byte[W * H * 4];
        for (int i = 0; i < W * H; i++)
        {
            // Grey 160 ± a little: all in one 16-level bin (160 … 175).
            byte v = (byte)(160 + (i % 7));
            (rgba[i * 4], rgba[(i * 4) + 1], rgba[(i * 4) + 2], rgba[(i * 4) + 3]) = (v, v, v, 255);
        }
        FrameReportBuilder.Build(rgba, labels, ids, W, H, null, Camera).FlatColourFraction.ShouldBe(1.0);
    }

    [Fact]
    public void Build_WhenTheSubjectIsOutOfView_HasNoBoxAndZeroFraction()
    {
        (byte[] rgba, SemanticLabel[] labels, ulong[] ids) = Scene();
        FrameReport r = FrameReportBuilder.Build(rgba, labels, ids, W, H, new SubjectTarget(SemanticLabel.Lighthouse, 42UL), Camera);

        FrameSubject s = r.Subject.ShouldNotBeNull();
        s.IsVisible.ShouldBeFalse();
        s.PixelFraction.ShouldBe(0.0);
        s.Bbox.ShouldBeNull();
        s.CutByEdge.ShouldBeFalse();
    }

    [Fact]
    public void Build_WithBuffersOfTheWrongSize_SaysWhatWasExpected()
    {
        (byte[] rgba, SemanticLabel[] labels, ulong[] ids) = Scene();
        Should.Throw<ArgumentException>(() => FrameReportBuilder.Build(rgba, labels.AsSpan(1), ids, W, H, null, Camera))
            .Message.ShouldContain("20×10");
    }

    [Fact]
    public void WriteJson_HasTheDocumentedKeys_InAFixedOrder_WithExactIds()
    {
        (byte[] rgba, SemanticLabel[] labels, ulong[] ids) = Scene();
        FrameReport r = FrameReportBuilder.Build(rgba, labels, ids, W, H, new SubjectTarget(SemanticLabel.Barn, BarnId), Camera);
        string json = r.ToJson();

        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(["subject", "labels", "camera", "sky_fraction", "flat_colour_fraction", "subject_contrast"]);
        JsonElement subject = root.GetProperty("subject");
        subject.GetProperty("label").GetString().ShouldBe("Barn");
        subject.GetProperty("instance").GetUInt64().ShouldBe(BarnId);
        subject.GetProperty("pixel_fraction").GetDouble().ShouldBe(0.06);
        subject.GetProperty("bbox").EnumerateArray().Select(e => e.GetInt32()).ShouldBe([5, 4, 9, 7]);
        subject.GetProperty("cut_by_edge").GetBoolean().ShouldBeFalse();
        root.GetProperty("labels").EnumerateObject().Select(p => p.Name).ShouldBe(["Sky", "Terrain", "Water", "Barn"], "labels come in the enum's order");
        JsonElement camera = root.GetProperty("camera");
        camera.GetProperty("position").EnumerateArray().Select(e => e.GetDouble()).ShouldBe([1.0, 7.7, -3.0]);
        camera.GetProperty("yaw_deg").GetDouble().ShouldBe(90.0, 1e-3);
        camera.GetProperty("fov_deg").GetDouble().ShouldBe(73.7, 0.1, "a 24 mm lens on full frame");
        camera.GetProperty("width").GetInt32().ShouldBe(W);
        camera.GetProperty("height").GetInt32().ShouldBe(H);
        camera.GetProperty("time").GetString().ShouldBe("19:45");
        root.GetProperty("sky_fraction").GetDouble().ShouldBe(0.3);
        root.GetProperty("subject_contrast").GetDouble().ShouldBe(r.Subject!.Contrast!.Value, 1e-4);
        r.ToJson().ShouldBe(json, "the same report always gives the same bytes");
    }

    [Fact]
    public void Build_SubjectContrast_IsTheLumaGapBetweenTheSubjectAndABandAroundIt()
    {
        (byte[] rgba, SemanticLabel[] labels, ulong[] ids) = Scene();
        // Everything mid grey, the barn white: it stands out by (255 − 128) / 255.
        for (int i = 0; i < W * H; i++)
        {
            byte v = ids[i] == BarnId ? (byte)255 : (byte)128;
            (rgba[i * 4], rgba[(i * 4) + 1], rgba[(i * 4) + 2]) = (v, v, v);
        }
        var target = new SubjectTarget(SemanticLabel.Barn, BarnId);
        FrameReportBuilder.Build(rgba, labels, ids, W, H, target, Camera).Subject!.Contrast!.Value.ShouldBe(127 / 255.0, 1e-9);

        // Fog that greys the barn into its surroundings leaves nothing to see.
        for (int i = 0; i < W * H; i++)
        {
            if (ids[i] == BarnId)
            {
                (rgba[i * 4], rgba[(i * 4) + 1], rgba[(i * 4) + 2]) = (128, 128, 128);
            }
        }
        FrameReportBuilder.Build(rgba, labels, ids, W, H, target, Camera).Subject!.Contrast!.Value.ShouldBe(0.0, 1e-9);
    }

    [Fact]
    public void WriteJson_WithNoSubject_WritesSubjectNull()
    {
        (byte[] rgba, SemanticLabel[] labels, ulong[] ids) = Scene();
        using JsonDocument doc = JsonDocument.Parse(FrameReportBuilder.Build(rgba, labels, ids, W, H, null, Camera).ToJson());
        doc.RootElement.GetProperty("subject").ValueKind.ShouldBe(JsonValueKind.Null);
        doc.RootElement.GetProperty("subject_contrast").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
