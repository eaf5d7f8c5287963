// Shared by vertex and fragment stages. Lighting, fog and sky colour are evaluated per vertex (llvmpipe pays for
// every shaded pixel, so pixels only blend precomputed colours); the sky's per-pixel colour comes from a small
// lookup table rendered with this same skyColor, so sky, fog and reflections always agree.
uniform sampler2DShadow uShadowMap;

// Sky radiance by elevation (up = direction's y) and cosine of the angle to the sun.
vec3 skyColorFrom(float up, float cosSun)
{
    float h = 1.0 - clamp(up, 0.0, 1.0);
    vec3 c = mix(uZenith.rgb, uHorizon.rgb, pow(h, uSkyShape.x));
    c = mix(c, uHorizon.rgb * 0.85 + uGroundAmbient.rgb * 0.2, clamp(-up * 5.0, 0.0, 1.0));
    float s = max(cosSun, 0.0);
    float s2 = s * s, s4 = s2 * s2, s8 = s4 * s4, s16 = s8 * s8, s32 = s16 * s16;
    c += uSunGlow.rgb * (s4 * s * 0.55 + s32 * s16 * 1.2);
    return c;
}

vec3 skyColor(vec3 d)
{
    return skyColorFrom(d.y, dot(d, uSunDir.xyz));
}

// Aerial perspective and fog: exponential with distance, thinning with height above the eye, and a fade into the
// sky over the last fifth of the view distance so the world has no visible edge. Up to the subject clearing's reach
// the fog is thinner (Atmosphere.SubjectClearing), so the subject reads through it and the fog closes in behind.
// rgb = fog colour, a = amount.
vec4 fogFor(vec3 worldPos, float extra)
{
    vec3 d = worldPos - uCamera.xyz;
    float dist = length(d);
    vec3 dir = d / max(dist, 1e-3);
    // Density falls off exponentially with height above the eye; along a ray that climbs by rise metres its mean is
    // (1 − e^−k·rise) / (k·rise) of the density at the eye (rays that descend keep the eye's density).
    float rise = max(d.y, 0.0) * uFogShape.z;
    float height = rise > 1e-4 ? (1.0 - exp(-rise)) / rise : 1.0;
    float reach = uFogShape.x;
    float depth = (uFogShape.y * min(dist, reach) + uZenith.w * max(dist - reach, 0.0)) * height;
    float f = 1.0 - exp(-depth);
    f = max(f, smoothstep(uHorizon.w * 0.8, uHorizon.w * 0.98, dist));
    f = max(f, extra);
    return vec4(skyColor(normalize(vec3(dir.x, max(dir.y, 0.0), dir.z))), clamp(f, 0.0, 1.0));
}

// Lambert from one light plus hemisphere ambient, and a specular glint for wet or shiny surfaces; the colour both
// in full light and in shadow (the fragment blends them by the shadow map).
// ao: ambient occlusion baked into the vertex, 1 open … 0 fully enclosed (dims only the sky and ground fill).
void lightSurface(vec3 albedo, vec3 n, vec3 worldPos, float shine, float ao, out vec3 lit, out vec3 shadowed)
{
    float ndl = max(dot(n, uLightDir.xyz), 0.0);
    vec3 ambient = mix(uGroundAmbient.rgb, uSkyAmbient.rgb, n.y * 0.5 + 0.5) * ao;
    float wet = uGroundAmbient.w;
    albedo *= 1.0 - wet * 0.3 * (1.0 - shine);
    vec3 direct = uDirect.rgb * ndl;
    float gloss = max(shine, wet * 0.5 * max(n.y, 0.0));
    vec3 spec = vec3(0.0);
    if (gloss > 0.0)
    {
        vec3 v = normalize(uCamera.xyz - worldPos);
        float nh = max(dot(n, normalize(v + uLightDir.xyz)), 0.0);
        float p = nh * nh; p *= p; p *= p; p *= p; p *= p;   // nh^32
        spec = uDirect.rgb * (p * gloss * 0.5);
    }
    lit = albedo * (ambient + direct) + spec;
    shadowed = albedo * (ambient + direct * (1.0 - uLightDir.w));
}

