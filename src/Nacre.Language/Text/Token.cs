namespace Nacre.Language.Text;

/// <summary>What a token looks like on the surface, before any meaning is attached.</summary>
internal enum TokenShape
{
    /// <summary>Letters, possibly with inner hyphens or apostrophes: "cabin", "man-made", "o'clock".</summary>
    Word,

    /// <summary>Digits: "3", "250".</summary>
    Number,

    /// <summary>A clock reading: "18:30", "6:05".</summary>
    Clock,

    /// <summary>A clause break: , ; . ! ? and the like.</summary>
    Punctuation,
}

/// <summary>One token of the prompt: its lower-cased text and where it stands in the original string (UTF-16 units).</summary>
internal readonly record struct Token(string Text, TokenShape Shape, int Start, int Length)
{
    public int End => Start + Length;
}
