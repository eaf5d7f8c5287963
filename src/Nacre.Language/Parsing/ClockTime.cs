using System.Globalization;
using Nacre.Core;

namespace Nacre.Language.Parsing;

/// <summary>Clock readings: "18:30", "6:05 am", "6 pm", "12 am" (midnight) → a named <see cref="TimeOfDaySpec"/>.</summary>
internal static class ClockTime
{
    /// <param name="text">"18:30", "6:05" or "6".</param>
    /// <param name="meridiem">"am", "pm", "a.m", "p.m", "o'clock", "h" or null.</param>
    /// <param name="time">The time, named "HH:MM"; null when the reading is not a valid time.</param>
    public static bool TryParse(string text, string? meridiem, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TimeOfDaySpec? time)
    {
        time = null;
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        string hourText = colon < 0 ? text : text[..colon];
        string minuteText = colon < 0 ? "0" : text[(colon + 1)..];
        if (!int.TryParse(hourText, NumberStyles.None, CultureInfo.InvariantCulture, out int hour)
            || !int.TryParse(minuteText, NumberStyles.None, CultureInfo.InvariantCulture, out int minute) || minute > 59)
        {
            return false;
        }
        bool am = meridiem is "am" or "a.m";
        bool pm = meridiem is "pm" or "p.m";
        if (am || pm)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }
            hour = (hour % 12) + (pm ? 12 : 0);
        }
        else if (hour > 24 || (hour == 24 && minute > 0))
        {
            return false;
        }
        hour %= 24;
        string name = string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{minute:00}");
        time = new TimeOfDaySpec(name, hour + (minute / 60f));
        return true;
    }
}
