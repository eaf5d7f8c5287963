using System.Text;
using Nacre.Studio.Streaming;

namespace Nacre.Studio.Tests;

public class ProtocolTests
{
    private static ClientMessage Parse(string json) => ClientMessage.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void FrameHeader_WriteThenRead_GivesEveryFieldBack()
    {
        var h = new FrameHeader(1280, 720, 3, 4_000_000_000, 1L << 40, 77, 10, 20_000, 3_000, 7_000, 900,
            -12.5f, 3.25f, 1e6f, 1.5f, -0.25f, 18.75f, 6, 23_456);
        byte[] b = new byte[FrameHeader.Size + 10];
        h.Write(b);

        FrameHeader.Read(b).ShouldBe(h);
        Encoding.ASCII.GetString(b, 0, 4).ShouldBe("NCF1");
    }

    [Fact]
    public void FrameHeader_ReadGarbage_SaysItIsNotAFrame()
    {
        Should.Throw<FormatException>(() => FrameHeader.Read(new byte[FrameHeader.Size])).Message.ShouldContain("NCF1");
        Should.Throw<FormatException>(() => FrameHeader.Read(new byte[10]));
    }

    [Fact]
    public void Parse_EachMessageKind_GivesTheInput()
    {
        Parse("""{"t":"hello","token":"abc"}""").Token.ShouldBe("abc");
        Parse("""{"t":"key","seq":5,"code":"KeyW","down":true}""").Input.ShouldBe(new ClientInput(5, ClientInputKind.KeyDown, "KeyW"));
        Parse("""{"t":"key","seq":6,"code":"KeyW","down":false}""").Input!.Value.Kind.ShouldBe(ClientInputKind.KeyUp);
        Parse("""{"t":"look","seq":7,"dx":-3.5,"dy":2}""").Input.ShouldBe(new ClientInput(7, ClientInputKind.Look, Dx: -3.5f, Dy: 2f));
        Parse("""{"t":"cmd","seq":8,"text":"make it dusk"}""").Input!.Value.Text.ShouldBe("make it dusk");
        Parse("""{"t":"release","seq":9}""").Input!.Value.Kind.ShouldBe(ClientInputKind.ReleaseAll);
        Parse("""{"t":"mode","seq":10,"mode":"direct"}""").Input.ShouldBe(new ClientInput(10, ClientInputKind.Mode, Text: "direct"));
        Parse("""{"t":"record","seq":11}""").Input!.Value.Kind.ShouldBe(ClientInputKind.Record);
        Parse("""{"t":"stop","seq":12}""").Input!.Value.Kind.ShouldBe(ClientInputKind.Stop);
        Parse("""{"t":"replay","seq":13,"take":"t0f3"}""").Input.ShouldBe(new ClientInput(13, ClientInputKind.Replay, Text: "t0f3"));
        Parse("""{"t":"subjects","seq":14}""").Input!.Value.Kind.ShouldBe(ClientInputKind.Subjects);
    }

    [Theory]
    [InlineData("""{"t":"key","code":"KeyW","down":true}""", "seq")]
    [InlineData("""{"t":"key","seq":-1,"code":"KeyW","down":true}""", "seq")]
    [InlineData("""{"t":"key","seq":1,"down":true}""", "code")]
    [InlineData("""{"t":"look","seq":1,"dx":1e9,"dy":0}""", "dx")]
    [InlineData("""{"t":"look","seq":1,"dx":"left","dy":0}""", "dx")]
    [InlineData("""{"t":"dance","seq":1}""", "unknown message type")]
    [InlineData("""[1,2]""", "object")]
    [InlineData("""{"t":"key",""", "malformed")]
    [InlineData("""{"t":"hello","token":""}""", "token")]
    [InlineData("""{"t":"mode","seq":1,"mode":"fly"}""", "wander")]
    [InlineData("""{"t":"replay","seq":1}""", "take")]
    [InlineData("""{"t":"replay","seq":1,"take":3}""", "take")]
    [InlineData("""{"t":"replay","seq":1,"take":""}""", "take")]
    public void Parse_BadMessage_SaysWhatIsWrong(string json, string mentions)
    {
        Should.Throw<ProtocolException>(() => Parse(json)).Message.ShouldContain(mentions, Case.Insensitive);
    }

    [Fact]
    public void Parse_OverlongCommand_IsRefused()
    {
        string json = $$"""{"t":"cmd","seq":1,"text":"{{new string('a', ClientMessage.MaxCommandLength + 1)}}"}""";
        Should.Throw<ProtocolException>(() => Parse(json)).Message.ShouldContain("500");
    }
}
