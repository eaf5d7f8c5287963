using Nacre.Studio.Security;

namespace Nacre.Cli.Tests;

public sealed class StudioCommandTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5170", true)]
    [InlineData("http://localhost:5170", true)]
    [InlineData("http://[::1]:5170", true)]
    [InlineData("http://127.0.0.1:5170;http://localhost:5171", true)]
    [InlineData("http://0.0.0.0:5170", false)]
    [InlineData("http://*:5170", false)]
    [InlineData("http://[::]:5170", false)]
    [InlineData("http://192.168.1.20:5170", false)]
    [InlineData("http://127.0.0.1:5170;http://0.0.0.0:5171", false)]
    public void Binding_LoopbackOrNetwork_IsToldApart(string urls, bool loopback)
    {
        StudioBinding.IsLoopbackOnly(urls).ShouldBe(loopback);
    }

    [Fact]
    public void AllowedHosts_OnAnAddress_AreLoopbackThatAddressAndTheExtras()
    {
        StudioBinding.AllowedHosts("http://192.168.1.20:5170", ["studio.lan"])
            .ShouldBe(["[::1]", "127.0.0.1", "192.168.1.20", "localhost", "studio.lan"], ignoreOrder: true);
    }

    [Fact]
    public void OpenUrl_CarriesTheTokenAndNeverAWildcardHost()
    {
        string url = StudioBinding.OpenUrl("http://0.0.0.0:5170", "abc_DEF-123");

        url.ShouldEndWith(":5170/?token=abc_DEF-123");
        url.ShouldNotContain("0.0.0.0");
        StudioBinding.OpenUrl("http://127.0.0.1:5170", null).ShouldBe("http://127.0.0.1:5170/");
    }

    [Theory]
    [InlineData("--token", "short", "at least 16 characters")]
    [InlineData("--allowed-hosts", "http://studio.lan:80", "not a host name")]
    public void Studio_BadAccessOptions_AreUsageErrors(string flag, string value, string mentions)
    {
        NacreProcess.Result r = NacreProcess.Run("studio", "--urls", "http://127.0.0.1:0", flag, value, "--data", Path.Combine(Path.GetTempPath(), "nacre-never-" + Path.GetRandomFileName()));

        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain(mentions);
    }

    [Fact]
    public void Studio_TokenAndNoAuthTogether_IsAUsageError()
    {
        NacreProcess.Result r = NacreProcess.Run("studio", "--urls", "http://127.0.0.1:0", "--token", "0123456789abcdefgh", "--no-auth");

        r.ExitCode.ShouldBe(2);
        r.StdErr.ShouldContain("contradict");
    }
}
