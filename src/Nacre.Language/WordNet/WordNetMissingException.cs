namespace Nacre.Language.WordNet;

/// <summary>
/// The WordNet database the lexicon grounds unseen words with is not installed. The message says how to fix it
/// (install Debian's <c>wordnet-base</c>, which <c>./nacre</c> does on first run, or point <c>NACRE_WORDNET</c> at the files).
/// </summary>
public sealed class WordNetMissingException : Exception
{
    public WordNetMissingException(string message)
        : base(message)
    {
    }

    public WordNetMissingException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public WordNetMissingException()
        : base("WordNet is not installed")
    {
    }
}