void lightVertex(vec3 albedo, vec3 n, vec3 worldPos, float shine, out vec3 lit, out vec3 shadowed)
{
    lightSurface(albedo, n, worldPos, shine, 1.0, lit, shadowed);
}

// Shadow-map coordinates of a point; z > 1 marks "no shadow information" (outside the map or no map this frame).
vec3 shadowCoord(vec3 worldPos, out float fade)
{
    vec3 p = (uShadowMatrix * vec4(worldPos, 1.0)).xyz;
    vec2 edge = abs(p.xy * 2.0 - 1.0);
    fade = uMoonDir.w < 0.5 ? 1.0 : smoothstep(0.8, 1.0, max(edge.x, edge.y));
    return p;
}

vec3 tonemap(vec3 c)
{
    c *= uDirect.w;
    // The tone's grade: saturation about the luma, then white balance. Neutral (1, 1) leaves c exactly as it was.
    float luma = dot(c, vec3(0.2126, 0.7152, 0.0722));
    c = max(mix(vec3(luma), c, uGrade.w), 0.0) * uGrade.rgb;
    // Narkowicz's ACES fit: a filmic shoulder, so bright skies do not clip flat; then gamma 2 (sqrt).
    c = clamp((c * (2.51 * c + 0.03)) / (c * (2.43 * c + 0.59) + 0.14), 0.0, 1.0);
    return sqrt(c);
}

// Soft shadow for the final tier: eight taps of the hardware-filtered map on a disc of two and a half texels, the disc
// turned by angle (a per-pixel value) so the penumbra is a fine grain, not bands. 1 lit … 0 in shadow.
float softShadow(vec3 sc, float angle)
{
    const vec2 disc[8] = vec2[8](
        vec2(-0.326, -0.406), vec2(-0.840, -0.074), vec2(-0.696, 0.457), vec2(-0.203, 0.621),
        vec2(0.962, -0.195), vec2(0.473, -0.480), vec2(0.519, 0.767), vec2(0.185, -0.893));
    float c = cos(angle), s = sin(angle);
    mat2 turn = mat2(c, s, -s, c);
    float r = uParams.z * 2.5;
    float lit = 0.0;
    for (int i = 0; i < 8; i++)
    {
        lit += texture(uShadowMap, vec3(sc.xy + turn * disc[i] * r, sc.z));
    }
    return lit / 8.0;
}

// A hash of an integer lattice point, 0 … 1: the same on every run (integer arithmetic only).
float latticeHash(ivec2 c)
{
    uint h = uint(c.x) * 0x8da6b343u ^ uint(c.y) * 0xd8163841u;
    h = (h ^ (h >> 13u)) * 0x2c1b3c6du;
    h ^= h >> 12u;
    return float(h & 0xffffu) / 65535.0;
}

// Smooth value noise, 0 … 1, with a lattice spacing of 1 in p's units.
float valueNoise(vec2 p)
{
    vec2 i = floor(p);
    vec2 f = p - i;
    f = f * f * (3.0 - 2.0 * f);
    ivec2 c = ivec2(i);
    float a = latticeHash(c), b = latticeHash(c + ivec2(1, 0));
    float d = latticeHash(c + ivec2(0, 1)), e = latticeHash(c + ivec2(1, 1));
    return mix(mix(a, b, f.x), mix(d, e, f.x), f.y);
}

// Interleaved gradient noise of a pixel, 0 … 1 (Jimenez): turns sampling kernels per pixel without banding.
float pixelNoise(vec2 pixel)
{
    return fract(52.9829189 * fract(dot(pixel, vec2(0.06711056, 0.00583715))));
}
