using System.Numerics;
using Nacre.Core;
using Nacre.Simulation;

namespace Nacre.Rendering.Tests;

/// <summary>
/// Atmosphere words as a viewer sees them in rendered frames of <see cref="TestWorld"/>: dawn, a blizzard, a storm with
/// lightning, the tones, and fog that leaves the subject readable.
/// </summary>
[Collection(RendererCollection.Name)]
public class AtmosphereRenderTests(RendererFixture fixture)
{
    private const int W = RendererFixture.Width;
    private const int H = RendererFixture.Height;

    private readonly WorldRenderer _renderer = fixture.Renderer;

    /// <summary>The camera's distance to the cabin, the test world's subject, metres.</summary>
    private static float CabinDistance => Vector3.Distance(TestWorld.SpawnCamera.Position, TestWorld.CabinPosition);

    [Fact]
    public void Dawn_IsBrighterThanNight_AndWarmerAtTheHorizonThanNoon()
    {
        RenderedFrame dawnFrame = _renderer.Render(RendererFixture.Snapshot(5.5f), FrameOutputs.Labels);
        byte[] dawn = dawnFrame.CopyRgba();
        (int skyTop, int skyBottom) = LowSkyRows(dawnFrame);
        byte[] noon = _renderer.Render(RendererFixture.Snapshot(12.75f)).CopyRgba();
        byte[] night = _renderer.Render(RendererFixture.Snapshot(0.5f)).CopyRgba();

        double dawnLuma = ImageMetrics.MeanLuma(dawn, W, 0, H), nightLuma = ImageMetrics.MeanLuma(night, W, 0, H);
        dawnLuma.ShouldBeGreaterThan(nightLuma * 2.0, $"dawn luma {dawnLuma:F1} vs night {nightLuma:F1}: dawn is day breaking, not a moonlit night");
        double dawnWarmth = ImageMetrics.MeanWarmth(dawn, W, skyTop, skyBottom), noonWarmth = ImageMetrics.MeanWarmth(noon, W, skyTop, skyBottom);
        dawnWarmth.ShouldBeGreaterThan(noonWarmth + 40, $"sky just above the horizon, red − blue: dawn {dawnWarmth:F1} vs noon {noonWarmth:F1}");
        double zenithWarmth = ImageMetrics.MeanWarmth(dawn, W, 0, 3);
        zenithWarmth.ShouldBeLessThan(0, $"the top of the dawn sky stays cool blue (red − blue {zenithWarmth:F1})");
    }

    [Fact]
    public void Blizzard_LowersFarContrastMuchMoreThanLightSnow()
    {
        // The band just above the horizon holds the far hills and woods.
        int y0 = H * 30 / 100, y1 = H * 45 / 100;
        double light = ImageMetrics.LumaDeviation(_renderer.Render(RendererFixture.Snapshot(11f, WeatherKind.Snow, 0.3f)).Rgba, W, y0, y1);
        double blizzard = ImageMetrics.LumaDeviation(_renderer.Render(RendererFixture.Snapshot(11f, WeatherKind.Snow, 1f)).Rgba, W, y0, y1);
        blizzard.ShouldBeLessThan(light * 0.5, $"distant contrast: light snow {light:F1} vs blizzard {blizzard:F1}");
    }

    [Fact]
    public void Storm_IsDarkerThanOvercast_AndALightningTickIsBrighterThanAQuietOne()
    {
        (long flashTick, long quietTick) = LightningTicks(0.7f);
        double overcast = ImageMetrics.MeanLuma(_renderer.Render(RendererFixture.Snapshot(13f, WeatherKind.Overcast, 0.7f) with { Tick = quietTick }).Rgba, W, 0, H);
        double storm = ImageMetrics.MeanLuma(_renderer.Render(RendererFixture.Snapshot(13f, WeatherKind.Storm, 0.7f) with { Tick = quietTick }).Rgba, W, 0, H);
        byte[] flash = _renderer.Render(RendererFixture.Snapshot(13f, WeatherKind.Storm, 0.7f) with { Tick = flashTick }).CopyRgba();
        double flashLuma = ImageMetrics.MeanLuma(flash, W, 0, H);

        storm.ShouldBeLessThan(overcast * 0.75, $"storm luma {storm:F1} vs overcast {overcast:F1}");
        flashLuma.ShouldBeGreaterThan(storm * 1.5, $"lightning at tick {flashTick}: luma {flashLuma:F1} vs {storm:F1} at tick {quietTick}");
        _renderer.Render(RendererFixture.Snapshot(13f, WeatherKind.Storm, 0.7f) with { Tick = flashTick }).Rgba.SequenceEqual(flash)
            .ShouldBeTrue("the same tick of the same storm renders the same flash");
    }

