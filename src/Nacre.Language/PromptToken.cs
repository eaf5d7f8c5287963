using Nacre.Core;
using Nacre.Language.Lexicon;
using Nacre.Language.Parsing;

namespace Nacre.Language;

/// <summary>
/// One word or fixed phrase of a prompt: where it is (<see cref="Start"/>, <see cref="Length"/> in UTF-16 units of
/// the prompt), what kind of thing it was understood as, and, for WordNet-grounded words, what it was grounded to
/// ("spruce" → "conifer").
/// </summary>
public sealed record PromptToken(int Start, int Length, string Text, PromptTokenKind Kind, string? GroundedTo)
{
    internal static PromptToken From(Word w) => new(w.Start, w.End - w.Start, w.Text, KindOf(w), w.GroundedFrom);

    private static PromptTokenKind KindOf(Word w)
    {
        if (!w.Used && (w.Source == WordSource.Unknown || !w.IsGrammar))
        {
            return PromptTokenKind.Unrecognized;
        }
        Sense s = w.Sense;
        return w.Role switch
        {
            WordRole.Quantifier => PromptTokenKind.Quantity,
            WordRole.Determiner => s.Count is not null ? PromptTokenKind.Quantity : PromptTokenKind.Grammar,
            WordRole.Negation => PromptTokenKind.Negation,
            WordRole.Preposition => PromptTokenKind.Relation,
            WordRole.Part when s.Relation is not null => PromptTokenKind.Relation,
            _ when w.IsGrammar => PromptTokenKind.Grammar,
            _ when w.Colour is not null || s.Material != MaterialKind.Unspecified && s.Label == SemanticLabel.None => PromptTokenKind.Modifier,
            _ when s.Label != SemanticLabel.None => PromptTokenKind.Feature,
            _ when s.Time is not null => PromptTokenKind.Time,
            _ when s.Weather is not null || s.Season is not null || s.Mood is not null || s.Tone is not null => PromptTokenKind.Atmosphere,
            _ when s.Biome is not null || s.Relief is not null || s.Water != WaterKinds.None || s.Anchor is not null || s.Settlement is not null
                || s.WaterAmount is not null || s.Landform is not null || s.Layout is not null => PromptTokenKind.Place,
            _ => PromptTokenKind.Modifier,
        };
    }
}
