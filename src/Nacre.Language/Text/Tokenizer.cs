namespace Nacre.Language.Text;

/// <summary>
/// Splits a prompt into word, number, clock and punctuation tokens, keeping each token's span in the original
/// text so the studio can highlight what was understood. Pure and allocation-light; thread-safe.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 4 + 4);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetter(c))
            {
                int start = i;
                i++;
                while (i < text.Length && (char.IsLetter(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }
                // "cabin's" → "cabin": the possessive adds nothing for placement.
                int end = i;
                if (end - start > 2 && text[end - 1] is 's' or 'S' && IsApostrophe(text[end - 2]))
                {
                    end -= 2;
                }
                tokens.Add(new Token(Normalize(text.AsSpan(start, end - start)), TokenShape.Word, start, end - start));
            }
            else if (char.IsAsciiDigit(c))
            {
                int start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
                // "18:30" or "6.30" followed by two digits is a clock reading.
                if (i - start <= 2 && i < text.Length && text[i] is ':' or '.' && HasTwoDigits(text, i + 1))
                {
                    i += 3;
                    tokens.Add(new Token(text.Substring(start, i - start).Replace('.', ':'), TokenShape.Clock, start, i - start));
                }
                else
                {
                    tokens.Add(new Token(text.Substring(start, i - start), TokenShape.Number, start, i - start));
                }
            }
            else if (c is ',' or ';' or '.' or '!' or '?' or ':' or '(' or ')' or '—' or '–')
            {
                tokens.Add(new Token(c.ToString(), TokenShape.Punctuation, i, 1));
                i++;
            }
            else
            {
                // Spaces, quotes, symbols: separators that carry nothing.
                i++;
            }
        }
        return tokens;
    }

    private static bool HasTwoDigits(string text, int at) =>
        at + 1 < text.Length && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1])
        && (at + 2 >= text.Length || !char.IsAsciiDigit(text[at + 2]));

    private static bool IsJoiner(char c) => c == '-' || IsApostrophe(c);

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (int k = 0; k < word.Length; k++)
        {
            char ch = word[k];
            buffer[k] = ch == '’' ? '\'' : char.ToLowerInvariant(ch);
        }
        return new string(buffer);
    }
}
