in vec3 vWorld;
in vec3 vColor;
in float vGlow;
flat in uvec2 vLabel;
layout(location = 0) out vec4 oColor;
layout(location = 1) out uvec4 oLabel;
void main()
{
    vec3 n = facetNormal(vWorld);
    // Lamps and windows: dark glass by day, warm light at night.
    vec3 albedo = mix(vColor, vColor * 0.12, vGlow);
    vec3 c = lit(albedo, n, vWorld, vGlow * 0.6);
    c += vColor * vGlow * (0.05 + 2.4 * uSkyAmbient.w);
    c = fogged(c, vWorld, 0.0);
    oColor = vec4(finish(c), 1.0);
    oLabel = uvec4(vLabel.x, vLabel.y, floatBitsToUint(distance(vWorld, uCamera.xyz)), 0u);
}
