using Nacre.Core;

namespace Nacre.Language.Directing;

/// <summary>A colour as a director says it ("red", "dark green") and the sRGB value it means.</summary>
public sealed record NamedColor(string Name, Rgb Rgb);
