using Nacre.Core;

namespace Nacre.Language.Lexicon;

/// <summary>Colour words and their sRGB values ("crimson" → #dc143c). Lower-case keys; immutable; thread-safe.</summary>
internal static class ColorTable
{
    // name #rrggbb pairs: the CSS/X11 names people use in prompts, plus painters' and builders' colours.
    private const string Table = """
        red #b3261e | crimson #dc143c | scarlet #ff2400 | ruby #9b111e | cherry #a4161a | cherry red #a4161a | brick red #a23a2a
        burgundy #800020 | maroon #800000 | wine #722f37 | wine red #722f37 | rust #b7410e | rusty #b7410e | rust red #a23c1c | barn red #7c0a02
        pink #ffb6c1 | rose #e8a0a8 | salmon #fa8072 | coral #ff7f50 | magenta #d1007a | fuchsia #c2185b | hot pink #ff69b4 | blush #de98a6
        orange #ff8c1a | amber #ffbf00 | tangerine #f28500 | peach #ffcba4 | apricot #fbceb1 | terracotta #c8603e | copper #b87333 | bronze #9c6b30
        yellow #f2c12e | gold #d4a017 | golden #d4a017 | mustard #d2a32c | lemon #fff44f | canary #ffef00 | ochre #cc7722 | saffron #f4c430 | sunflower #ffc512 | straw #e4d96f
        green #3a7d3a | emerald #2e8b57 | lime #7fbf3f | olive #708238 | sage #8a9a74 | mint #98d8b0 | forest green #228b22 | moss #8a9a5b | moss green #8a9a5b
        jade #00a86b | chartreuse #9fcf2f | pine green #01796f | bottle green #006a4e | khaki #c3b091 | teal #008080 | turquoise #30d5c8 | aqua #00c8c8 | cyan #00bcd4
        blue #2a5db0 | navy #1f2f5a | navy blue #1f2f5a | sky blue #87ceeb | light blue #9ec9ea | pale blue #afcbe3 | royal blue #4169e1 | cobalt #0047ab | azure #3b8ede
        sapphire #0f52ba | indigo #4b0082 | cerulean #2a7bbd | powder blue #b0d4e3 | baby blue #a1caf1 | steel blue #4682b4 | midnight blue #191970 | denim #1560bd
        purple #6a3d9a | violet #8f5bd6 | lavender #b497d6 | lilac #c8a2c8 | plum #8e4585 | mauve #b784a7 | amethyst #9966cc | periwinkle #ccccff
        brown #7b4a26 | chocolate #5d3a1a | chestnut #954535 | tan #d2b48c | beige #e3d5b8 | taupe #8b7d6b | umber #635147 | sienna #a0522d | coffee #6f4e37 | caramel #a86b32 | walnut #5d432c | mahogany #6a2e1f
        sand #d8c08a | sandy #d8c08a | cream #f3ead3 | ivory #f4efdf | off-white #eeeae0 | bone #e3dac9 | eggshell #efe8d4 | vanilla #f3e5ab
        white #f2f2ee | snow white #fbfbf8 | pure white #ffffff | whitewashed #f0eee6 | pearl #eae0c8 | silver #b8bcc2 | grey #8a8d91 | gray #8a8d91 | light grey #c0c2c4 | light gray #c0c2c4
        dark grey #4d5054 | dark gray #4d5054 | charcoal #36454f | slate #5a6672 | slate grey #6d7b88 | ash #b2beb5 | pewter #8e9294 | gunmetal #2c3539 | graphite #41424c
        black #1a1a1a | jet black #0a0a0a | ebony #2b2620 | pitch black #050505 | onyx #242424
        dark red #7f1d1d | light green #9ccc65 | dark green #1e4d2b | dark blue #1c2f6b | bright red #e02020 | bright yellow #ffd400 | bright blue #1e73e8 | pale yellow #f4eaa0
        pale green #b8dcb0 | deep blue #123a8c | deep red #8b0000 | pastel #f0d5e0 | pastel blue #bcd4e6 | pastel pink #f8c8dc | pastel green #c1e1c1 | pastel yellow #fdfd96
        """;

    private static readonly Dictionary<string, Rgb> Colours = Parse();

    /// <summary>Most words in any colour name ("navy blue" = 2).</summary>
    public static int LongestName { get; } = Colours.Keys.Max(k => k.Count(c => c == ' ') + 1);

    public static bool TryGet(string name, out Rgb colour) => Colours.TryGetValue(name, out colour);

    public static IEnumerable<string> Names => Colours.Keys;

    private static Dictionary<string, Rgb> Parse()
    {
        var map = new Dictionary<string, Rgb>(StringComparer.Ordinal);
        foreach (string entry in Table.Split(['|', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            int hash = entry.LastIndexOf('#');
            map.TryAdd(entry[..hash].Trim(), Rgb.FromHex(entry[hash..]));
        }
        return map;
    }
}
