using System.Text;
using System.Text.Json;
using Nacre.Core;

namespace Nacre.Rendering;

/// <summary>
/// What one rendered frame shows, measured from its label and instance buffers: how much of it the subject fills and
/// where, the share of every semantic label, the camera, and how flat the colours are. Made by
/// <see cref="FrameReportBuilder"/>; written as JSON by <see cref="WriteJson"/> (the <c>nacre still --report</c> file,
/// keys documented in docs/rendering.md). Fractions are of all pixels, 0 … 1. Immutable.
/// </summary>
/// <param name="Subject">The frame's subject, or null when the world has none.</param>
/// <param name="Labels">Share of the pixels of each label present (absent labels are not listed); the values sum to 1.</param>
/// <param name="Camera">The camera and image the frame was drawn with.</param>
/// <param name="SkyFraction">Share of <see cref="SemanticLabel.Sky"/> pixels.</param>
/// <param name="FlatColourFraction">
/// Share of the single most common colour, each RGB channel quantised to 16 levels: near 1 for a flat, blank frame.
/// </param>
public sealed record FrameReport(
    FrameSubject? Subject,
    IReadOnlyDictionary<SemanticLabel, double> Labels,
    FrameReportCamera Camera,
    double SkyFraction,
    double FlatColourFraction)
{
    /// <summary>Decimal places of fractions in the JSON: enough to tell one pixel of a 1080p frame (≈ 4.8e-7) from none.</summary>
    private const int FractionDigits = 7;

    /// <summary>The share of <paramref name="label"/>'s pixels, 0 when none.</summary>
    public double Fraction(SemanticLabel label) => Labels.TryGetValue(label, out double f) ? f : 0.0;

    /// <summary>
    /// Writes the report as indented UTF-8 JSON. Keys are snake_case and always in the same order; labels by their
    /// <see cref="SemanticLabel"/> name, in the enum's order; instance ids as exact 64-bit integers.
    /// </summary>
    public void WriteJson(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        WriteSubject(w, Subject);
        w.WriteStartObject("labels");
        foreach ((SemanticLabel label, double fraction) in Labels.OrderBy(p => (ushort)p.Key))
        {
            w.WriteNumber(label.ToString(), Math.Round(fraction, FractionDigits));
        }
        w.WriteEndObject();
        WriteCamera(w, Camera);
        w.WriteNumber("sky_fraction", Math.Round(SkyFraction, FractionDigits));
        w.WriteNumber("flat_colour_fraction", Math.Round(FlatColourFraction, FractionDigits));
        if (Subject?.Contrast is double contrast)
        {
            w.WriteNumber("subject_contrast", Math.Round(contrast, 4));
        }
        else
        {
            w.WriteNull("subject_contrast");
        }
        w.WriteEndObject();
    }

    /// <summary>The report as a JSON string (see <see cref="WriteJson"/>).</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        WriteJson(buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteSubject(Utf8JsonWriter w, FrameSubject? s)
    {
        if (s is null)
        {
            w.WriteNull("subject");
            return;
        }
        w.WriteStartObject("subject");
        w.WriteString("label", s.Label.ToString());
        if (s.Instance is ulong id)
        {
            w.WriteNumber("instance", id);
        }
        else
        {
            w.WriteNull("instance");
        }
        w.WriteNumber("pixel_fraction", Math.Round(s.PixelFraction, FractionDigits));
        if (s.Bbox is PixelBox b)
        {
            w.WriteStartArray("bbox");
            w.WriteNumberValue(b.X0);
            w.WriteNumberValue(b.Y0);
            w.WriteNumberValue(b.X1);
            w.WriteNumberValue(b.Y1);
            w.WriteEndArray();
        }
        else
        {
            w.WriteNull("bbox");
        }
        w.WriteBoolean("cut_by_edge", s.CutByEdge);
        w.WriteNumber("pixels", s.Pixels);
        w.WriteNumber("members", s.Members);
        w.WriteEndObject();
    }

    private static void WriteCamera(Utf8JsonWriter w, FrameReportCamera c)
    {
        w.WriteStartObject("camera");
        w.WriteStartArray("position");
        w.WriteNumberValue(Math.Round(c.Position.X, 3));
        w.WriteNumberValue(Math.Round(c.Position.Y, 3));
        w.WriteNumberValue(Math.Round(c.Position.Z, 3));
        w.WriteEndArray();
        w.WriteNumber("yaw_deg", Math.Round(c.YawDegrees, 3));
        w.WriteNumber("pitch_deg", Math.Round(c.PitchDegrees, 3));
        w.WriteNumber("roll_deg", Math.Round(c.RollDegrees, 3));
        w.WriteNumber("fov_deg", Math.Round(c.FovDegrees, 3));
        w.WriteNumber("vertical_fov_deg", Math.Round(c.VerticalFovDegrees, 3));
        w.WriteNumber("focal_mm", Math.Round(c.FocalMm, 3));
        w.WriteNumber("width", c.Width);
        w.WriteNumber("height", c.Height);
        w.WriteString("time", c.Time);
        w.WriteNumber("time_hours", Math.Round(c.TimeOfDayHours, 4));
        w.WriteString("weather", c.Weather.ToString());
        w.WriteNumber("weather_intensity", Math.Round(c.WeatherIntensity, 4));
        w.WriteString("tone", c.Tone.ToString());
        w.WriteEndObject();
    }
}
