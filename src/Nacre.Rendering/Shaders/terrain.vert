layout(location = 0) in vec3 aPos;
layout(location = 1) in vec4 aColor;   // sRGB albedo, a = shine (1.0: emissive)
layout(location = 2) in uint aLabel;   // low 16 bits: semantic label; bits 16 … 23: ambient occlusion (255 = open)
layout(location = 3) in vec3 aNormal;
uniform int uShadowPass;
uniform mat4 uLightViewProj;
uniform float uFade;   // 1 = fully arrived; a new far chunk rises out of the fog
#ifdef FINAL
out vec3 vAlbedo;     // linear albedo; the fragment lights it
out vec3 vNormal;
out vec2 vShineAo;    // shine, ambient occlusion
#else
out vec3 vLit;        // final colour in light (fogged, tone-mapped)
out vec3 vShadowed;   // final colour in shadow
out vec3 vShadowCoord;
#endif
out vec3 vWorld;
flat out uint vLabel;
void main()
{
    if (uShadowPass == 1)
    {
        gl_Position = uLightViewProj * vec4(aPos, 1.0);
        return;
    }
    vec3 albedo = aColor.rgb * aColor.rgb;   // sRGB → linear (gamma 2, matching tonemap's sqrt)
    float ao = float((aLabel >> 16u) & 255u) / 255.0;
#ifdef FINAL
    vAlbedo = albedo;
    vNormal = aNormal;
    vShineAo = vec2(aColor.a, ao);
#else
    vec3 lit, shadowed;
    // Shine 1.0 marks ground that glows by itself (lava): no specular, an emissive term that reads day and night.
    float glow = step(0.995, aColor.a);
    lightSurface(albedo, normalize(aNormal), aPos, aColor.a * (1.0 - glow), ao, lit, shadowed);
    lit += albedo * glow * 1.6;
    shadowed += albedo * glow * 1.6;
    float fade;
    vShadowCoord = shadowCoord(aPos, fade);
    // Fog and tone mapping per vertex too: the fragment only blends the two finished colours by the shadow map.
    vec4 fog = fogFor(aPos, 1.0 - uFade);
    vLit = tonemap(mix(lit, fog.rgb, fog.a));
    vShadowed = tonemap(mix(mix(shadowed, lit, fade), fog.rgb, fog.a));
#endif
    vWorld = aPos;
    vLabel = aLabel & 0xffffu;
    gl_Position = uViewProj * vec4(aPos, 1.0);
}
