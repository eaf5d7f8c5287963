using System.Numerics;
using Nacre.Core;
using Nacre.Language.Directing;
using Nacre.Simulation;
using Nacre.Simulation.Directing;

namespace Nacre.Rendering.Tests;

/// <summary>
/// The final tier as a person sees it: reference pictures, the same frame every time, labels untouched by the
/// post-processing, depth of field that follows the focus (and the take language's "rack focus"), and motion blur along
/// a whip pan, all measured from the pixels.
/// </summary>
[Collection(FinalRendererCollection.Name)]
public class FinalTierTests(FinalRendererFixture fixture)
{
    private const int W = FinalRendererFixture.Width;
    private const int H = FinalRendererFixture.Height;

    private readonly WorldRenderer _renderer = fixture.Renderer;

    private static FrameSnapshot Snapshot(float hours = 12.75f) => RendererFixture.Snapshot(hours) with { SubjectDistance = 40f, FocusDistance = 40f };

    [Theory]
    [InlineData("final-noon", 12.75f)]
    [InlineData("final-dusk", 19.75f)]
    public void Render_MatchesItsReferenceImage(string name, float hours) =>
        ReferenceImages.AssertMatches(name, _renderer.Render(Snapshot(hours)));

    [Fact]
    public void Render_SameSnapshotTwice_GivesTheSameFrame()
    {
        byte[] first = _renderer.Render(Snapshot()).CopyRgba();
        _renderer.Render(Snapshot(19.75f));
        byte[] again = _renderer.Render(Snapshot()).Rgba;
        int differing = first.Where((b, i) => b != again[i]).Count();
        var where = Enumerable.Range(0, first.Length).Where(i => first[i] != again[i]).Select(i => $"{(i / 4) % W},{i / 4 / W}").Distinct().Take(40);
        differing.ShouldBe(0, "no clock or random source may change a frame: " + string.Join(" ", where));
    }

