in vec3 vWorld;
in vec4 vFog;
in float vDepth;
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
    vec2 p = vWorld.xz;
    float t = uCamera.w;
    float depth = vDepth;
    // Waves: three short travelling ripples everywhere, and on open, deep water two long swells rolling in from the
    // south-west; all animated by simulation seconds and calming with distance.
    float open = smoothstep(2.0, 8.0, depth);
    vec2 g = vec2(0.8, 0.6) * cos(dot(p, vec2(0.72, 0.54)) + t * 1.1) * 0.06
           + vec2(-0.5, 0.9) * cos(dot(p, vec2(-0.85, 1.53)) + t * 1.6) * 0.035
           + vec2(0.3, -0.95) * cos(dot(p, vec2(0.93, -2.95)) + t * 2.3) * 0.02;
    g += (vec2(0.6, 0.8) * cos(dot(p, vec2(0.09, 0.12)) + t * 0.7) * 0.16
        + vec2(0.9, 0.4) * cos(dot(p, vec2(0.2, 0.09)) + t * 0.95) * 0.09) * open;
    g *= 1.0 - smoothstep(40.0, 300.0, dist) * 0.7;
    vec3 n = normalize(vec3(-g.x, 1.0, -g.y));
    float ndv = max(dot(n, v), 0.0);
    float m = 1.0 - ndv, m2 = m * m;
    float fresnel = 0.02 + 0.98 * m2 * m2 * m;
    vec3 r = reflect(-v, n);
    float cosSun = dot(r, uSunDir.xyz);
    vec3 reflected = texture(uSkyLut, vec2(max(r.y, 0.0) * 0.5 + 0.5, sqrt(max(0.5 - 0.5 * cosSun, 0.0)))).rgb;
    // Depth colour: clear and light over the shallows (the bed shows through), dark and saturated where it is deep.
    float deep = 1.0 - exp(-depth * 0.35);
    vec3 body = vBody * mix(vec3(1.55, 1.55, 1.25), vec3(0.62, 0.78, 0.92), deep);
    vec3 c = mix(body, reflected, fresnel);
    float sp = max(dot(r, uLightDir.xyz), 0.0);
    sp *= sp; sp *= sp; sp *= sp; sp *= sp; sp *= sp; sp *= sp; sp *= sp;   // ^128
    c += uDirect.rgb * sp * 1.6;
    // Foam where the water meets the shore: a broken band that comes and goes with the swell.
    float foam = 0.0;
    if (depth < 0.3 && dist < 200.0)
    {
        float lap = 0.5 + 0.5 * sin(t * 1.3 + dot(p, vec2(0.21, 0.17)));
        float foamBand = 1.0 - smoothstep(0.02, 0.1 + 0.18 * lap, depth);
        foam = foamBand * smoothstep(0.35, 0.65, valueNoise(p * 1.3 + vec2(t * 0.25, -t * 0.18)) + 0.3 * foamBand);
        foam *= 1.0 - smoothstep(60.0, 200.0, dist);
        vec3 foamLit = (mix(uGroundAmbient.rgb, uSkyAmbient.rgb, 0.8) + uDirect.rgb * max(uLightDir.y, 0.0)) * 0.85;
        c = mix(c, foamLit, foam);
    }
    c = mix(c, vFog.rgb, vFog.a);
    float alpha = mix(mix(0.5, 0.9, smoothstep(0.0, 3.0, depth)), 1.0, fresnel);
    oColor = vec4(tonemap(c), max(alpha, foam));
#ifdef LABELS
    oLabel = uvec4(vLabel, 0u, floatBitsToUint(dist), 0u);
#endif
}
