using System.Globalization;
using System.Text;

namespace Nacre.Core;

/// <summary>
/// Text from a user's file or request made safe to print in one message: control characters (ESC, NUL, CR, …) and
/// bidirectional overrides written as <c>\u001b</c>-style escapes, so they cannot move the cursor, recolour the
/// terminal or reverse what a reader sees; and cut to a length, so one huge bad line cannot flood a terminal or a log.
/// </summary>
public static class ControlText
{
    /// <summary>
    /// <paramref name="text"/> with control and bidi-override characters escaped, at most <paramref name="maxChars"/>
    /// characters of the original (then "…").
    /// </summary>
    /// <param name="text">Any text; null gives "".</param>
    /// <param name="maxChars">Characters of the original kept, ≥ 1.</param>
    public static string Escape(string? text, int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 1);
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var b = new StringBuilder(Math.Min(text.Length, maxChars) + 8);
        int n = Math.Min(text.Length, maxChars);
        for (int i = 0; i < n; i++)
        {
            char c = text[i];
            if (IsUnsafe(c))
            {
                b.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                b.Append(c);
            }
        }
        if (text.Length > maxChars)
        {
            b.Append('…');
        }
        return b.ToString();
    }

    /// <summary>True for a character that must not reach a terminal or a name as it is: C0/C1 controls, DEL, bidi controls.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || c is >= '\u202a' and <= '\u202e' // embeddings and overrides (RLO …)
        || c is >= '\u2066' and <= '\u2069' // isolates
        || c is '\u200e' or '\u200f' or '\u061c'; // marks
}
