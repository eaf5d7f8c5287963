using System.Numerics;
using Nacre.Core;

namespace Nacre.WorldGen.Terrain;

// Dune fields: transverse ridges across the wind, bowed into crescents, each with a long gentle windward slope and a
// steep slip face at the angle of repose. The frame: u runs downwind, v along the crests.
internal sealed partial class LandformRecipe
{
    /// <summary>Spacing of the dune ridges, crest to crest, along the wind (m).</summary>
    public const float DuneSpacing = 90f;

    // The crests bow into crescents this far (fraction of the spacing) once per this length along them (m).
    private const float DuneBow = 0.2f, DuneBowLength = 240f;

    /// <summary>In a world with a sea the dunes stand back from the beach rather than running into the water.</summary>
    private bool _duneShore;

    private static LandformRecipe ForDunes(float bearing, float scale, ulong seed, bool hasSea)
    {
        (float ax, float az) = DetMath.Direction(bearing);
        var r = new LandformRecipe(Landform.Dunes, ax, az, 0f, 0f, scale, seed) { _duneShore = hasSea };
        // Ridge after ridge downwind, seen from a crest.
        r.Frame(new Vector3(ax * 230f, 8f, az * 230f), 240f, 12f * scale, 120f, 400f, SemanticLabel.Sand);
        r.ViewFromAbove = true;
        return r;
    }

    private float Dunes(float x, float z, float u, float v, float h)
    {
        (_, float bowCos) = DetMath.SinCos((2f * MathF.PI * v / DuneBowLength) + (2f * Noise.Fbm(_noise + 41UL, v, 0.5f, 1f / 900f, 2)));
        float phase = (u / DuneSpacing) + (DuneBow * bowCos) + (0.3f * Noise.Fbm(_noise + 43UL, x, z, 1f / 500f, 2));
        float f = phase - MathF.Floor(phase);
        // Windward slope over three quarters of the spacing, the slip face over the last quarter.
        float profile = f < 0.75f ? f / 0.75f : (1f - f) / 0.25f;
        float crest = DetMath.SmoothStep(0f, 1f, profile);
        // Highest at the crescent's middle, lower at its horns.
        float amp = _scale * (12f + (3f * Noise.Fbm(_noise + 47UL, x, z, 1f / 700f, 2))) * (0.8f + (0.2f * bowCos));
        float dunes = 4f + (amp * crest) + (2f * Noise.Fbm(_noise + 53UL, x, z, 1f / 900f, 2));
        return _duneShore ? DetMath.Lerp(h, dunes, DetMath.SmoothStep(0.5f, 6f, h)) : dunes;
    }
}
