using Nacre.Core;
using Nacre.Language.Grounding;
using Nacre.Language.Parsing;
using Nacre.Language.Text;
using Nacre.Language.WordNet;

namespace Nacre.Language;

/// <summary>
/// Text prompt → <see cref="WorldSpec"/>: tokenise, read words (fixed phrases, lemmas, WordNet grounding), chunk
/// noun phrases, interpret them (quantities, negation scope, bound colours and materials, spatial relations).
/// Deterministic: the same prompt and seed give the same spec on every machine. Thread-safe. WordNet is opened on
/// first use (a few milliseconds: its files are binary-searched, not loaded); later prompts take well under a
/// millisecond to a few milliseconds.
/// </summary>
public static class PromptParser
{
    private static readonly Lazy<WordReader> Reader = new(() => new WordReader(new WordNetGrounder(WordNetDatabase.Open())), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Parses a prompt into a world spec.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="prompt"/> is null.</exception>
    /// <exception cref="WordNetMissingException">WordNet is not installed (the message says how to install it).</exception>
    public static WorldSpec Parse(string prompt, ulong seed) => Analyze(prompt, seed).Spec;

    /// <summary>Parses a prompt and also says, token by token, what each word was understood as (for highlighting).</summary>
    public static PromptAnalysis Analyze(string prompt, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        WordReader reader = Reader.Value;
        List<Token> tokens = Tokenizer.Tokenize(prompt);
        List<Word> words = reader.Read(prompt, tokens);
        List<Chunk> chunks = PhraseChunker.Chunk(words);
        WorldSpec spec = SpecBuilder.Build(prompt, seed, chunks, words);
        return new PromptAnalysis(spec, [.. words.Where(w => w.Source != WordSource.Punctuation).Select(PromptToken.From)]);
    }
}
