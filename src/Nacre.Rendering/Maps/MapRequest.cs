namespace Nacre.Rendering.Maps;

/// <summary>
/// What area a top-down map shows and how big the picture is. North (−Z) is up, east (+X) right.
/// </summary>
/// <param name="CenterX">World x at the picture's centre, metres.</param>
/// <param name="CenterZ">World z at the picture's centre, metres.</param>
/// <param name="SizeMetres">Edge of the square area shown, metres.</param>
/// <param name="Pixels">Edge of the square picture, pixels.</param>
/// <param name="Title">First line of the title (the prompt).</param>
/// <param name="Subtitle">Second line (seed, size, generator version).</param>
public sealed record MapRequest(float CenterX, float CenterZ, float SizeMetres, int Pixels, string Title, string Subtitle)
{
    /// <summary>Smallest and largest area a map may show, metres.</summary>
    public const float MinSize = 32f, MaxSize = 4096f;

    /// <summary>Metres per pixel.</summary>
    public float Resolution => SizeMetres / Pixels;
}