    [Fact]
    public void Render_LabelsAndInstanceIds_AreTheScenesAsTheLiveTierSeesIt()
    {
        RenderedFrame final = _renderer.Render(Snapshot(), FrameOutputs.All);
        var labels = (SemanticLabel[])final.Labels!.Clone();
        int finalCabin = final.InstanceIds!.Count(id => id == TestWorld.CabinId);
        RenderedFrame live = fixture.Live.Render(Snapshot(), FrameOutputs.All);
        int same = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            same += labels[i] == live.Labels![i] ? 1 : 0;
        }
        (same / (double)labels.Length).ShouldBeGreaterThan(0.97, "post-processing (blur, bloom, occlusion) must not move the labels");
        int liveCabin = live.InstanceIds!.Count(id => id == TestWorld.CabinId);
        liveCabin.ShouldBeGreaterThan(200);
        finalCabin.ShouldBeInRange((int)(liveCabin * 0.95), (int)(liveCabin * 1.05));
    }

    [Fact]
    public void DepthOfField_FocusedFar_IsSharpFarAndSoftNear()
    {
        // A long lens, so the blur spans pixels at this size.
        FrameSnapshot shot = Snapshot() with { Lens = Lens.FullFrame(85f), Camera = new CameraPose(Eye(-4f, -22f), 0f, -0.02f) };
        RenderedFrame depth = _renderer.Render(shot with { FocusDistance = 10f }, FrameOutputs.All);
        float[] distance = (float[])depth.Depth!.Clone();
        SemanticLabel[] labels = (SemanticLabel[])depth.Labels!.Clone();
        byte[] near = depth.CopyRgba();
        byte[] far = _renderer.Render(shot with { FocusDistance = 90f }).CopyRgba();
        bool Far(int x, int y) => distance[(y * W) + x] is > 60f and < 1e4f;
        bool Person(int x, int y) => labels[(y * W) + x] == SemanticLabel.Person;

        double farWhenFar = Sharpness.Laplacian(far, W, H, Far), farWhenNear = Sharpness.Laplacian(near, W, H, Far);
        farWhenFar.ShouldBeGreaterThan(farWhenNear * 1.4, "the distance is sharp only when the focus is there");
        double personWhenNear = Sharpness.Laplacian(near, W, H, Person), personWhenFar = Sharpness.Laplacian(far, W, H, Person);
        personWhenNear.ShouldBeGreaterThan(personWhenFar * 1.1, "the person 10 m away is sharp only when the focus is on them");
    }

    [Fact]
    public void RackFocus_InATake_PullsFocusFromThePersonToTheBarn()
    {
        List<FrameSnapshot> frames = PlayTake("""
            @0s rack focus to the person
            @2s rack focus to the barn
            @4s end
            """, new CameraPose(Eye(-4f, -22f), 0f, 0f), Lens.FullFrame(85f));
        double onPerson = FarSharpnessAgainstSharpFar(frames[45]);
        double onBarn = FarSharpnessAgainstSharpFar(frames[93]);
        onPerson.ShouldBeLessThan(0.75, "while the focus is on the person, the far field is soft");
        onBarn.ShouldBeGreaterThan(0.9, "after the rack to the barn, the far field is sharp");
    }

    [Fact]
    public void WhipPan_InATake_BlursAlongThePanAndNotAtRest()
    {
        List<FrameSnapshot> frames = PlayTake("""
            @1s whip pan right
            @2s end
            """, TestWorld.SpawnCamera, Lens.Default);
        FrameSnapshot rest = frames[12], whip = frames[28];
        rest.PreviousCamera.ShouldNotBeNull();
        whip.PreviousCamera.ShouldNotBeNull();

        byte[] still = _renderer.Render(rest).CopyRgba();
        ReferenceImages.Compare(_renderer.Render(rest with { PreviousCamera = null }).Rgba, still).Mean.ShouldBeLessThan(0.5, "a camera at rest is not blurred");

        byte[] blurred = _renderer.Render(whip).CopyRgba();
        byte[] sharp = _renderer.Render(whip with { PreviousCamera = null }).CopyRgba();
        double across = Sharpness.Gradient(blurred, W, H, horizontal: true) / Sharpness.Gradient(sharp, W, H, horizontal: true);
        double along = Sharpness.Gradient(blurred, W, H, horizontal: false) / Sharpness.Gradient(sharp, W, H, horizontal: false);
        across.ShouldBeLessThan(0.7, "a pan smears detail sideways");
        across.ShouldBeLessThan(along - 0.15, $"the blur runs along the pan (horizontal {across:F2} of the sharp frame's detail, vertical {along:F2})");
    }

    /// <summary>Sharpness of the far field (60 m … ) in a take's frame, over the same frame focused at 90 m.</summary>
    private double FarSharpnessAgainstSharpFar(FrameSnapshot frame)
    {
        RenderedFrame f = _renderer.Render(frame, FrameOutputs.Depth);
        float[] distance = (float[])f.Depth!.Clone();
        byte[] take = f.CopyRgba();
        byte[] sharp = _renderer.Render(frame with { FocusDistance = 90f }).CopyRgba();
        bool Far(int x, int y) => distance[(y * W) + x] is > 60f and < 1e4f;
        return Sharpness.Laplacian(take, W, H, Far) / Sharpness.Laplacian(sharp, W, H, Far);
    }

    private static Vector3 Eye(float x, float z) => new(x, TestWorld.HeightAt(x, z) + 1.7f, z);

    private static List<FrameSnapshot> PlayTake(string text, CameraPose start, Lens lens)
    {
        var session = new DirectorSession(new DirectorWorld(TestWorld.Generate), 7, start, new AtmosphereState(12.75f, WeatherKind.Clear, 0.5f),
            Mood.Normal, W / (float)H, lens);
        var frames = new List<FrameSnapshot>();
        TakeRunner.Run(session, TakeScript.Parse(text).Script!, 24, (_, f) => frames.Add(f)).ShouldBeEmpty();
        return frames;
    }
}
