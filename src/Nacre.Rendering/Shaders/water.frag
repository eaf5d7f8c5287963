in vec3 vWorld;
in vec4 vFog;
flat in vec3 vBody;
flat in uint vLabel;
uniform sampler2D uSkyLut;
layout(location = 0) out vec4 oColor;
#ifdef LABELS
layout(location = 1) out uvec4 oLabel;
#endif

void main()
{
    vec3 v = uCamera.xyz - vWorld;
    float dist = length(v);
    v /= dist;
    // Gentle waves: three travelling ripples animated by simulation seconds, calming with distance.
    vec2 p = vWorld.xz;
    float t = uCamera.w;
    vec2 g = vec2(0.8, 0.6) * cos(dot(p, vec2(0.72, 0.54)) + t * 1.1) * 0.06
           + vec2(-0.5, 0.9) * cos(dot(p, vec2(-0.85, 1.53)) + t * 1.6) * 0.035
           + vec2(0.3, -0.95) * cos(dot(p, vec2(0.93, -2.95)) + t * 2.3) * 0.02;
    g *= 1.0 - smoothstep(40.0, 250.0, dist);
    vec3 n = normalize(vec3(-g.x, 1.0, -g.y));
    float ndv = max(dot(n, v), 0.0);
    float m = 1.0 - ndv, m2 = m * m;
    float fresnel = 0.02 + 0.98 * m2 * m2 * m;
    vec3 r = reflect(-v, n);
    float cosSun = dot(r, uSunDir.xyz);
    vec3 reflected = texture(uSkyLut, vec2(max(r.y, 0.0) * 0.5 + 0.5, sqrt(max(0.5 - 0.5 * cosSun, 0.0)))).rgb;
    vec3 c = mix(vBody, reflected, fresnel);
    float sp = max(dot(r, uLightDir.xyz), 0.0);
    sp *= sp; sp *= sp; sp *= sp; sp *= sp; sp *= sp; sp *= sp; sp *= sp;   // ^128
    c += uDirect.rgb * sp * 1.6;
    c = mix(c, vFog.rgb, vFog.a);
    oColor = vec4(tonemap(c), mix(0.72, 1.0, fresnel));
#ifdef LABELS
    oLabel = uvec4(vLabel, 0u, floatBitsToUint(dist), 0u);
#endif
}
