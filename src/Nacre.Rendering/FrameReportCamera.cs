using System.Globalization;
using System.Numerics;
using Nacre.Core;
using Nacre.Simulation;

namespace Nacre.Rendering;

/// <summary>The camera, image and light a <see cref="FrameReport"/> describes. Angles are degrees, distances metres.</summary>
/// <param name="Position">Eye position, world metres (x east, y up, z south).</param>
/// <param name="YawDegrees">Compass heading: 0 north, 90 east.</param>
/// <param name="PitchDegrees">Tilt, up positive.</param>
/// <param name="RollDegrees">Dutch angle, clockwise as the viewer sees it.</param>
/// <param name="FovDegrees">Horizontal field of view.</param>
/// <param name="VerticalFovDegrees">Vertical field of view at this image's aspect.</param>
/// <param name="FocalMm">Lens focal length on its sensor, millimetres.</param>
/// <param name="Width">Image width, pixels.</param>
/// <param name="Height">Image height, pixels.</param>
/// <param name="TimeOfDayHours">Local solar time, hours in [0, 24).</param>
/// <param name="Weather">The weather drawn.</param>
/// <param name="WeatherIntensity">Its strength, 0 … 1.</param>
/// <param name="Tone">The look the frame was drawn with.</param>
public sealed record FrameReportCamera(
    Vector3 Position,
    double YawDegrees,
    double PitchDegrees,
    double RollDegrees,
    double FovDegrees,
    double VerticalFovDegrees,
    double FocalMm,
    int Width,
    int Height,
    double TimeOfDayHours,
    WeatherKind Weather,
    double WeatherIntensity,
    Tone Tone = Tone.Neutral)
{
    /// <summary>The time of day as a 24-hour clock reads it, "HH:MM" (19.75 h → "19:45").</summary>
    public string Time
    {
        get
        {
            int minutes = (int)Math.Round(TimeOfDayHours * 60.0) % (24 * 60);
            return string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");
        }
    }

    /// <summary>The camera of <paramref name="snapshot"/> drawn into a <paramref name="width"/> × <paramref name="height"/> image.</summary>
    public static FrameReportCamera From(FrameSnapshot snapshot, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        const double ToDegrees = 180.0 / Math.PI;
        CameraPose c = snapshot.Camera;
        Lens lens = snapshot.Lens;
        return new FrameReportCamera(
            c.Position,
            NormaliseHeading(c.Yaw * ToDegrees),
            c.Pitch * ToDegrees,
            c.Roll * ToDegrees,
            lens.HorizontalFov * ToDegrees,
            lens.VerticalFov(width / (float)height) * ToDegrees,
            lens.FocalMm,
            width,
            height,
            snapshot.TimeOfDayHours,
            snapshot.Weather,
            snapshot.WeatherIntensity,
            snapshot.Tone);
    }

    /// <summary>A heading in [0, 360) degrees.</summary>
    private static double NormaliseHeading(double degrees)
    {
        double d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }
}
