using System.Text.Json;

namespace Nacre.Cli.Tests;

public sealed class StillCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nacre-still-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    [Trait("Category", "Slow")]
    public void Still_WritesAPngOfTheRequestedSize_ThatIsNotBlank()
    {
        string png = Path.Combine(_dir, "still.png");
        var r = NacreProcess.Run("still", "a wooden cabin by a lake in a pine forest", "--seed", "3", "--res", "160x90", "--time", "noon", "-o", png);
        r.ExitCode.ShouldBe(0, r.StdErr);
        r.StdOut.ShouldContain("160×90");
        File.Exists(png).ShouldBeTrue();
        byte[] bytes = File.ReadAllBytes(png);
        bytes.AsSpan(1, 3).SequenceEqual("PNG"u8).ShouldBeTrue();
        // The IHDR chunk holds width and height, big-endian, at bytes 16 and 20.
        System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)).ShouldBe(160);
        System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)).ShouldBe(90);
        bytes.Length.ShouldBeGreaterThan(3000, "a rendered landscape compresses far worse than a blank image");
        Directory.GetFiles(_dir).Length.ShouldBe(1, "no temporary file is left behind");
    }

    [Theory]
    [InlineData("--res", "999p", "unknown resolution")]
    [InlineData("--res", "10x10", "out of range")]
    [InlineData("--at", "12;40", "--at")]
    [InlineData("--yaw", "north", "--yaw")]
    [InlineData("--pitch", "120", "--pitch")]
    [InlineData("--time", "teatime-ish", "--time")]
    [InlineData("--tone", "spooky", "--tone")]
    [InlineData("--quality", "ultra", "use final (the default")]
    public void Still_WithBadInput_ExitsWithUsageCode_OneClearLine_AndNoFile(string option, string value, string expected)
    {
        string png = Path.Combine(_dir, "bad.png");
        var r = NacreProcess.Run("still", "a cabin by a lake", option, value, "-o", png);
        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain(expected);
        r.StdErr.Trim().Split('\n').Length.ShouldBe(1);
        r.StdErr.ShouldNotContain("   at ");
        File.Exists(png).ShouldBeFalse();
    }

    [Fact]
    public void Still_ToAFolderThatDoesNotExist_ExitsWithUsageCode()
    {
        var r = NacreProcess.Run("still", "a cabin by a lake", "-o", Path.Combine(_dir, "missing", "still.png"));
        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain("does not exist");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Still_WithReport_WritesJsonThatBoxesTheBarnInsideThePicture()
    {
        string png = Path.Combine(_dir, "barn.png");
        string json = Path.Combine(_dir, "barn.json");
        var r = NacreProcess.Run("still", "a red barn on rolling hills", "--res", "320x180", "--time", "noon", "--report", json, "-o", png);
        r.ExitCode.ShouldBe(0, r.StdErr);
        r.StdOut.ShouldContain("barn.json");

        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = doc.RootElement;
        JsonElement subject = root.GetProperty("subject");
        subject.GetProperty("label").GetString().ShouldBe("Barn");
        subject.GetProperty("instance").GetUInt64().ShouldNotBe(0UL, "the barn is one generated object");
        subject.GetProperty("pixel_fraction").GetDouble().ShouldBeInRange(0.005, 0.9, "the first frame looks at the barn");
        int[] bbox = [.. subject.GetProperty("bbox").EnumerateArray().Select(e => e.GetInt32())];
        bbox.Length.ShouldBe(4);
        bbox[0].ShouldBeInRange(0, 319);
        bbox[1].ShouldBeInRange(0, 179);
        bbox[2].ShouldBeInRange(bbox[0] + 1, 320);
        bbox[3].ShouldBeInRange(bbox[1] + 1, 180);
        subject.GetProperty("cut_by_edge").ValueKind.ShouldBeOneOf(JsonValueKind.True, JsonValueKind.False);

        double sum = root.GetProperty("labels").EnumerateObject().Sum(p => p.Value.GetDouble());
        sum.ShouldBe(1.0, 1e-4, "every pixel has one label");
        root.GetProperty("labels").GetProperty("Barn").GetDouble().ShouldBeGreaterThanOrEqualTo(subject.GetProperty("pixel_fraction").GetDouble() - 1e-6);
        root.GetProperty("sky_fraction").GetDouble().ShouldBe(root.GetProperty("labels").GetProperty("Sky").GetDouble());
        root.GetProperty("flat_colour_fraction").GetDouble().ShouldBeLessThan(0.5, "a landscape is not one flat colour");
        JsonElement camera = root.GetProperty("camera");
        camera.GetProperty("width").GetInt32().ShouldBe(320);
        camera.GetProperty("height").GetInt32().ShouldBe(180);
        camera.GetProperty("time").GetString().ShouldBe("12:00");
        camera.GetProperty("position").GetArrayLength().ShouldBe(3);
        Directory.GetFiles(_dir).Order().ShouldBe([json, png], ignoreOrder: false, customMessage: "the picture and the report, no temporary files");
    }

    [Theory]
    [InlineData("missing/report.json", "does not exist")]
    [InlineData("/proc/nacre-report.json", "cannot write")]
    [InlineData("report.txt", "must end in .json")]
    public void Still_WithAnUnwritableReportPath_ExitsWithUsageCode_BeforeRendering_AndWritesNothing(string report, string expected)
    {
        string reportPath = report.StartsWith('/') ? report : Path.Combine(_dir, report);
        string png = Path.Combine(_dir, "still.png");
        var r = NacreProcess.Run("still", "a red barn on rolling hills", "--report", reportPath, "-o", png);
        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain(reportPath);
        r.StdErr.ShouldContain(expected);
        r.StdErr.ShouldNotContain("   at ");
        File.Exists(reportPath).ShouldBeFalse();
        File.Exists(png).ShouldBeFalse("a bad --report is caught before anything is rendered");
        r.StdOut.ShouldBeEmpty();
    }
}
