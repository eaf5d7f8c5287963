#ifdef FINAL
in vec3 vAlbedo;
in vec3 vNormal;
in vec2 vShineAo;
uniform float uFade;
#else
in vec3 vLit;
in vec3 vShadowed;
in vec3 vShadowCoord;
#endif
in vec3 vWorld;
flat in uint vLabel;
layout(location = 0) out vec4 oColor;
#ifdef LABELS
layout(location = 1) out uvec4 oLabel;
#endif

#ifdef FINAL
// Ground detail a vertex grid cannot carry: a fine speckle and broad patches (dry straw-coloured and damp deep-green
// grass), and on steep faces bands of lighter and darker stone by height, warped so they do not read as contour lines.
vec3 groundDetail(vec3 albedo, vec3 p, vec3 n)
{
    float fine = valueNoise(p.xz * 1.9) * 0.6 + valueNoise(p.xz * 5.3) * 0.4;
    float broad = valueNoise(p.xz * 0.085);
    albedo *= 0.86 + 0.28 * fine;
    float green = clamp((albedo.g - max(albedo.r, albedo.b)) * 10.0, 0.0, 1.0);
    albedo = mix(albedo, albedo * vec3(1.30, 1.02, 0.62), green * smoothstep(0.58, 0.85, broad) * 0.7);
    albedo = mix(albedo, albedo * vec3(0.72, 0.90, 0.80), green * (1.0 - smoothstep(0.12, 0.38, broad)) * 0.6);
    float steep = smoothstep(0.32, 0.6, 1.0 - n.y);
    if (steep > 0.0)
    {
        float y = p.y + (valueNoise(p.xz * 0.06) - 0.5) * 7.0;
        float band = valueNoise(vec2(y * 0.7, 3.5)) * 0.7 + valueNoise(vec2(y * 2.3, 9.5)) * 0.3;
        // Thin darker seams between some beds, not all: a contour-map regularity would read as a grid.
        float seam = smoothstep(0.88, 0.97, fract(y * 0.42)) * step(0.45, valueNoise(vec2(floor(y * 0.42), p.x * 0.05 + p.z * 0.05)));
        vec3 strata = albedo * mix(vec3(0.76, 0.74, 0.72), vec3(1.14, 1.07, 0.98), band) * (1.0 - 0.12 * seam);
        albedo = mix(albedo, strata, steep);
    }
    return albedo;
}
#endif

void main()
{
#ifdef FINAL
    vec3 n = normalize(vNormal);
    vec3 albedo = groundDetail(vAlbedo, vWorld, n);
    float glow = step(0.995, vShineAo.x);
    vec3 lit, shadowed;
    lightSurface(albedo, n, vWorld, vShineAo.x * (1.0 - glow), vShineAo.y, lit, shadowed);
    lit += albedo * glow * 1.6;
    shadowed += albedo * glow * 1.6;
    float fade;
    vec3 sc = shadowCoord(vWorld + n * 0.12, fade);   // offset along the normal: no acne from the wide kernel
    float light = uMoonDir.w > 0.5 ? max(softShadow(sc, pixelNoise(gl_FragCoord.xy) * 6.2831853), fade) : 1.0;
    vec4 fog = fogFor(vWorld, 1.0 - uFade);
    vec3 c = tonemap(mix(mix(shadowed, lit, light), fog.rgb, fog.a));
#else
    vec3 c = vLit;
    if (uMoonDir.w > 0.5)
    {
        c = mix(vShadowed, vLit, texture(uShadowMap, vShadowCoord));
    }
#endif
    oColor = vec4(c, 1.0);
#ifdef LABELS
    oLabel = uvec4(vLabel, 0u, floatBitsToUint(distance(vWorld, uCamera.xyz)), 0u);
#endif
}
