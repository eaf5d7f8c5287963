using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Nacre.Language.Directing;

/// <summary>
/// Splits a command line into lower-case word tokens. Hyphens and commas separate words ("close-up" → "close", "up");
/// numbers keep their decimal point and clock colon ("2.5", "18:30"); units glued to numbers are split off
/// ("3s" → "3", "s"; "85mm" → "85", "mm"; "30°" → "30", "degrees"); apostrophes vanish ("bird's" → "birds").
/// </summary>
internal static partial class DirectorTokenizer
{
    public static List<string> Tokenize(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (char raw in text.Trim())
        {
            char c = char.ToLowerInvariant(raw);
            switch (c)
            {
                case '\'' or '’' or '`':
                    break;
                case '°':
                    sb.Append(" degrees ");
                    break;
                case '%':
                    sb.Append(" percent ");
                    break;
                case '-' or '–' or '—' or ',' or ';' or '!' or '?' or '"' or '(' or ')' or '/':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        var tokens = new List<string>();
        foreach (string word in sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string w = word.TrimEnd('.');
            if (w.Length == 0)
            {
                continue;
            }
            Match m = GluedUnit().Match(w);
            if (m.Success && !IsOrdinalSuffix(m.Groups[2].Value))
            {
                tokens.Add(m.Groups[1].Value);
                tokens.Add(m.Groups[2].Value);
            }
            else
            {
                tokens.Add(w);
            }
        }
        return tokens;
    }

    /// <summary>A plain decimal number ("3", "2.5", ".5").</summary>
    public static bool TryNumber(string token, out float value) =>
        float.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && token.Any(char.IsDigit);

    private static bool IsOrdinalSuffix(string s) => s is "st" or "nd" or "rd" or "th";

    [GeneratedRegex(@"^(\d+(?:[.:]\d+)?)([a-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedUnit();
}
