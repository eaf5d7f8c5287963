namespace Nacre.Language.WordNet;

/// <summary>The WordNet files a lookup reads: <c>index.noun</c>/<c>data.noun</c> and their adjective and verb twins.</summary>
internal enum WordNetPartOfSpeech
{
    Noun,
    Adjective,
    Verb,
    Adverb,
}
