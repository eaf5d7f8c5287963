using System.Numerics;
using Nacre.Core;

namespace Nacre.Rendering;

/// <summary>
/// What a <see cref="Tone"/> does to a frame: how it scales the light, greys or warms the picture, and thickens or
/// clears the air. Applied by <see cref="Atmosphere.Compute"/> on top of the time of day and the weather, so a moody
/// dusk is still a dusk and a cheerful storm is still a storm. <see cref="Neutral"/> changes nothing.
/// </summary>
/// <param name="Saturation">Colour saturation after exposure: 1 unchanged, 0 grey.</param>
/// <param name="Tint">White balance, multiplied into linear colour after exposure (luma close to 1, so it shifts hue, not brightness).</param>
/// <param name="Exposure">Multiplier on the exposure: below 1 darker.</param>
/// <param name="DirectScale">Multiplier on sun or moon light: below 1 a veiled sun.</param>
/// <param name="AmbientScale">Multiplier on sky and ground fill light.</param>
/// <param name="ShadowScale">Multiplier on shadow strength: below 1 softer shadows.</param>
/// <param name="FogScale">Multiplier on the weather's fog density.</param>
/// <param name="FogFloor">Least fog density, 1/m: the tone's own haze in clear air.</param>
/// <param name="FogFalloff">How fast the fog thins with height above the eye, 1/m: large values make a low ground fog.</param>
/// <param name="CloudFloor">Least cloud cover, 0 … 1 (a moody sky is never clear).</param>
/// <param name="ClearSkyCloudCeiling">Most cloud cover when the weather is clear, 0 … 1 (a cheerful sky has few clouds).</param>
public readonly record struct ToneLook(
    float Saturation,
    Vector3 Tint,
    float Exposure,
    float DirectScale,
    float AmbientScale,
    float ShadowScale,
    float FogScale,
    float FogFloor,
    float FogFalloff,
    float CloudFloor,
    float ClearSkyCloudCeiling)
{
    /// <summary>Fog thinning with height in ordinary air, 1/m: half as dense 170 m above the eye.</summary>
    public const float DefaultFogFalloff = 0.004f;

    /// <summary>The look that changes nothing.</summary>
    public static ToneLook Neutral { get; } = new(1f, Vector3.One, 1f, 1f, 1f, 1f, 1f, 0f, DefaultFogFalloff, 0f, 1f);

    /// <summary>The look of <paramref name="tone"/>.</summary>
    public static ToneLook Of(Tone tone) => tone switch
    {
        // Desaturated and cool, the sun veiled by cloud, a little haze.
        Tone.Moody => new(0.68f, new Vector3(0.92f, 0.99f, 1.10f), 0.94f, 0.6f, 0.95f, 0.8f, 1.5f, 0.0024f, DefaultFogFalloff, 0.6f, 1f),
        // Darker and grey under a low lid of cloud, heavier haze.
        Tone.Gloomy => new(0.5f, new Vector3(0.96f, 0.99f, 1.04f), 0.78f, 0.45f, 0.85f, 0.7f, 2.2f, 0.0035f, DefaultFogFalloff, 0.85f, 1f),
        // Warm, saturated and bright under a clear sky; the air clearer than usual.
        Tone.Cheerful => new(1.3f, new Vector3(1.07f, 1.0f, 0.88f), 1.1f, 1.1f, 1.05f, 1f, 0.6f, 0f, DefaultFogFalloff, 0f, 0.12f),
        // A cold green cast, dim light, and a fog that lies low on the ground: tree tops and roofs rise out of it.
        Tone.Eerie => new(0.7f, new Vector3(0.80f, 1.10f, 0.92f), 0.72f, 0.5f, 0.8f, 0.9f, 2.5f, 0.008f, 0.08f, 0.45f, 1f),
        // Soft warm light, soft shadows, a gentle haze.
        Tone.Serene => new(0.92f, new Vector3(1.07f, 1.0f, 0.9f), 1.02f, 0.85f, 1.08f, 0.7f, 1.3f, 0.0018f, DefaultFogFalloff, 0.2f, 0.45f),
        _ => Neutral,
    };
}
