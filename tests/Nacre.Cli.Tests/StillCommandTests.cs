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
}
