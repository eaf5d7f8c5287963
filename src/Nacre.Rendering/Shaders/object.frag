#ifdef FINAL
in vec3 vAlbedo;
in vec3 vNormal;
in float vGlow;
#else
in vec3 vLit;
in vec3 vShadowed;
in vec3 vShadowCoord;
#endif
in vec3 vWorld;
flat in uvec2 vLabel;
layout(location = 0) out vec4 oColor;
#ifdef LABELS
layout(location = 1) out uvec4 oLabel;
#endif
void main()
{
#ifdef FINAL
    // The vertex path's lighting, per pixel, with soft shadows (see object.vert).
    vec3 n = normalize(vNormal);
    vec3 lit, shadowed;
    lightVertex(mix(vAlbedo, vAlbedo * 0.12, vGlow), n, vWorld, vGlow * 0.6, lit, shadowed);
    vec3 emission = vAlbedo * vGlow * (0.05 + 2.4 * uSkyAmbient.w);
    float fade;
    vec3 sc = shadowCoord(vWorld + n * 0.12, fade);   // offset along the normal: no acne from the wide kernel
    float light = uMoonDir.w > 0.5 ? max(softShadow(sc, pixelNoise(gl_FragCoord.xy) * 6.2831853), fade) : 1.0;
    vec4 fog = fogFor(vWorld, 0.0);
    emission *= 1.0 - 0.6 * fog.a;
    vec3 c = tonemap(mix(mix(shadowed, lit, light), fog.rgb, fog.a) + emission);
#else
    vec3 c = vLit;
    if (uMoonDir.w > 0.5)
    {
        c = mix(vShadowed, vLit, texture(uShadowMap, vShadowCoord));
    }
#endif
    oColor = vec4(c, 1.0);
#ifdef LABELS
    oLabel = uvec4(vLabel.x, vLabel.y, floatBitsToUint(distance(vWorld, uCamera.xyz)), 0u);
#endif
}
