layout(location = 0) in vec3 aPos;
layout(location = 1) in vec4 aColor;     // sRGB; alpha: 0 fixed colour, 0.5 instance tint, 1 glows at night
layout(location = 6) in vec3 aNormal;    // face normal in the model's frame
layout(location = 2) in vec4 iPosYaw;    // base position (m), yaw (radians, compass)
layout(location = 3) in vec4 iScaleSway; // scale x, y, z; wind sway amplitude
layout(location = 4) in vec4 iTint;      // instance colour, sRGB
layout(location = 5) in uvec2 iLabel;    // semantic label, instance-id index
uniform int uShadowPass;
uniform mat4 uLightViewProj;
#ifdef FINAL
out vec3 vAlbedo;     // linear albedo; the fragment lights it
out vec3 vNormal;
out float vGlow;      // 1 for lamps and windows
#else
out vec3 vLit;        // final colour in light (fogged, tone-mapped)
out vec3 vShadowed;   // final colour in shadow
out vec3 vShadowCoord;
#endif
out vec3 vWorld;
flat out uvec2 vLabel;
void main()
{
    vec3 p = aPos * iScaleSway.xyz;
    // Wind: tops of trees and grass lean and return, phase varying across the world; driven by simulation seconds.
    float t = uCamera.w;
    float phase = iPosYaw.x * 0.37 + iPosYaw.z * 0.23;
    float h = max(p.y, 0.0);
    vec2 sway = vec2(sin(t * 1.3 + phase), cos(t * 1.1 + phase * 1.7)) * (0.6 + 0.4 * sin(t * 0.37 + phase * 0.2));
    // Gusts (uParams.w > 1) swing harder and lean the crowns downwind (the prevailing wind blows from the west).
    float wind = uParams.w;
    p.xz += sway * (iScaleSway.w * 0.018 * h * wind);
    float lean = iScaleSway.w * 0.014 * h * max(wind - 1.0, 0.0);
    float c = cos(iPosYaw.w), s = sin(iPosYaw.w);
    vec3 w = vec3(p.x * c - p.z * s + lean, p.y, p.x * s + p.z * c) + iPosYaw.xyz;
    if (uShadowPass == 1)
    {
        gl_Position = uLightViewProj * vec4(w, 1.0);
        return;
    }
    vec3 n = aNormal / iScaleSway.xyz;   // inverse-transpose of a diagonal scale
    n = normalize(vec3(n.x * c - n.z * s, n.y, n.x * s + n.z * c));
    vec3 srgb = aColor.a > 0.25 && aColor.a < 0.75 ? aColor.rgb * iTint.rgb : aColor.rgb;
    vec3 albedo = srgb * srgb;
    float glow = aColor.a > 0.75 ? 1.0 : 0.0;
#ifdef FINAL
    vAlbedo = albedo;
    vNormal = n;
    vGlow = glow;
#else
    // Lamps and windows: dark glass by day, warm light at night.
    vec3 lit, shadowed;
    lightVertex(mix(albedo, albedo * 0.12, glow), n, w, glow * 0.6, lit, shadowed);
    vec3 emission = albedo * glow * (0.05 + 2.4 * uSkyAmbient.w);
    float fade;
    vShadowCoord = shadowCoord(w, fade);
    // Fog and tone mapping per vertex too: the fragment only blends the two finished colours by the shadow map.
    vec4 fog = fogFor(w, 0.0);
    // Lamps and lit windows shine through fog: their light is dimmed less than the surfaces around them, so a
    // house in a foggy night still shows where it stands.
    emission *= 1.0 - 0.6 * fog.a;
    vLit = tonemap(mix(lit, fog.rgb, fog.a) + emission);
    vShadowed = tonemap(mix(mix(shadowed, lit, fade), fog.rgb, fog.a) + emission);
#endif
    vWorld = w;
    vLabel = iLabel;
    gl_Position = uViewProj * vec4(w, 1.0);
}
