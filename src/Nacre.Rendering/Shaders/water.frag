in vec3 vWorld;
in vec3 vColor;
in float vShine;
flat in uint vLabel;
uniform float uFade;
layout(location = 0) out vec4 oColor;
layout(location = 1) out uvec4 oLabel;

// Gentle waves: three travelling sines, animated by simulation seconds (never a wall clock).
vec3 waveNormal(vec2 p, float t)
{
    vec2 g = vec2(0.0);
    g += vec2(0.8, 0.6) * cos(dot(p, vec2(0.8, 0.6)) * 0.9 + t * 1.1) * 0.06;
    g += vec2(-0.5, 0.9) * cos(dot(p, vec2(-0.5, 0.9)) * 1.7 + t * 1.6) * 0.035;
    g += vec2(0.3, -0.95) * cos(dot(p, vec2(0.3, -0.95)) * 3.1 + t * 2.3) * 0.02;
    return normalize(vec3(-g.x, 1.0, -g.y));
}

void main()
{
    vec3 v = uCamera.xyz - vWorld;
    float dist = length(v);
    v /= dist;
    // Waves calm down with distance so far water does not shimmer.
    vec3 n = normalize(mix(waveNormal(vWorld.xz, uCamera.w), vec3(0.0, 1.0, 0.0), smoothstep(40.0, 250.0, dist)));
    float fresnel = 0.02 + 0.98 * pow(1.0 - max(dot(n, v), 0.0), 5.0);
    vec3 reflected = skyColor(reflect(-v, n));
    vec3 ambient = mix(uGroundAmbient.rgb, uSkyAmbient.rgb, 0.8);
    vec3 body = vColor * (ambient + uDirect.rgb * max(uLightDir.y, 0.0) * 0.6);
    vec3 c = mix(body, reflected, fresnel);
    vec3 h = normalize(v + uLightDir.xyz);
    c += uDirect.rgb * pow(max(dot(n, h), 0.0), 180.0) * 1.6 * shadowAt(vWorld);
    c = fogged(c, vWorld, 1.0 - uFade);
    oColor = vec4(finish(c), mix(0.72, 1.0, fresnel));
    oLabel = uvec4(vLabel, 0u, floatBitsToUint(dist), 0u);
}