    [Fact]
    public void Tones_ShiftSaturationTemperatureAndBrightness_TheWayTheirWordsSay()
    {
        Look neutral = LookOf(Tone.Neutral), moody = LookOf(Tone.Moody), gloomy = LookOf(Tone.Gloomy);
        Look cheerful = LookOf(Tone.Cheerful), eerie = LookOf(Tone.Eerie), serene = LookOf(Tone.Serene);

        cheerful.Saturation.ShouldBeGreaterThan(neutral.Saturation * 1.1, $"cheerful {cheerful} vs neutral {neutral}");
        cheerful.Warmth.ShouldBeGreaterThan(neutral.Warmth + 5, $"cheerful {cheerful} vs neutral {neutral}");
        moody.Saturation.ShouldBeLessThan(neutral.Saturation * 0.8, $"moody {moody} vs neutral {neutral}");
        moody.Warmth.ShouldBeLessThan(neutral.Warmth - 5, $"moody is cool: {moody} vs neutral {neutral}");
        gloomy.Luma.ShouldBeLessThan(neutral.Luma * 0.8, $"gloomy {gloomy} vs neutral {neutral}");
        gloomy.Saturation.ShouldBeLessThan(moody.Saturation, $"gloomy {gloomy} is greyer than moody {moody}");
        eerie.GreenCast.ShouldBeGreaterThan(neutral.GreenCast + 3, $"eerie {eerie} vs neutral {neutral}");
        eerie.Warmth.ShouldBeLessThan(neutral.Warmth, $"eerie is cold: {eerie} vs neutral {neutral}");
        eerie.Luma.ShouldBeLessThan(neutral.Luma, $"eerie is dim: {eerie} vs neutral {neutral}");
        serene.Warmth.ShouldBeGreaterThan(neutral.Warmth + 3, $"serene light is warm: {serene} vs neutral {neutral}");
    }

    [Theory]
    [InlineData(10f, WeatherKind.Fog, 1f)]
    [InlineData(10f, WeatherKind.Snow, 1f)]
    [InlineData(23f, WeatherKind.Snow, 1f)]
    [InlineData(23f, WeatherKind.Fog, 0.6f)]
    public void FogAndSnow_AtTheFirstLook_LeaveTheSubjectReadable(float hours, WeatherKind weather, float intensity)
    {
        var subject = new SubjectTarget(SemanticLabel.Cabin, TestWorld.CabinId);
        FrameSnapshot look = RendererFixture.Snapshot(hours, weather, intensity) with { SubjectDistance = CabinDistance };
        FrameSubject seen = Report(look, subject);
        FrameSubject hidden = Report(look with { SubjectDistance = null }, subject);

        seen.PixelFraction.ShouldBeGreaterThan(0.01, "the cabin fills over 1 % of the frame");
        seen.Contrast!.Value.ShouldBeGreaterThan(0.05, $"the cabin's contrast with the {weather} around it (without the clearing: {hidden.Contrast:F3})");
        seen.Contrast.Value.ShouldBeGreaterThan(hidden.Contrast!.Value, "thinning the fog toward the subject makes it stand out more");
    }

    /// <summary>The rows of sky just above the horizon (the lowest fifth of the sky in the frame's middle column).</summary>
    private static (int Top, int Bottom) LowSkyRows(RenderedFrame f)
    {
        int horizon = 0;
        while (horizon < H && f.LabelAt(W / 2, horizon) == SemanticLabel.Sky)
        {
            horizon++;
        }
        horizon.ShouldBeGreaterThan(10, "the test camera sees sky above the woods");
        return (horizon * 4 / 5, horizon);
    }

    /// <summary>A tick where lightning lights a storm of <paramref name="intensity"/> brightly, and one without lightning.</summary>
    private static (long Flash, long Quiet) LightningTicks(float intensity)
    {
        long flash = -1, quiet = -1;
        for (long t = 0; t < 60 * 120 && (flash < 0 || quiet < 0); t++)
        {
            float f = Lightning.Flash(t, intensity);
            flash = flash < 0 && f > 0.8f ? t : flash;
            quiet = quiet < 0 && f == 0f && t > 600 ? t : quiet;
        }
        flash.ShouldBeGreaterThanOrEqualTo(0L, "a storm strikes within two minutes");
        return (flash, quiet);
    }

    private Look LookOf(Tone tone)
    {
        byte[] rgba = _renderer.Render(RendererFixture.Snapshot(11f) with { Tone = tone }).Rgba;
        return new Look(ImageMetrics.MeanLuma(rgba, W, 0, H), ImageMetrics.MeanSaturation(rgba, W, 0, H), ImageMetrics.MeanWarmth(rgba, W, 0, H),
            ImageMetrics.MeanGreenCast(rgba, W, 0, H));
    }

    private FrameSubject Report(FrameSnapshot snapshot, SubjectTarget subject)
    {
        RenderedFrame f = _renderer.Render(snapshot, FrameOutputs.Labels);
        return FrameReportBuilder.Build(f, subject, FrameReportCamera.From(snapshot, W, H)).Subject!;
    }

    /// <summary>What a viewer notices of a frame's grade: brightness, colourfulness, warmth and green cast.</summary>
    private readonly record struct Look(double Luma, double Saturation, double Warmth, double GreenCast)
    {
        public override string ToString() =>
            System.FormattableString.Invariant($"(luma {Luma:F1}, saturation {Saturation:F3}, warmth {Warmth:F1}, green {GreenCast:F1})");
    }
}
